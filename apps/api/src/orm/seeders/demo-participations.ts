import type { EntityManager } from '@mikro-orm/core';
import { Cycle } from '../../modules/cycles/cycle.entity.js';
import { Participation } from '../../modules/schools/participation.entity.js';
import { School } from '../../modules/schools/school.entity.js';

const APPROVED_SCHOOLS = [
  { name: '太原市第十中学（演示）', districtCode: '140105' },
  { name: '太原市第二十四中学（演示）', districtCode: '140109' },
];

/** The demo coordinator's school (demo-data.ts): its submitted applications need it to take part (R-APP-1). */
const COORDINATORS_SCHOOL = '太原市第五中学（演示）';

const person = (title: string, phone: string) => ({ name: `${title}（演示）`, phone, title });

function approve(em: EntityManager, cycle: Cycle, school: School): void {
  em.create(Participation, {
    cycle, school, status: 'approved', submittedAt: new Date('2025-08-20T02:00:00Z'), decidedAt: new Date('2025-09-10T02:00:00Z'),
    team: { leader: person('副校长', '13500000011'), contact: person('教务处主任', '13500000012'), teachers: [{ disciplineCode: 'physics', person: person('物理教师', '13500000013') }] },
  });
}

/**
 * For `npm start` only (tests seed their own): two more demo schools approved for 2026, so the public
 * self-check has participating schools to offer, and the demo coordinator's school approved too (issue 11:
 * the demo school takes part, so its applicants' submissions hold under R-APP-1). Later cycles copy them.
 */
export async function seedDemoParticipations(em: EntityManager): Promise<void> {
  const cycle = await em.findOne(Cycle, { year: 2026 });
  if (!cycle) return;
  for (const { name, districtCode } of APPROVED_SCHOOLS) {
    if (await em.count(School, { name })) continue;
    approve(em, cycle, em.create(School, { name, districtCode, isDemo: true }));
  }
  const own = await em.findOne(School, { name: COORDINATORS_SCHOOL });
  if (own && !(await em.count(Participation, { cycle, school: own }))) approve(em, cycle, own);
  await em.flush();
}
