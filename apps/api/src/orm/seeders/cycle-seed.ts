import type { CycleContact, CycleRules, Discipline as DisciplineData, Milestone as MilestoneData } from '@yingcai/domain/cycle';
import type { EntityManager } from '@mikro-orm/core';
import type { RubricCriterion } from '@yingcai/domain/interviews';
import { Cycle } from '../../modules/cycles/cycle.entity.js';
import { Discipline } from '../../modules/cycles/discipline.entity.js';
import { District } from '../../modules/cycles/district.entity.js';
import { Milestone } from '../../modules/cycles/milestone.entity.js';
import { University } from '../../modules/cycles/university.entity.js';
import { InterviewCriterion } from '../../modules/interviews/interview-criterion.entity.js';

/** A whole cycle as data: another province or year is another value of this, not new code. */
export interface CycleSeed {
  year: number;
  province: string;
  name: string;
  rules: CycleRules;
  disciplines: DisciplineData[];
  universities: string[];
  districts: { code: string; name: string }[];
  milestones: MilestoneData[];
  /** R-SEL-5: the criteria every panel member scores, with their maximum points. */
  interviewRubric: RubricCriterion[];
  /** R-SEL-5: weights of the admission ranking; and the days of the public notice (公示). */
  admission: { assessmentWeight: number; interviewWeight: number; publicNoticeDays: number };
  /** 联系我们: what the plan names; the office fills in the rest. */
  contact?: CycleContact;
}

export async function insertCycle(em: EntityManager, seed: CycleSeed): Promise<void> {
  const cycle = em.create(Cycle, { year: seed.year, province: seed.province, name: seed.name, ...seed.rules, ...seed.admission, contact: seed.contact ?? null });
  seed.disciplines.forEach((d, position) => em.create(Discipline, { ...d, cycle, position }));
  seed.districts.forEach((d, position) => em.create(District, { ...d, cycle, position }));
  seed.milestones.forEach((m, position) => em.create(Milestone, { ...m, cycle, position }));
  seed.interviewRubric.forEach((c, position) => em.create(InterviewCriterion, { ...c, cycle, position }));
  for (const name of seed.universities) {
    cycle.universities.add((await em.findOne(University, { name })) ?? em.create(University, { name }));
  }
  await em.flush();
}
