// The public face of audit/: what other features may import (ARCHITECTURE.md; lint holds them to it).
export { audit, auditRead } from './audit.js';
export { AuditEntry } from './audit-entry.entity.js';
