import { Entity, ManyToOne, PrimaryKey, type Ref } from '@mikro-orm/core';
import type { AuditEntry } from './audit-entry.entity.js';

/**
 * Issue 23: whose records a staff read showed — one row per person of a list page, detail or export, under
 * the one audit row of the request — so each person's "who viewed my record" finds it. Append-only.
 */
@Entity({ tableName: 'audit_read_subject' })
export class AuditReadSubject {
  @ManyToOne({ entity: 'AuditEntry', ref: true, primary: true })
  entry!: Ref<AuditEntry>;

  @PrimaryKey({ type: 'string', length: 36, index: true })
  subjectAccountId!: string;
}
