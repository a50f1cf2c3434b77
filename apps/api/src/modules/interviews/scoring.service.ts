import type { EntityManager } from '@mikro-orm/core';
import { checkScoreSheet, type RubricCriterion } from '@yingcai/domain/interviews';
import type { Context } from '../../graphql/context.js';
import { AppError, ruleViolation } from '../../graphql/errors.js';
import { refuseNever, rowFor } from '../../graphql/row-access.js';
import { Account } from '../accounts/index.js';
import { checkPage } from '../../graphql/page.js';
import { saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit, auditRead } from '../audit/index.js';
import { type Cycle, loadCycle, requireStepOpen } from '../cycles/index.js';
import { signedIn } from '../../graphql/access.js';
import { panelOf } from './interview-access.js';
import { InterviewAssignment } from './interview-assignment.entity.js';
import { InterviewCriterion } from './interview-criterion.entity.js';
import { ScoreSheet } from './score-sheet.entity.js';
import { toRubric } from './sheet-views.js';

export const MAX_COMMENT = 1000;

/** The cycle's rubric (R-SEL-5), in its order. */
export async function rubricOf(em: EntityManager, cycle: Cycle | number): Promise<RubricCriterion[]> {
  return toRubric(await em.find(InterviewCriterion, { cycle }));
}

export async function interviewRubric(ctx: Context, year: number): Promise<RubricCriterion[]> {
  signedIn(ctx);
  return rubricOf(ctx.em, await loadCycle(ctx.em, year));
}

/** R-SEL-5: the interviewees of the panels the signed-in member sits on in a cycle, earliest slot first, with the member's own sheets. */
export async function listMyInterviews(ctx: Context, year: number, page: { page: number; pageSize: number } | null) {
  const me = signedIn(ctx).accountId;
  const { limit, offset } = checkPage(page);
  const [rows, total] = await ctx.em.findAndCount(InterviewAssignment, { slot: { cycle: { year }, members: { account: me } } }, {
    populate: ['slot', 'application', 'application.school'], orderBy: [{ slot: { startsAt: 'asc' } }, { application: { applicationNumber: 'asc' } }, { id: 'asc' }], limit, offset,
  });
  const sheets = rows.length === 0 ? [] : await ctx.em.find(ScoreSheet, { assignment: { $in: rows }, member: me }, { populate: ['member'] });
  const rubric = rows.length === 0 ? [] : await rubricOf(ctx.em, rows[0]!.slot.getEntity().cycle.id);
  const as = signedIn(ctx).grants.some((grant) => grant.role === 'office_staff') ? 'office_staff' : 'mentor';
  await auditRead(ctx.em, ctx, { action: 'application.my_interviews', subjectType: 'application', as, accountIds: rows.map((row) => row.application.getEntity().applicant.id) });
  return { rows, total, sheets, rubric };
}

/** The interview a member acts on: on their own panel only, and not yet recorded (then the sheets are fixed). */
async function loadForMember(em: EntityManager, ctx: Context, assignmentId: string): Promise<{ assignment: InterviewAssignment; sheet: ScoreSheet | null; member: Account }> {
  const actor = signedIn(ctx);
  refuseNever(actor, 'interview.score');
  const found = Number.isInteger(Number(assignmentId))
    ? await em.findOne(InterviewAssignment, { id: Number(assignmentId) }, { populate: ['slot', 'slot.members', 'application', 'application.school'] })
    : null;
  // R-SEL-5: a member scores the interviewees of their own panel, and no other (another panel's is not there for them).
  const assignment = rowFor(actor, 'interview.score', found, (row) => panelOf(row.slot.getEntity()), `no interview ${assignmentId}`);
  if (assignment.recordedAt !== null || assignment.application.getEntity().status !== 'invited') {
    throw ruleViolation([{ rule: 'R-SEL-5', message: 'the interview is recorded: its sheets are fixed' }]);
  }
  const member = await em.findOneOrFail(Account, { id: signedIn(ctx).accountId });
  return { assignment, sheet: await em.findOne(ScoreSheet, { assignment, member }), member };
}

function checkedComment(comment: string | null | undefined): string | null {
  const text = comment?.trim() || null;
  if (text && text.length > MAX_COMMENT) throw new AppError('BAD_USER_INPUT', `a comment is at most ${MAX_COMMENT} characters`, { field: 'comment' });
  return text;
}

