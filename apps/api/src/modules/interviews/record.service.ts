import { advanceApplication } from '@yingcai/domain/applications';
import type { RubricCriterion } from '@yingcai/domain/interviews';
import { interviewScore } from '@yingcai/domain/selection';
import type { Context } from '../../graphql/context.js';
import { notFound, ruleViolation } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { decisionConflict } from '../applications/index.js';
import { audit, auditRead } from '../audit/index.js';
import { asRole, requireArranger } from './interview-access.js';
import { InterviewAssignment } from './interview-assignment.entity.js';
import type { InterviewSlot } from './interview-slot.entity.js';
import { ScoreSheet } from './score-sheet.entity.js';
import { rubricOf } from './scoring.service.js';
import { panelScores } from './sheet-views.js';
import { loadSlot } from './slot-loading.js';

/** R-SEL-5: a slot's applicants for the office, each with every member's sheet. */
export async function listInterviewees(ctx: Context, slotId: string, page: { page: number; pageSize: number } | null) {
  const slot = await loadSlot(ctx.em, slotId);
  const { side } = requireArranger(ctx, slot.cycle.getEntity());
  const { limit, offset } = checkPage(page);
  const [rows, total] = await ctx.em.findAndCount(InterviewAssignment, { slot }, {
    populate: ['application', 'application.school'], orderBy: [{ application: { applicationNumber: 'asc' } }, { id: 'asc' }], limit, offset,
  });
  await auditRead(ctx.em, ctx, { action: 'application.interviewees', subjectType: 'application', as: asRole(side), accountIds: rows.map((row) => row.application.getEntity().applicant.id) });
  const sheets = rows.length === 0 ? [] : await ctx.em.find(ScoreSheet, { assignment: { $in: rows } }, { populate: ['member'], orderBy: { id: 'asc' } });
  return { slot, rows, total, sheets, rubric: await rubricOf(ctx.em, slot.cycle.id) };
}

/**
 * R-SEL-5: the office or the university records an applicant's interview: the score is the mean of the
 * panel members who scored without a conflict (domain interviewScore); with no such member it is
 * refused. The application becomes interviewed and the sheets are fixed. A stale version is CONFLICT.
 */
export async function recordInterview(ctx: Context, applicationId: string, version: number): Promise<{ assignment: InterviewAssignment; slot: InterviewSlot; rubric: RubricCriterion[] }> {
  return saveLocked(ctx, async (em) => {
    const assignment = Number.isInteger(Number(applicationId))
      ? await em.findOne(InterviewAssignment, { application: Number(applicationId) }, { populate: ['application', 'application.school', 'sheets', 'sheets.member'] })
      : null;
    if (!assignment) throw notFound(`application ${applicationId} has no interview slot`);
    const slot = await loadSlot(em, assignment.slot.id);
    const { actor, side } = requireArranger(ctx, slot.cycle.getEntity());
    const application = assignment.application.getEntity();
    checkVersion(application, version, decisionConflict(applicationId));
    const next = advanceApplication(application.status, 'record_interview', side);
    if (!next.ok) throw ruleViolation([next.error]);
    const score = interviewScore(panelScores(slot, assignment.sheets.getItems()));
    if (score === null) throw ruleViolation([{ rule: 'R-SEL-5', message: 'no panel member has scored this applicant without a conflict of interest: the interview cannot be recorded' }]);
    em.assign(application, { status: next.value, updatedAt: ctx.now });
    em.assign(assignment, { score, recordedAt: ctx.now, recordedBy: actor.accountId });
    audit(em, ctx, {
      action: 'application.record_interview', subjectType: 'application', subjectId: application.applicationNumber,
      subjectAccountId: application.applicant.id, as: asRole(side), reason: `面试成绩 ${score} 分`,
    });
    return { assignment, slot, rubric: await rubricOf(em, slot.cycle.id) };
  }, decisionConflict(applicationId));
}
