// The public face of notifications/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { noticeText, sendNotice } from './notice-templates.service.js';
export type { Delivery } from './notifier.js';
export { pullSmsReceipts, purgeOutbox } from './outbox-upkeep.js';
