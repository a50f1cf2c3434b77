import { advanceApplication } from '@yingcai/domain/applications';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { requireApplicant, sendApplicantNotice, type Application, findOwnApplication } from '../applications/index.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit } from '../audit/index.js';
import { loadCycle } from '../cycles/index.js';
import { enrolStudent } from '../students/index.js';
import { checkReplyDeadline } from './confirmation-deadline.js';
import { offerDeclinedPlace } from './place-offers.js';

const MAX_REASON = 500;
/** What the decline notice says when the applicant gave no reason. */
export const NO_REASON_GIVEN = '本人放弃';

const replyConflict = () => new AppError('CONFLICT', 'the application was changed elsewhere (another tab or device): reload it and reply again if still needed');

function cleanReason(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? '';
  if (text.length > MAX_REASON) throw new AppError('BAD_USER_INPUT', `the reason is at most ${MAX_REASON} characters`, { field: 'reason' });
  return text === '' ? null : text;
}

/**
 * R-SEL-5: an admitted applicant confirms or declines their own place by the deadline; audited and
 * told. A decline offers the place to the waiting list in the same transaction (R-SEL-4).
 */
export async function replyToAdmission(ctx: Context, year: number, version: number, confirm: boolean, reason?: string | null): Promise<Application> {
  const actor = requireApplicant(ctx, 'application.save_own');
  const declineReason = confirm ? null : cleanReason(reason);
  return saveLocked(ctx, async (em) => {
    const cycle = await loadCycle(em, year);
    const application = await findOwnApplication(em, cycle, actor.accountId);
    if (!application) throw notFound(`no application for ${year}`);
    checkVersion(application, version, replyConflict);
    const step = advanceApplication(application.status, confirm ? 'confirm' : 'decline', 'applicant');
    if (!step.ok) throw ruleViolation([step.error]);
    await checkReplyDeadline(em, ctx, cycle, application);
    em.assign(application, { status: step.value, admissionRepliedAt: ctx.now, declineReason, updatedAt: ctx.now });
    audit(em, ctx, {
      action: confirm ? 'application.confirm_admission' : 'application.decline_admission', subjectType: 'application',
      subjectId: application.applicationNumber, subjectAccountId: actor.accountId, as: 'self', reason: declineReason,
    });
    await sendApplicantNotice(em, ctx, application, confirm ? 'admission_confirmed' : 'admission_declined', { declineReason: declineReason ?? NO_REASON_GIVEN });
    if (confirm) enrolStudent(em, application, ctx.now);
    else await offerDeclinedPlace(em, ctx, cycle, application);
    return application;
  }, replyConflict);
}
