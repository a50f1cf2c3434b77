import { toProgrammeDate } from '@yingcai/domain/cycle';
import { advanceApplication, type ApplicationStep } from '@yingcai/domain/applications';
import type { AdmissionDecision } from '@yingcai/domain/selection';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { Application, sendApplicantNotice, decisionConflict } from '../applications/index.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit } from '../audit/index.js';
import { requireStepOpen } from '../cycles/index.js';
import { requireMay } from '../../graphql/access.js';
import { loadSelectionCycle } from '../selection/index.js';
import { loadAdmissionState, publicationViolations, toAdmissionBoard, type AdmissionState } from './admission-board.js';
import { AdmissionPublication } from './admission-publication.entity.js';
import type { AdmissionBoardType } from './admission.type.js';

const DAY_MS = 24 * 3600 * 1000;
const STEP_OF: Record<AdmissionDecision, ApplicationStep> = { admitted: 'admit', waitlisted: 'waitlist', not_admitted: 'not_admit' };
const NOTICE_OF = { admitted: 'admission_admitted', waitlisted: 'admission_waitlisted', not_admitted: 'admission_not_admitted' } as const;


/** R-SEL-5: once the admitted list is out, no decision changes here (the waiting list is the applicant's confirm/decline). */
function requireUnpublished(state: Pick<AdmissionState, 'publication'>): void {
  if (state.publication) throw ruleViolation([{ rule: 'R-SEL-5', message: 'the admitted list is published: decisions are fixed' }]);
}

export async function admissionBoard(ctx: Context, year: number): Promise<AdmissionBoardType> {
  requireMay(ctx, 'admission.decide', { kind: 'programme' });
  return toAdmissionBoard(await loadAdmissionState(ctx.em, await loadSelectionCycle(ctx.em, year)));
}

async function freshAdmissionBoard(ctx: Context, year: number): Promise<AdmissionBoardType> {
  const em = ctx.em.fork();
  return toAdmissionBoard(await loadAdmissionState(em, await loadSelectionCycle(em, year)));
}

/**
 * R-SEL-5: the office decides one interviewee (admitted / waitlisted / not admitted) before publication,
 * overriding the ranking's proposal; versioned (a stale version is CONFLICT) and audited with who decided.
 */
export async function decideAdmission(ctx: Context, applicationId: string, decision: AdmissionDecision, version: number): Promise<AdmissionBoardType> {
  const actor = requireMay(ctx, 'admission.decide', { kind: 'programme' });
  const year = await saveLocked(ctx, async (em) => {
    const application = Number.isInteger(Number(applicationId)) ? await em.findOne(Application, { id: Number(applicationId) }, { populate: ['cycle'] }) : null;
    if (!application) throw notFound(`no application ${applicationId}`);
    checkVersion(application, version, decisionConflict(applicationId));
    await requireStepOpen(em, ctx, application.cycle.id, 'decide_admissions');
    requireUnpublished({ publication: await em.findOne(AdmissionPublication, { cycle: application.cycle }) });
    const step = advanceApplication(application.status, STEP_OF[decision], 'office');
    if (!step.ok) throw ruleViolation([step.error]);
    em.assign(application, { admissionDecision: decision, admissionDecidedAt: ctx.now, admissionDecidedBy: actor.accountId, updatedAt: ctx.now });
    audit(em, ctx, {
      action: 'application.decide_admission', subjectType: 'application', subjectId: application.applicationNumber,
      subjectAccountId: application.applicant.id, as: 'office_staff', reason: decision,
    });
    return application.cycle.getEntity().year;
  }, decisionConflict(applicationId));
  return freshAdmissionBoard(ctx, year);
}

/** R-SEL-4: the waiting list's order is the ranking's, 1 first, per discipline; others have no place on it. */
function withWaitlistPositions<R extends { rank: number; decision: AdmissionDecision }>(rows: readonly R[]): (R & { waitlistPosition: number | null })[] {
  let position = 0;
  return [...rows].sort((a, b) => a.rank - b.rank).map((row) => ({ ...row, waitlistPosition: row.decision === 'waitlisted' ? (position += 1) : null }));
}

/**
 * R-SEL-4, R-SEL-6: publishes the admitted list only when interviewees : admitted holds per discipline and
 * overall and the cycle admits at least its minimum. Every interviewee then takes the decision that stands
 * (admit / waitlist / not_admit), is audited and told; the public notice (公示) runs for the cycle's days.
 */
export async function publishAdmissions(ctx: Context, year: number): Promise<AdmissionBoardType> {
  const actor = requireMay(ctx, 'admission.publish', { kind: 'programme' });
  await saveLocked(ctx, async (em) => {
    const state = await loadAdmissionState(em, await loadSelectionCycle(em, year));
    await requireStepOpen(em, ctx, state.cycle.id, 'decide_admissions');
    requireUnpublished(state);
    const violations = publicationViolations(state);
    if (violations.length > 0) throw ruleViolation(violations);
    const noticeEndsAt = new Date(ctx.now.getTime() + state.cycle.publicNoticeDays * DAY_MS);
    em.create(AdmissionPublication, { cycle: state.cycle, publishedAt: ctx.now, publishedBy: actor.accountId, noticeEndsAt });
    const rows = state.perDiscipline.flatMap((d) => withWaitlistPositions(d.admissions.rows));
    // Every interviewee is told: their accounts are read in one statement, not one each.
    await em.populate(rows.map((row) => row.application), ['applicant']);
    for (const row of rows) {
      const { application, decision, waitlistPosition } = row;
      const next = advanceApplication(application.status, STEP_OF[decision], 'office');
      if (!next.ok) throw ruleViolation([next.error]);
      em.assign(application, { status: next.value, admissionDecision: decision, waitlistPosition, updatedAt: ctx.now });
      audit(em, ctx, {
        action: `application.${STEP_OF[decision]}`, subjectType: 'application', subjectId: application.applicationNumber,
        subjectAccountId: application.applicant.id, as: 'office_staff', reason: `学科第 ${row.rank} 名，综合成绩 ${row.combined}`,
      });
      await sendApplicantNotice(em, ctx, application, NOTICE_OF[decision], { noticeEndsOn: toProgrammeDate(noticeEndsAt) });
    }
    audit(em, ctx, { action: 'admission.publish', subjectType: 'cycle', subjectId: String(year), as: 'office_staff', reason: `公示至 ${toProgrammeDate(noticeEndsAt)}` });
  }, () => new AppError('CONFLICT', 'the admission changed while publishing: reload it'));
  ctx.caches.admittedNotice.clear();
  return freshAdmissionBoard(ctx, year);
}
