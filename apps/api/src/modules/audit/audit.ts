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
