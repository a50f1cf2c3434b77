import type { EntityManager } from '@mikro-orm/core';
import type { RuleViolation } from '@yingcai/domain';
import { toProgrammeDateTime } from '@yingcai/domain/cycle';
import { planAssignments } from '@yingcai/domain/interviews';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { Application } from '../applications/index.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit, auditRead } from '../audit/index.js';
import { type Cycle, loadCycle, requireStepOpen } from '../cycles/index.js';
import { asRole, requireArranger, slotConflict, type Arranger } from './interview-access.js';
import { InterviewAssignment } from './interview-assignment.entity.js';
import { notifyInterviewSlot } from './interview-notices.js';
import { InterviewSlot } from './interview-slot.entity.js';
import { assignedCounts, loadSlot } from './slot-loading.js';

const ORDER = [{ applicationNumber: 'asc' as const }, { id: 'asc' as const }];

/** The ids of the cycle's applications that already have a slot. */
async function assignedApplicationIds(em: EntityManager, cycle: Cycle): Promise<number[]> {
  const rows = await em.find(InterviewAssignment, { slot: { cycle } }, { fields: ['application'] });
  return rows.map((row) => row.application.id);
}

/** R-SEL-3, R-SEL-5: invited applicants of a discipline who have no slot yet, in application number order. */
export async function listWaiting(ctx: Context, year: number, disciplineCode: string, page: { page: number; pageSize: number } | null) {
  const cycle = await loadCycle(ctx.em, year);
  const { side } = requireArranger(ctx, cycle);
  const { limit, offset } = checkPage(page);
  const where = { cycle, status: 'invited' as const, disciplineCode, id: { $nin: await assignedApplicationIds(ctx.em, cycle) } };
  const found = await ctx.em.findAndCount(Application, where, { populate: ['school'], orderBy: ORDER, limit, offset });
  await auditRead(ctx.em, ctx, { action: 'application.interview_waiting', subjectType: 'application', as: asRole(side), accountIds: found[0].map((a) => a.applicant.id) });
  return found;
}

/** Only invited applicants of the slot's discipline and cycle are interviewed there (R-SEL-3, R-SEL-5). */
function checkInterviewable(slot: InterviewSlot, applications: readonly Application[]): void {
  const violations = applications.flatMap((application): RuleViolation[] => {
    const label = application.applicationNumber ?? String(application.id);
    if (application.cycle.id !== slot.cycle.id) return [{ rule: 'R-SEL-5', message: `${label} is not an application of this cycle` }];
    if (application.status !== 'invited') return [{ rule: 'R-SEL-3', message: `${label} is ${application.status}, not invited to interview` }];
    if (application.disciplineCode !== slot.disciplineCode) {
      return [{ rule: 'R-SEL-5', message: `${label} applied for ${application.disciplineCode}; interviews run by discipline and this slot is ${slot.disciplineCode}` }];
    }
    return [];
  });
  if (violations.length > 0) throw ruleViolation(violations);
}

/** An applicant with sheets or a recorded interview stays in their slot: the sheets belong to its panel (R-SEL-5). */
function checkMovable(assignments: readonly InterviewAssignment[]): void {
  const fixed = assignments.filter((assignment) => assignment.recordedAt !== null || assignment.sheets.count() > 0);
  if (fixed.length === 0) return;
  const numbers = fixed.map((assignment) => assignment.application.getEntity().applicationNumber).join(', ');
  throw ruleViolation([{ rule: 'R-SEL-5', message: `${numbers} already has score sheets from the panel of their slot and cannot leave it` }]);
}

function checkRoom(slot: InterviewSlot, holding: number, adding: number): void {
  if (holding + adding > slot.capacity) {
    throw new AppError('BAD_USER_INPUT', `the slot takes ${slot.capacity} applicants and holds ${holding}: ${adding} more do not fit`, { field: 'capacity', reason: 'SLOT_FULL' });
  }
}

/** Marks a slot's interviewees changed, so its version moves and a colleague's stale arrangement is CONFLICT. */
const touch = (slot: InterviewSlot, now: Date) => Object.assign(slot, { arrangementChanges: slot.arrangementChanges + 1, updatedAt: now });

async function place(em: EntityManager, ctx: Context, arranger: Arranger, slot: InterviewSlot, application: Application): Promise<void> {
  em.create(InterviewAssignment, { slot, application, assignedAt: ctx.now });
  audit(em, ctx, {
    action: 'interview.assign', subjectType: 'application', subjectId: application.applicationNumber,
    subjectAccountId: application.applicant.id, as: asRole(arranger.side), reason: `面试时间 ${toProgrammeDateTime(slot.startsAt)}`,
  });
  await notifyInterviewSlot(em, ctx, application, slot);
}

