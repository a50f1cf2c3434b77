import type { EntityManager } from '@mikro-orm/core';
import { idCheckCharacter, type ApplicationStatus } from '@yingcai/domain/applications';
import { idNumberHash, lookupHash } from '../src/crypto/lookup-hash.js';
import { Account } from '../src/modules/accounts/account.entity.js';
import { Application } from '../src/modules/applications/application.entity.js';
import { Cycle } from '../src/modules/cycles/cycle.entity.js';
import { Participation } from '../src/modules/schools/participation.entity.js';
import { School } from '../src/modules/schools/school.entity.js';
import { insertDirectoryMentors } from './directory-mentors.js';

const SCHOOLS = 60;
const MENTORS = 200;
const DISCIPLINES = ['physics', 'mathematics', 'computer_science', 'chemistry', 'biology'];
/** Most applications wait in the review queue; the rest are spread along the chain. */
const STATUSES: ApplicationStatus[] = ['school_recommended', 'school_recommended', 'school_recommended', 'school_recommended', 'submitted', 'conformant', 'draft', 'nonconformant'];

/** A valid ID number per index, unique below 24,000: the thousands pick the birth month and year. */
const idNumber = (i: number) => {
  const k = Math.floor(i / 1000);
  const first17 = `140105${2007 + Math.floor(k / 12)}${String(1 + (k % 12)).padStart(2, '0')}15${String(i % 1000).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
};

/**
 * `count` applications of a 2026 cycle in bulk: 60 approved schools, 200 approved mentors, one
 * applicant account each, statuses mostly `school_recommended`; every 97th reuses an ID number
 * already used, so the review queue flags duplicates as it would in a real year.
 */
export async function insertApplications(em: EntityManager, count: number): Promise<void> {
  const cycle = await em.findOneOrFail(Cycle, { year: 2026 });
  await insertDirectoryMentors(em, MENTORS);
  const schools = Array.from({ length: SCHOOLS }, (_, i) => ({ id: `bench-school-${i}`, name: `基准中学${i}`, districtCode: '140105' }));
  await em.insertMany(School, schools);
  const submittedAt = new Date('2025-11-10T02:00:00Z');
  const person = (name: string) => ({ name, phone: '13500000001', title: '教师' });
  await em.insertMany(Participation, schools.map((s) => ({ cycle: cycle.id, school: s.id, status: 'approved', team: { leader: person('校长'), contact: person('老师'), teachers: [] }, submittedAt, version: 1 })));
  const accounts = Array.from({ length: count }, (_, i) => ({ id: `bench-applicant-${i}`, pseudonym: `bench-${i}`, email: `bench${i}@example.com`, emailHash: lookupHash('email', `bench${i}@example.com`), displayName: `学生${i}`, status: 'active' as const, createdAt: submittedAt }));
  await em.insertMany(Account, accounts);
  await em.insertMany(Application, accounts.map((account, i) => row(cycle.id, account.id, i, submittedAt)));
}

function row(cycle: number, applicant: string, i: number, at: Date) {
  const status: ApplicationStatus = STATUSES[i % STATUSES.length]!;
  const disciplineCode = DISCIPLINES[i % DISCIPLINES.length]!;
  const id = idNumber(i % 97 === 96 ? i - 1 : i);
  const mentor = `bench-${String(DISCIPLINES.indexOf(disciplineCode) + 5 * (i % (MENTORS / 5))).padStart(5, '0')}`;
  return {
    cycle, applicant, status, disciplineCode, name: `学生${i}`, gender: 'female' as const, dateOfBirth: '2008-01-01', idNumber: id,
    submittedIdHash: status === 'draft' || i % 97 === 96 ? null : idNumberHash(id),
    applicationNumber: status === 'draft' ? null : `SX2026-${String(i + 1).padStart(5, '0')}`,
    school: `bench-school-${i % SCHOOLS}`, grade: 10 + (i % 2), className: '高一（1）班', phone: '13800000000',
    mentorChoices: [{ mentorId: mentor, rank: 1 }], subjectRank: 1 + (i % 60), overallRank: 1 + (i % 90), gradeSize: 500,
    statement: '我对科学研究有浓厚兴趣。', createdAt: at, updatedAt: at, submittedAt: status === 'draft' ? null : at, version: 1,
  };
}
