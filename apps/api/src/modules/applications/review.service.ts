import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import type { RuleViolation } from '@yingcai/domain';
import { advanceApplication, type ApplicationStatus } from '@yingcai/domain/applications';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { MAX_PAGE_SIZE } from '../../graphql/page.js';
import { audit } from '../audit/index.js';
import { requireStepOpen } from '../cycles/index.js';
import { signedIn } from '../../graphql/access.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { notifyApplicant } from './application-notices.js';
import { Application } from './application.entity.js';
import { decisionConflict, loadForDecision } from './staff-application-scope.js';

export interface ConformityDecision {
  id: string;
  version: number;
  conformant: boolean;
  reason?: string | null;
}

type Judgement = { ok: true; status: ApplicationStatus } | { ok: false; error: RuleViolation };

/** R-SEL-1: the step the office takes on a school-recommended application; a rejection needs a reason. */
function judge(application: Application, decision: ConformityDecision): Judgement {
  const step = decision.conformant ? 'mark_conformant' : 'mark_nonconformant';
  const next = advanceApplication(application.status, step, 'office', decision.reason);
  return next.ok ? { ok: true, status: next.value } : { ok: false, error: next.error };
}

/** Records the decision: audited with the applicant as subject, and the applicant told. */
async function record(em: EntityManager, ctx: Context, application: Application, decision: ConformityDecision, status: ApplicationStatus): Promise<void> {
  const reason = decision.conformant ? null : decision.reason!.trim();
  em.assign(application, { status, reviewReason: reason, reviewedAt: ctx.now, updatedAt: ctx.now });
  audit(em, ctx, {
    action: `application.${decision.conformant ? 'mark_conformant' : 'mark_nonconformant'}`, subjectType: 'application',
    subjectId: application.applicationNumber, subjectAccountId: application.applicant.id, as: 'office_staff', reason,
  });
  await notifyApplicant(em, ctx, application);
}

/**
 * R-SEL-1: the office finds a school-recommended application conformant, or not with a reason the
 * applicant sees. A row someone else decided meanwhile is CONFLICT.
 */
export async function reviewApplication(ctx: Context, input: ConformityDecision): Promise<Application> {
  const actor = signedIn(ctx);
  return saveLocked(ctx, async (em) => {
    const application = await loadForDecision(em, actor, input.id, 'application.review');
    checkVersion(application, input.version, decisionConflict(input.id, application.applicationNumber));
    await requireStepOpen(em, ctx, application.cycle.id, 'review', application.school?.id ?? null);
    const judgement = judge(application, input);
    if (!judgement.ok) throw ruleViolation([judgement.error]);
    await record(em, ctx, application, input, judgement.status);
    return application;
  }, decisionConflict(input.id));
}

/** The applications asked for, each once, at most a page of them. */
function checkItems(items: readonly { id: string; version: number }[]): void {
  const ids = new Set(items.map((item) => item.id));
  if (items.length === 0 || items.length > MAX_PAGE_SIZE || ids.size !== items.length) {
    throw new AppError('BAD_USER_INPUT', `approve 1 to ${MAX_PAGE_SIZE} different applications at a time`, { field: 'items' });
  }
}

/** A lock lost at flush names the application it lost, as a stale version does. */
function flushConflict(error: Error): AppError {
  const entity = error instanceof OptimisticLockError ? error.getEntity() : undefined;
  if (entity instanceof Application) return decisionConflict(String(entity.id), entity.applicationNumber)();
  return new AppError('CONFLICT', 'one of these applications was decided or changed by someone else first: reload them');
}

/**
 * R-SEL-1 bulk approval (批量通过): every application conformant in one transaction, or none. A stale
 * version is CONFLICT naming the application; any that is not waiting for review is RULE_VIOLATION
 * naming each by its number. Each approval is audited and its applicant told, as one by one.
 */
export async function approveApplications(ctx: Context, items: readonly { id: string; version: number }[]): Promise<Application[]> {
  const actor = signedIn(ctx);
  checkItems(items);
  return saveLocked(ctx, async (em) => {
    const applications: Application[] = [];
    for (const item of items) {
      const application = await loadForDecision(em, actor, item.id, 'application.review');
      checkVersion(application, item.version, decisionConflict(item.id, application.applicationNumber));
      applications.push(application);
    }
    // R-SEL-1's window once per cycle and school of the batch, not once per application.
    const places = new Map(applications.map((a) => [`${a.cycle.id}:${a.school?.id ?? ''}`, a]));
    for (const a of places.values()) await requireStepOpen(em, ctx, a.cycle.id, 'review', a.school?.id ?? null);
    const decision = (application: Application) => ({ id: String(application.id), version: application.version, conformant: true });
    const judged = applications.map((application) => ({ application, judgement: judge(application, decision(application)) }));
    const refused = judged.flatMap(({ application, judgement }) =>
      judgement.ok ? [] : [{ ...judgement.error, message: `${application.applicationNumber}: ${judgement.error.message}` }]);
    if (refused.length > 0) throw ruleViolation(refused);
    for (const { application, judgement } of judged) {
      if (judgement.ok) await record(em, ctx, application, decision(application), judgement.status);
    }
    return applications;
  }, flushConflict);
}
