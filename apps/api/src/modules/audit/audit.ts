import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditFacts {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Whose personal data was read or changed. */
  subjectAccountId?: string | null;
  /** The role the action was allowed as. */
  as?: string | null;
  reason?: string | null;
}

/** Adds an audit row to the caller's unit of work, so it commits (or not) with the change it records. */
export function audit(em: EntityManager, ctx: Pick<Context, 'actor' | 'ip' | 'requestId' | 'now'>, facts: AuditFacts): void {
  em.create(AuditEntry, {
    at: ctx.now,
    actorAccountId: ctx.actor?.accountId ?? null,
    actorRole: facts.as ?? null,
    action: facts.action,
    subjectType: facts.subjectType,
    subjectId: facts.subjectId ?? null,
    subjectAccountId: facts.subjectAccountId ?? null,
    ip: ctx.ip,
    requestId: ctx.requestId,
    reason: facts.reason ?? null,
  });
}

export interface ReadFacts {
  /** What was read, e.g. application.list, student.list. */
  action: string;
  subjectType: string;
  /** The role the read was allowed as. */
  as: string;
  /** Whose records the answer held (none: the read is recorded all the same, as who looked and when). */
  accountIds: readonly string[];
}

/**
 * Issue 23 (未成年人网络保护条例): a staff read of people's records — a page of a list, a detail, an
 * export — is one audit row for the request, with one row per person it showed beside it, so that
 * `myRecordViews` can tell each of them. Written at once (a read has no unit of work to commit with).
 */
export async function auditRead(em: EntityManager, ctx: Pick<Context, 'actor' | 'ip' | 'requestId' | 'now'>, facts: ReadFacts): Promise<void> {
  const accountIds = [...new Set(facts.accountIds)];
  const entry = await em.insert(AuditEntry, {
    at: ctx.now, actorAccountId: ctx.actor?.accountId ?? null, actorRole: facts.as, action: facts.action, subjectType: facts.subjectType,
    subjectId: null, subjectAccountId: accountIds.length === 1 ? accountIds[0] : null, ip: ctx.ip, requestId: ctx.requestId, reason: null,
  });
  if (accountIds.length === 0) return;
  // Two plain columns: one statement, without the ORM's per-row work (this runs on every list page).
  const values = accountIds.map(() => '(?, ?)').join(', ');
  await em.getConnection().execute(`insert into audit_read_subject (entry_id, subject_account_id) values ${values}`, accountIds.flatMap((id) => [entry, id]), 'run', em.getTransactionContext());
}
