import type { EntityManager } from '@mikro-orm/core';
import { Cycle } from '../../modules/cycles/cycle.entity.js';
import { Participation } from '../../modules/schools/participation.entity.js';
import { School } from '../../modules/schools/school.entity.js';

const APPROVED_SCHOOLS = [
  { name: '太原市第十中学（演示）', districtCode: '140105' },
  { name: '太原市第二十四中学（演示）', districtCode: '140109' },
];

/**
 * For `npm start` only (tests seed their own): two demo schools approved for 2026, so the public
 * self-check has participating schools to offer. The demo coordinator's school stays unapplied.
 */
export async function seedDemoParticipations(em: EntityManager): Promise<void> {
  const cycle = await em.findOne(Cycle, { year: 2026 });
  if (!cycle) return;
  for (const { name, districtCode } of APPROVED_SCHOOLS) {
    if (await em.count(School, { name })) continue;
    const school = em.create(School, { name, districtCode, isDemo: true });
    const person = (title: string, phone: string) => ({ name: `${title}（演示）`, phone, title });
    em.create(Participation, {
      cycle, school, status: 'approved', submittedAt: new Date('2025-08-20T02:00:00Z'), decidedAt: new Date('2025-09-10T02:00:00Z'),
      team: { leader: person('副校长', '13500000011'), contact: person('教务处主任', '13500000012'), teachers: [{ disciplineCode: 'physics', person: person('物理教师', '13500000013') }] },
    });
  }
  await em.flush();
}
