import type { EntityManager } from '@mikro-orm/core';
import { notFound } from '../../graphql/errors.js';
import { InterviewAssignment } from './interview-assignment.entity.js';
import { InterviewSlot } from './interview-slot.entity.js';
import type { InterviewSlotType } from './interview.type.js';
import type { PanelMemberType, PanelRoleValue } from './interview.type.js';

/** A slot with its cycle (and the cycle's universities, for requireArranger) and its panel. */
export async function loadSlot(em: EntityManager, id: string | number): Promise<InterviewSlot> {
  const slot = Number.isInteger(Number(id))
    ? await em.findOne(InterviewSlot, { id: Number(id) }, { populate: ['cycle', 'cycle.universities', 'cycle.disciplines', 'members', 'members.account'] })
    : null;
  if (!slot) throw notFound(`no interview slot ${id}`);
  return slot;
}

/** How many applicants each slot holds, in one query. */
export async function assignedCounts(em: EntityManager, slots: readonly InterviewSlot[]): Promise<Map<number, number>> {
  const counts = new Map(slots.map((slot) => [slot.id, 0]));
  if (slots.length === 0) return counts;
  const rows = await em.find(InterviewAssignment, { slot: { $in: slots.map((slot) => slot.id) } }, { fields: ['slot'] });
  for (const row of rows) counts.set(row.slot.id, (counts.get(row.slot.id) ?? 0) + 1);
  return counts;
}

export const membersOf = (slot: InterviewSlot): PanelMemberType[] =>
  slot.members.getItems().map((member) => ({ accountId: member.account.id, name: member.account.getEntity().displayName, role: member.role as PanelRoleValue }));

export function toSlotType(slot: InterviewSlot, assigned: number): InterviewSlotType {
  return {
    id: String(slot.id), disciplineCode: slot.disciplineCode, startsAt: slot.startsAt, endsAt: slot.endsAt, place: slot.place,
    onlineLink: slot.onlineLink, capacity: slot.capacity, assigned, members: membersOf(slot), version: slot.version,
  };
}