/** Points as the form sends them, one per criterion: the same criterion twice is refused, not summed. */
function pointsByCode(points: readonly { criterion: string; points: number }[]): Record<string, number> {
  const byCode: Record<string, number> = {};
  for (const { criterion, points: value } of points) {
    if (Object.hasOwn(byCode, criterion)) throw new AppError('BAD_USER_INPUT', `${criterion} is given twice`, { field: criterion, criterion });
    byCode[criterion] = value;
  }
  return byCode;
}

/**
 * R-SEL-5: a panel member's score sheet for one interviewee: whole points for every criterion within its
 * maximum (else BAD_USER_INPUT naming the criterion), a comment; sent again, it replaces the member's sheet.
 */
export async function submitScoreSheet(ctx: Context, assignmentId: string, input: { points: readonly { criterion: string; points: number }[]; comment?: string | null }) {
  return saveLocked(ctx, async (em) => {
    const { assignment, sheet, member } = await loadForMember(em, ctx, assignmentId);
    await requireInterviewBegun(em, ctx, assignment);
    // R-SEL-5: a member who declared a conflict is not asked to score this applicant.
    if (sheet?.conflict) throw ruleViolation([{ rule: 'R-SEL-5', message: 'you declared a conflict of interest with this applicant and do not score them' }]);
    const rubric = await rubricOf(em, assignment.slot.getEntity().cycle.id);
    const points = pointsByCode(input.points);
    const checked = checkScoreSheet(rubric, points);
    if (!checked.ok) {
      const [first] = checked.error;
      throw new AppError('BAD_USER_INPUT', checked.error.map((error) => error.message).join('; '), { field: first!.field, criterion: first!.criterion, errors: checked.error });
    }
    const values = { points, total: checked.value, comment: checkedComment(input.comment), submittedAt: ctx.now };
    const saved = sheet ? em.assign(sheet, values) : em.create(ScoreSheet, { assignment, member, ...values });
    auditSheet(em, ctx, assignment, 'interview.score', null);
    return { assignment, sheet: saved };
  });
}

/** R-SEL-5: an interview is scored in the interview window, and only once its slot has begun. */
async function requireInterviewBegun(em: EntityManager, ctx: Context, assignment: InterviewAssignment): Promise<void> {
  const slot = assignment.slot.getEntity();
  await requireStepOpen(em, ctx, slot.cycle.id, 'score_interviews');
  if (slot.startsAt > ctx.now) throw ruleViolation([{ rule: 'R-SEL-5', message: `the interview has not begun: its slot starts at ${slot.startsAt.toISOString()}` }]);
}

/** R-SEL-5: a member declares a conflict of interest with an interviewee (with a reason): they are not asked to score, and any points they gave are dropped. */
export async function declareConflict(ctx: Context, assignmentId: string, reason: string) {
  return saveLocked(ctx, async (em) => {
    const { assignment, sheet, member } = await loadForMember(em, ctx, assignmentId);
    await requireStepOpen(em, ctx, assignment.slot.getEntity().cycle.id, 'score_interviews');
    const why = reason.trim();
    if (!why) throw new AppError('BAD_USER_INPUT', 'a conflict of interest is declared with its reason', { field: 'reason' });
    if (why.length > MAX_COMMENT) throw new AppError('BAD_USER_INPUT', `a reason is at most ${MAX_COMMENT} characters`, { field: 'reason' });
    const values = { conflict: true, conflictReason: why, points: null, total: null, comment: null, submittedAt: ctx.now };
    const saved = sheet ? em.assign(sheet, values) : em.create(ScoreSheet, { assignment, member, ...values });
    auditSheet(em, ctx, assignment, 'interview.declare_conflict', why);
    return { assignment, sheet: saved };
  });
}

function auditSheet(em: EntityManager, ctx: Context, assignment: InterviewAssignment, action: string, reason: string | null): void {
  const application = assignment.application.getEntity();
  const as = assignment.slot.getEntity().members.getItems().find((member) => member.account.id === signedIn(ctx).accountId)!.role;
  audit(em, ctx, { action, subjectType: 'application', subjectId: application.applicationNumber, subjectAccountId: application.applicant.id, as, reason });
}
