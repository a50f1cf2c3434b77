import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { insertCycle } from '../../orm/seeders/cycle-seed.js';
import { shanxi2026 } from '../../orm/seeders/shanxi-2026.js';
import { Cycle } from '../cycles/cycle.entity.js';
import { University } from '../cycles/university.entity.js';
import { MentorAppointment } from './mentor-appointment.entity.js';
import { Mentor } from './mentor.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

const POOL = '{ mentorPool(year: 2027) { total rows { mentor { name } servedYears inCycle } } }';
const CARRY = 'mutation ($ids: [ID!]!) { carryOverMentors(year: 2027, mentorIds: $ids) { status carriedOverFrom letterNumber capacity mentor { name } } }';
const HISTORY = '{ mentorAppointments(filter: { year: 2026 }, sort: { field: NAME }) { rows { mentor { name } status letterNumber } } }';

/** Mentors of the 2026 cycle, one of them only recommended; a 2027 cycle to take them into. */
async function seedPool(api: TestApi): Promise<Record<string, string>> {
  const em = api.orm.em.fork();
  await insertCycle(em, { ...shanxi2026, year: 2027, name: '2027年山西省中学生英才计划' });
  const cycle = await em.findOneOrFail(Cycle, { year: 2026 });
  const university = await em.findOneOrFail(University, { name: '山西大学' });
  const ids: Record<string, string> = {};
  for (const [index, [name, status]] of ([['甲导师', 'approved'], ['乙导师', 'approved'], ['丙候选', 'recommended']] as const).entries()) {
    const mentor = em.create(Mentor, { name, university, disciplineCode: 'chemistry', researchFields: ['有机合成'] });
    em.create(MentorAppointment, {
      cycle, mentor, status, capacity: 2 + index, recommendedAt: new Date('2025-10-10'),
      letterNumber: status === 'approved' ? `YC2026-9${index}` : null,
    });
    ids[name] = mentor.id;
  }
  await em.flush();
  return ids;
}

describe('R-MENTOR-3 the mentor pool and carry-over', () => {
  let api: TestApi;
  let as: Browsers;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-10-20T10:00:00+08:00') });
    as = await signInEveryRole(api);
    ids = await seedPool(api);
  });
  afterAll(() => api.close());

  it('R-MENTOR-3 the pool holds the mentors approved in earlier cycles, not candidates who were only recommended', async () => {
    const { data } = await as.office_staff.graphql<{ mentorPool: { rows: { mentor: { name: string }; servedYears: number[]; inCycle: boolean }[] } }>(POOL);
    const names = data!.mentorPool.rows.map((row) => row.mentor.name);
    expect(names).toEqual(expect.arrayContaining(['甲导师', '乙导师']));
    expect(names).not.toContain('丙候选');
    expect(data!.mentorPool.rows.find((row) => row.mentor.name === '甲导师')).toEqual({ mentor: { name: '甲导师' }, servedYears: [2026], inCycle: false });
  });

  it('R-MENTOR-3 the office sorts the pool by name on the server', async () => {
    const names = async (direction: string) =>
      (await as.office_staff.graphql<{ mentorPool: { rows: { mentor: { name: string } }[] } }>(
        `{ mentorPool(year: 2027, sort: { field: NAME, direction: ${direction} }, page: { page: 1, pageSize: 100 }) { rows { mentor { name } } } }`,
      )).data!.mentorPool.rows.map((row) => row.mentor.name);
    expect(await names('DESC')).toEqual([...(await names('ASC'))].reverse());
    expect(await names('ASC')).toEqual(expect.arrayContaining(['甲导师', '乙导师']));
  });

  it('R-MENTOR-3 carry-over in bulk takes mentors into the new cycle without a recommendation and keeps their history', async () => {
    const { data, errors } = await as.office_staff.graphql<{ carryOverMentors: unknown[] }>(CARRY, { ids: [ids['甲导师'], ids['乙导师']] });
    expect(errors).toBeUndefined();
    expect(data!.carryOverMentors).toEqual([
      { status: 'APPROVED', carriedOverFrom: 2026, letterNumber: null, capacity: 2, mentor: { name: '甲导师' } },
      { status: 'APPROVED', carriedOverFrom: 2026, letterNumber: null, capacity: 3, mentor: { name: '乙导师' } },
    ]);
    const history = await as.office_staff.graphql<{ mentorAppointments: { rows: { mentor: { name: string }; status: string; letterNumber: string }[] } }>(HISTORY);
    const kept = history.data!.mentorAppointments.rows.filter((row) => ['甲导师', '乙导师'].includes(row.mentor.name));
    expect(new Set(kept.map((row) => `${row.mentor.name} ${row.status} ${row.letterNumber}`))).toEqual(new Set(['甲导师 APPROVED YC2026-90', '乙导师 APPROVED YC2026-91']));
    const pool = await as.office_staff.graphql<{ mentorPool: { rows: { mentor: { name: string }; inCycle: boolean }[] } }>(POOL);
    expect(pool.data!.mentorPool.rows.find((row) => row.mentor.name === '甲导师')?.inCycle).toBe(true);
  });

  it('R-MENTOR-3 all or none: a mentor already in the cycle or never approved refuses the whole batch, naming each', async () => {
    const em = api.orm.em.fork();
    const university = await em.findOneOrFail(University, { name: '山西大学' });
    const fresh = em.create(Mentor, { name: '丁导师', university, disciplineCode: 'biology' });
    em.create(MentorAppointment, { cycle: await em.findOneOrFail(Cycle, { year: 2026 }), mentor: fresh, status: 'approved', capacity: 1, recommendedAt: new Date('2025-10-10') });
    await em.flush();
    const { errors } = await as.office_staff.graphql(CARRY, { ids: [fresh.id, ids['甲导师'], ids['丙候选']] });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rules: ['R-MENTOR-3', 'R-MENTOR-3'] });
    expect(errors?.[0]?.message).toMatch(/甲导师.*already a mentor of the 2027 cycle/);
    expect(errors?.[0]?.message).toMatch(/丙候选.*needs a recommendation/);
    expect(await api.orm.em.fork().count(MentorAppointment, { mentor: fresh.id })).toBe(1);
  });

  it('R-MENTOR-3 only the office takes mentors from the pool', async () => {
    for (const role of ['university_coordinator', 'mentor', 'school_coordinator', 'analyst'] as const) {
      expect((await as[role].graphql(CARRY, { ids: [ids['乙导师']] })).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect((await as[role].graphql(POOL)).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });
});
