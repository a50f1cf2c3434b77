import type { EntityManager } from '@mikro-orm/core';
import type { Caches } from '../../cache/caches.js';
import { findCycle } from '../cycles/index.js';
import type { ParticipatingSchoolType } from './participating-school.type.js';
import { Participation } from './participation.entity.js';

// Sorted here, not by the database: SQLite and PostgreSQL collate Chinese names differently.
const byName = new Intl.Collator('zh-CN');

/** R-APP-1, R-SCOPE-3: the schools whose participation in the cycle the office approved, by name. */
export async function listParticipatingSchools(em: EntityManager, caches: Caches, year: number): Promise<ParticipatingSchoolType[]> {
  const cycle = await findCycle(em, caches.cycles, { year });
  return caches.participatingSchools.read(`schools:${cycle.year}:${cycle.province}`, async () => {
    const approved = await em.find(Participation, { cycle: { year: cycle.year, province: cycle.province }, status: 'approved' }, { populate: ['school'] });
    return approved
      .map(({ school }) => ({ id: school.id, name: school.getEntity().name, districtCode: school.getEntity().districtCode }))
      .sort((a, b) => byName.compare(a.name, b.name));
  });
}
