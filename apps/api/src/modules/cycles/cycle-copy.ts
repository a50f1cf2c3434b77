import type { EntityManager } from '@mikro-orm/core';
import { CYCLE_SETTING_LIMITS, shiftSchedule, type CycleSettingKey, type CycleSettings } from '@yingcai/domain/cycle';
import { Cycle } from './cycle.entity.js';
import { Discipline } from './discipline.entity.js';
import { District } from './district.entity.js';
import { Milestone } from './milestone.entity.js';

/** Every number of a cycle the office sets, as domain lists them. */
export const SETTING_KEYS = Object.keys(CYCLE_SETTING_LIMITS) as CycleSettingKey[];

export function settingsOf(cycle: Cycle): CycleSettings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, cycle[key]])) as unknown as CycleSettings;
}

/** A source cycle's schedule moved onto another year, as a copy would have it. */
export function copiedSchedule(source: Cycle, year: number) {
  const milestones = source.milestones.getItems().map(({ key, name, startsOn, endsOn, position }) => ({ key, name, startsOn, endsOn, position }));
  return shiftSchedule(milestones, year - source.year);
}

/**
 * The rows of a new cycle of the same province copied from a loaded one (disciplines, districts,
 * milestones, universities populated): every number as it was, every window moved to the new year.
 * The caller checks and audits; the office's copy and the demo's next cycle both come through here.
 */
export function copyCycleRows(em: EntityManager, source: Cycle, year: number): Cycle {
  const cycle = em.create(Cycle, {
    ...settingsOf(source), year, province: source.province, applicationNumberPrefix: source.applicationNumberPrefix, contact: source.contact,
    name: source.name.replaceAll(String(source.year), String(year)),
  });
  cycle.universities.set(source.universities.getItems());
  for (const { code, name, position } of source.disciplines) em.create(Discipline, { cycle, code, name, position });
  for (const { code, name, position } of source.districts) em.create(District, { cycle, code, name, position });
  for (const m of copiedSchedule(source, year)) em.create(Milestone, { cycle, ...m });
  return cycle;
}

/**
 * The interview rubric (R-SEL-5) goes with the copy. interviews/ owns its entity and imports cycles/,
 * so the criteria are copied as rows, after the new cycle has its id, in the same transaction.
 */
export async function copyRubricRows(em: EntityManager, fromCycleId: number, toCycleId: number): Promise<void> {
  await em.getConnection().execute(
    'insert into interview_criterion (cycle_id, code, name, max_points, position) select ?, code, name, max_points, position from interview_criterion where cycle_id = ?',
    [toCycleId, fromCycleId], 'run', em.getTransactionContext(),
  );
}
