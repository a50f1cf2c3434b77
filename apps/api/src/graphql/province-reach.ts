import type { EntityManager } from '@mikro-orm/core';
import { provinceOfDistrict } from '@yingcai/domain/cycle';
import { ROLE_SCOPE, type Actor, type Role } from '@yingcai/domain/access';
import { Cycle } from '../modules/cycles/index.js';
import { Mentor } from '../modules/mentors/index.js';
import { School } from '../modules/schools/index.js';

/**
 * Issue 11: the provinces an account's roles reach, or null when one of its roles is not bound to any
 * (applicant, analyst, admin). An office runs its province; a school is in the province of its district
 * code; a university, and a mentor through it, in the provinces of the cycles it implements.
 */
export async function provinceReach(em: EntityManager, actor: Actor | null): Promise<readonly string[] | null> {
  if (!actor || actor.grants.length === 0 || actor.grants.some((grant) => ROLE_SCOPE[grant.role] === null)) return null;
  const bound = (role: Role) => actor.grants.filter((grant) => grant.role === role).map((grant) => grant.scopeId!);
  const provinces = new Set(bound('office_staff'));
  const schools = bound('school_coordinator');
  if (schools.length > 0) {
    for (const school of await em.find(School, { id: { $in: schools } }, { fields: ['districtCode'] })) {
      const province = provinceOfDistrict(school.districtCode);
      if (province) provinces.add(province);
    }
  }
  const mentors = bound('mentor');
  const mentorUniversities = mentors.length === 0 ? [] : (await em.find(Mentor, { id: { $in: mentors } }, { fields: ['university'] })).map((m) => m.university.id);
  const universities = [...bound('university_coordinator').map(Number), ...mentorUniversities];
  if (universities.length > 0) {
    for (const cycle of await em.find(Cycle, { universities: { $in: universities } }, { fields: ['province'] })) provinces.add(cycle.province);
  }
  return [...provinces];
}
