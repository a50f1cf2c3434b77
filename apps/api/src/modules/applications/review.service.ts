import { advanceApplication } from '@yingcai/domain/applications';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import { audit } from '../audit/audit.js';
import { signedIn } from '../mentors/mentor-access.js';
import { checkVersion, saveLocked } from './application-lock.js';
import { notifyApplicant } from './application-notices.js';
import type { Application } from './application.entity.js';
import { decisionConflict, loadForDecision } from './staff-application-scope.js';

export interface ConformityDecision {
  id: string;
  version: number;
  conformant: boolean;
  reason?: string | null;
}

/**
 * R-SEL-1: the office finds a school-recommended application conformant, or not with a reason the
 * applicant sees. Bulk approval is one call per row with its version: a row someone else decided is CONFLICT.
 */
export async function reviewApplication(ctx: Context, input: ConformityDecision): Promise<Application> {
  const actor = signedIn(ctx);
  return saveLocked(ctx, async (em) => {
    const application = await loadForDecision(em, actor, input.id, 'application.review');
    checkVersion(application, input.version, decisionConflict(input.id));
    const step = input.conformant ? 'mark_conformant' : 'mark_nonconformant';
    const next = advanceApplication(application.status, step, 'office', input.reason);
    if (!next.ok) throw ruleViolation([next.error]);
    const reason = input.conformant ? null : input.reason!.trim();
    em.assign(application, { status: next.value, reviewReason: reason, reviewedAt: ctx.now, updatedAt: ctx.now });
    audit(em, ctx, {
      action: `application.${step}`, subjectType: 'application', subjectId: application.applicationNumber,
      subjectAccountId: application.applicant.id, as: 'office_staff', reason,
    });
    await notifyApplicant(em, ctx, application);
    return application;
  }, decisionConflict(input.id));
}