/** R-SEL-5: puts invited applicants into a slot (moving them from another slot where they have no sheets yet); each is told the slot. */
export async function assignInterviewees(ctx: Context, slotId: string, version: number, applicationIds: readonly string[]): Promise<InterviewSlot> {
  return saveLocked(ctx, async (em) => {
    const slot = await loadSlot(em, slotId);
    const arranger = requireArranger(ctx, slot.cycle.getEntity());
    await requireStepOpen(em, ctx, slot.cycle.id, 'arrange_interviews');
    checkVersion(slot, version, slotConflict(slot.id));
    const ids = [...new Set(applicationIds.map(Number))];
    const applications = await em.find(Application, { id: { $in: ids.filter(Number.isInteger) } }, { orderBy: ORDER });
    if (applications.length !== ids.length) throw notFound(`no application ${applicationIds.filter((id) => !applications.some((a) => String(a.id) === id)).join(', ')}`);
    checkInterviewable(slot, applications);
    const existing = await em.find(InterviewAssignment, { application: { $in: ids } }, { populate: ['sheets', 'slot', 'application'] });
    const moving = existing.filter((assignment) => assignment.slot.id !== slot.id);
    checkMovable(moving);
    const arriving = applications.filter((application) => !existing.some((a) => a.application.id === application.id && a.slot.id === slot.id));
    checkRoom(slot, (await assignedCounts(em, [slot])).get(slot.id)!, arriving.length);
    for (const assignment of moving) touch(assignment.slot.getEntity(), ctx.now);
    moving.forEach((assignment) => em.remove(assignment));
    await em.flush();
    for (const application of arriving) await place(em, ctx, arranger, slot, application);
    touch(slot, ctx.now);
    return slot;
  }, slotConflict(Number(slotId)));
}

/** Takes an applicant out of a slot, back to the waiting invited applicants, before anyone has scored them. */
export async function unassignInterviewee(ctx: Context, slotId: string, version: number, applicationId: string): Promise<InterviewSlot> {
  return saveLocked(ctx, async (em) => {
    const slot = await loadSlot(em, slotId);
    const { side } = requireArranger(ctx, slot.cycle.getEntity());
    await requireStepOpen(em, ctx, slot.cycle.id, 'arrange_interviews');
    checkVersion(slot, version, slotConflict(slot.id));
    const assignment = Number.isInteger(Number(applicationId))
      ? await em.findOne(InterviewAssignment, { slot, application: Number(applicationId) }, { populate: ['sheets', 'application'] })
      : null;
    if (!assignment) throw notFound(`application ${applicationId} is not in interview slot ${slot.id}`);
    checkMovable([assignment]);
    const application = assignment.application.getEntity();
    audit(em, ctx, { action: 'interview.unassign', subjectType: 'application', subjectId: application.applicationNumber, subjectAccountId: application.applicant.id, as: asRole(side), reason: `面试时间 ${toProgrammeDateTime(slot.startsAt)}` });
    em.remove(assignment);
    touch(slot, ctx.now);
    return slot;
  }, slotConflict(Number(slotId)));
}

/**
 * R-SEL-5: every invited applicant of the discipline still without a slot goes into the discipline's
 * slots, in application number order, earliest slot first, up to each slot's capacity.
 */
export async function autoAssign(ctx: Context, year: number, disciplineCode: string): Promise<{ assigned: number; unplaced: number }> {
  return saveLocked(ctx, async (em) => {
    const cycle = await loadCycle(em, year);
    const arranger = requireArranger(ctx, cycle);
    await requireStepOpen(em, ctx, cycle.id, 'arrange_interviews');
    const waiting = await em.find(Application, { cycle, status: 'invited', disciplineCode, id: { $nin: await assignedApplicationIds(em, cycle) } }, { orderBy: ORDER });
    const slots = await em.find(InterviewSlot, { cycle, disciplineCode });
    const counts = await assignedCounts(em, slots);
    const plan = planAssignments(
      waiting.map((application) => ({ applicationId: String(application.id), applicationNumber: application.applicationNumber ?? '' })),
      slots.map((slot) => ({ slotId: String(slot.id), startsAt: slot.startsAt, free: slot.capacity - counts.get(slot.id)! })),
    );
    for (const { applicationId, slotId } of plan.assignments) {
      const slot = slots.find((candidate) => String(candidate.id) === slotId)!;
      await place(em, ctx, arranger, slot, waiting.find((application) => String(application.id) === applicationId)!);
      touch(slot, ctx.now);
    }
    return { assigned: plan.assignments.length, unplaced: plan.unplaced.length };
  }, () => new AppError('CONFLICT', 'someone else arranged these interviews at the same time: reload and auto-assign again'));
}
