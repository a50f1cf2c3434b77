import type { EntityManager } from '@mikro-orm/core';
import { checkInterviewSlot, type InterviewSlotDraft } from '@yingcai/domain/interviews';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { checkPage } from '../../graphql/page.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { audit } from '../audit/index.js';
import { type Cycle, loadCycle, requireStepOpen } from '../cycles/index.js';
import { InterviewAssignment } from './interview-assignment.entity.js';
import { asRole, requireArranger, slotConflict } from './interview-access.js';
import { notifyInterviewSlot } from './interview-notices.js';
import { InterviewSlot } from './interview-slot.entity.js';
import { assignedCounts, loadSlot } from './slot-loading.js';

export interface SlotFields {
  startsAt: Date;
  endsAt: Date;
  place?: string | null;
  onlineLink?: string | null;
  capacity: number;
}

const LIMITS = { place: 200, onlineLink: 500 } as const;

/** The slot as typed, blanks as null, checked by the domain (R-SEL-5); every problem in one BAD_USER_INPUT. */
function checkedSlot(fields: SlotFields): InterviewSlotDraft {
  const trimmed = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  const draft = { ...fields, place: trimmed(fields.place), onlineLink: trimmed(fields.onlineLink) };
  const errors = checkInterviewSlot(draft);
  for (const field of ['place', 'onlineLink'] as const) {
    if ((draft[field]?.length ?? 0) > LIMITS[field]) errors.push({ field, code: 'TOO_LONG', message: `${field} is at most ${LIMITS[field]} characters` });
  }
  if (errors.length > 0) throw new AppError('BAD_USER_INPUT', errors.map((error) => error.message).join('; '), { field: errors[0]!.field, errors });
  return draft;
}

function requireDiscipline(cycle: Cycle, disciplineCode: string): void {
  if (!cycle.disciplines.getItems().some((discipline) => discipline.code === disciplineCode)) {
    throw new AppError('BAD_USER_INPUT', `${disciplineCode} is not a discipline of the ${cycle.year} cycle`, { field: 'disciplineCode' });
  }
}

/** R-SEL-5: interviews run by discipline; the office or the university opens a slot of one. */
export async function createSlot(ctx: Context, year: number, disciplineCode: string, fields: SlotFields): Promise<InterviewSlot> {
  const cycle = await loadCycle(ctx.em, year);
  const { side } = requireArranger(ctx, cycle);
  requireDiscipline(cycle, disciplineCode);
  await requireStepOpen(ctx.em, ctx, cycle.id, 'arrange_interviews');
  const draft = checkedSlot(fields);
  return ctx.em.transactional(async (em) => {
    const slot = em.create(InterviewSlot, { cycle, disciplineCode, ...draft, createdAt: ctx.now, updatedAt: ctx.now });
    await em.flush();
    audit(em, ctx, { action: 'interview.create_slot', subjectType: 'interview_slot', subjectId: String(slot.id), as: asRole(side) });
    return slot;
  });
}

/** A new time, place, link or capacity; the applicants already in the slot are told of a new time or place. */
export async function updateSlot(ctx: Context, id: string, version: number, fields: SlotFields): Promise<InterviewSlot> {
  return saveLocked(ctx, async (em) => {
    const slot = await loadSlot(em, id);
    const { side } = requireArranger(ctx, slot.cycle.getEntity());
    await requireStepOpen(em, ctx, slot.cycle.id, 'arrange_interviews');
    checkVersion(slot, version, slotConflict(slot.id));
    const draft = checkedSlot(fields);
    const assigned = (await assignedCounts(em, [slot])).get(slot.id)!;
    if (draft.capacity < assigned) {
      throw new AppError('BAD_USER_INPUT', `the slot already holds ${assigned} applicants: its capacity cannot be less`, { field: 'capacity' });
    }
    const moved = slot.startsAt.getTime() !== draft.startsAt.getTime() || slot.endsAt.getTime() !== draft.endsAt.getTime()
      || slot.place !== draft.place || slot.onlineLink !== draft.onlineLink;
    em.assign(slot, { ...draft, updatedAt: ctx.now });
    audit(em, ctx, { action: 'interview.update_slot', subjectType: 'interview_slot', subjectId: String(slot.id), as: asRole(side) });
    if (moved) await tellInterviewees(em, ctx, slot);
    return slot;
  }, slotConflict(Number(id)));
}

async function tellInterviewees(em: EntityManager, ctx: Context, slot: InterviewSlot): Promise<void> {
  const assignments = await em.find(InterviewAssignment, { slot, recordedAt: null }, { populate: ['application'] });
  for (const assignment of assignments) await notifyInterviewSlot(em, ctx, assignment.application.getEntity(), slot, true);
}

/** An empty slot can go; one with applicants keeps them until they are moved or taken out. */
export async function deleteSlot(ctx: Context, id: string, version: number): Promise<boolean> {
  return saveLocked(ctx, async (em) => {
    const slot = await loadSlot(em, id);
    const { side } = requireArranger(ctx, slot.cycle.getEntity());
    await requireStepOpen(em, ctx, slot.cycle.id, 'arrange_interviews');
    checkVersion(slot, version, slotConflict(slot.id));
    if ((await assignedCounts(em, [slot])).get(slot.id)! > 0) {
      throw new AppError('BAD_USER_INPUT', 'the slot has applicants: take them out or move them first', { field: 'id', reason: 'SLOT_NOT_EMPTY' });
    }
    audit(em, ctx, { action: 'interview.delete_slot', subjectType: 'interview_slot', subjectId: String(slot.id), as: asRole(side) });
    em.remove(slot);
    return true;
  }, slotConflict(Number(id)));
}

/** The slots of a cycle, of one discipline or all, in time order. */
export async function listSlots(ctx: Context, year: number, disciplineCode: string | null, page: { page: number; pageSize: number } | null) {
  const cycle = await loadCycle(ctx.em, year);
  requireArranger(ctx, cycle);
  const { limit, offset } = checkPage(page);
  const [rows, total] = await ctx.em.findAndCount(InterviewSlot, { cycle, ...(disciplineCode ? { disciplineCode } : {}) }, {
    populate: ['members', 'members.account'], orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], limit, offset,
  });
  return { rows, total, counts: await assignedCounts(ctx.em, rows) };
}
