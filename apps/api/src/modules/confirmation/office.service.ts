import { advanceApplication } from '@yingcai/domain/applications';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { sendApplicantNotice, Application, decisionConflict } from '../applications/index.js';
import { audit } from '../audit/index.js';
import { loadCycle, requireStepOpen } from '../cycles/index.js';
import { requireMay } from '../../graphql/access.js';
import { applicantDeadline, cycleDeadline, isPast } from './confirmation-deadline.js';
import { offerDeclinedPlace, settleOffer, tryOffer } from './place-offers.js';
import type { PlaceOffer } from './place-offer.entity.js';

/** What a lapsed place's decline says, to the applicant and on the office's screen. */
export const LAPSED = '逾期未确认';

const lapseConflict = () => new AppError('CONFLICT', 'an admission was confirmed or changed while the lapse ran: reload the screen and run it again');

/**
 * R-SEL-4: the office offers a place to one waitlisted applicant by hand; refused with R-SEL-4 when
 * one more admission would break the ratio in the discipline or overall. A stale version is CONFLICT.
 */
export async function admitFromWaitlist(ctx: Context, applicationId: string, version: number): Promise<Application> {
  requireMay(ctx, 'selection.manage_confirmations', { kind: 'programme' });
  const conflict = decisionConflict(applicationId);
  return saveLocked(ctx, async (em) => {
    const application = Number.isInteger(Number(applicationId)) ? await em.findOne(Application, { id: Number(applicationId) }, { populate: ['cycle'] }) : null;
    if (!application) throw notFound(`no application ${applicationId}`);
    checkVersion(application, version, conflict);
    await requireStepOpen(em, ctx, application.cycle.id, 'manage_confirmations');
    const step = advanceApplication(application.status, 'admit_from_waitlist', 'office');
    if (!step.ok) throw ruleViolation([step.error]);
    const cycle = await loadCycle(em, application.cycle.getEntity().year);
    const disciplineCode = application.disciplineCode ?? '';
    const result = await tryOffer(em, cycle, disciplineCode, [application]);
    if (result.violations.length > 0) throw ruleViolation(result.violations);
    await settleOffer(em, ctx, cycle, disciplineCode, result, null);
    return application;
  }, conflict);
}

/**
 * R-SEL-5: after the cycle's deadline the office marks every admission still unconfirmed, whose own
 * deadline has passed too, as declined, in one action (a row for the action and one per application); each freed place is offered (R-SEL-4).
 */
export async function lapseUnconfirmedAdmissions(ctx: Context, year: number): Promise<PlaceOffer[]> {
  requireMay(ctx, 'selection.manage_confirmations', { kind: 'programme' });
  return saveLocked(ctx, async (em) => {
    const cycle = await loadCycle(em, year);
    await requireStepOpen(em, ctx, cycle.id, 'manage_confirmations');
    const deadline = await cycleDeadline(em, cycle);
    if (deadline === null || !isPast(ctx, deadline)) {
      throw ruleViolation([{ rule: 'R-SEL-5', message: `unconfirmed admissions lapse only after the confirmation deadline (${deadline ?? 'not set'}; today is ${toProgrammeDate(ctx.now)})` }]);
    }
    const admitted = await em.find(Application, { cycle, status: 'admitted' }, { orderBy: { disciplineCode: 'asc', applicationNumber: 'asc' } });
    const offers: PlaceOffer[] = [];
    for (const application of admitted) {
      if (!isPast(ctx, (await applicantDeadline(em, cycle, application))!)) continue;
      em.assign(application, { status: 'declined', admissionRepliedAt: ctx.now, declineReason: LAPSED, updatedAt: ctx.now });
      audit(em, ctx, {
        action: 'application.lapse_admission', subjectType: 'application', subjectId: application.applicationNumber,
        subjectAccountId: application.applicant.id, as: 'office_staff', reason: `未在 ${deadline} 前确认`,
      });
      await sendApplicantNotice(em, ctx, application, 'admission_declined', { declineReason: LAPSED });
      offers.push(await offerDeclinedPlace(em, ctx, cycle, application));
    }
    audit(em, ctx, {
      action: 'selection.lapse_admissions', subjectType: 'cycle', subjectId: String(year), as: 'office_staff',
      reason: `${deadline} 后逾期未确认 ${offers.length} 人：${offers.map((o) => o.vacatedBy?.getEntity().applicationNumber).join('、') || '无'}`,
    });
    return offers;
  }, lapseConflict);
}
