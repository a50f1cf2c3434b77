import { purgeExpiredSessionsAndCodes } from '../modules/accounts/index.js';
import { pullSmsReceipts, purgeOutbox, type Delivery } from '../modules/notifications/index.js';
import type { Job } from './scheduler.js';

export interface JobSettings {
  delivery: Delivery;
  /** Days an outbox message is kept (OUTBOX_RETENTION_DAYS). */
  outboxRetentionDays: number;
}

/** Every timed job of the API, run by the scheduler once per period across instances. */
export const jobsOf = ({ delivery, outboxRetentionDays }: JobSettings): readonly Job[] => [
  { name: 'purge-expired-sessions-and-codes', everyMs: 3600_000, run: purgeExpiredSessionsAndCodes },
  { name: 'purge-outbox', everyMs: 3600_000, run: (em, now) => purgeOutbox(em, now, outboxRetentionDays) },
  { name: 'pull-sms-receipts', everyMs: 60_000, run: (em, now) => pullSmsReceipts(em, now, delivery.gateways.sms) },
];
