import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { seedDemoData } from './demo-data.js';
import { DEMO_MENTORS } from './demo-mentors.js';
import { seedDemoParticipations } from './demo-participations.js';
import { seedDemoApplications } from './demo-applications.js';
import { seedDemoCycles } from './demo-cycles.js';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';

const DIRECTORY = /* GraphQL */ `
  query ($search: String, $disciplineCode: String) {
    mentorDirectory(year: 2026, search: $search, disciplineCode: $disciplineCode, page: { page: 1, pageSize: 100 }) {
      total
      rows { name discipline { code } researchFields profile }
    }
  }
`;

interface Directory {
  mentorDirectory: { total: number; rows: { name: string; discipline: { code: string }; researchFields: string[]; profile: string }[] };
}

describe('demo data for development', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoData(api.orm.em.fork());
    await seedDemoData(api.orm.em.fork());
    await seedDemoParticipations(api.orm.em.fork());
    await seedDemoParticipations(api.orm.em.fork());
    await seedDemoApplications(api.orm.em.fork(), api.now());
    await seedDemoApplications(api.orm.em.fork(), api.now());
  });
  afterAll(() => api.close());

  it('puts demo mentors of every discipline in the 2026 directory, once however often it runs', async () => {
    const { data } = await api.graphql<Directory>(DIRECTORY);
    expect(data?.mentorDirectory.total).toBe(DEMO_MENTORS.length);
    const codes = new Set(data?.mentorDirectory.rows.map((r) => r.discipline.code));
    expect([...codes]).toEqual(['physics', 'mathematics', 'computer_science', 'chemistry', 'biology']);
    expect(data?.mentorDirectory.rows.every((r) => r.name.endsWith('（演示）') && r.researchFields.length > 0 && r.profile)).toBe(true);
  });

  it('keeps 陈教授（演示）, now with research fields the search finds', async () => {
    const { data } = await api.graphql<Directory>(DIRECTORY, { search: '超导' });
    expect(data?.mentorDirectory.rows.map((r) => r.name)).toEqual(['陈教授（演示）']);
  });

  it('R-SCOPE-3 approves three demo schools for 2026, the coordinator’s among them, once, so the self-check has schools to offer', async () => {
    const { data } = await api.graphql<{ participatingSchools: { name: string }[] }>('{ participatingSchools(year: 2026) { name } }');
    expect(data?.participatingSchools.map((s) => s.name).sort()).toEqual(['太原市第二十四中学（演示）', '太原市第五中学（演示）', '太原市第十中学（演示）']);
  });

  it('R-APP-4 R-SEL-1 gives the demo coordinator submissions to recommend and the office a review queue with flags, once', async () => {
    const as = await signInEveryRole(api);
    const school = await as.school_coordinator.graphql<{ schoolApplications: { total: number } }>('{ schoolApplications(year: 2026, filter: { status: SUBMITTED }) { total } }');
    expect(school.data?.schoolApplications.total).toBe(8);
    const queue = await as.office_staff.graphql<{ reviewQueue: { total: number; rows: { flags: { rule: string }[] }[] } }>(
      '{ reviewQueue(year: 2026, page: { page: 1, pageSize: 50 }) { total rows { flags { rule } } } }',
    );
    expect(queue.data?.reviewQueue.total).toBe(20);
    expect(queue.data?.reviewQueue.rows.some((row) => row.flags.some((flag) => flag.rule === 'R-APP-2'))).toBe(true);
  });
});

describe('issue 11: the demo follows the clock — on 2026-12-07 the 2026 cohort trains while 2027 sets its cut-offs', () => {
  let api: TestApi;
  let as: Awaited<ReturnType<typeof signInEveryRole>>;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-12-07T10:00:00+08:00') });
    as = await signInEveryRole(api);
    for (let run = 0; run < 2; run += 1) {
      await seedDemoParticipations(api.orm.em.fork());
      await seedDemoCycles(api.orm.em.fork(), '2026-12-07');
      await seedDemoApplications(api.orm.em.fork(), api.now());
    }
  });
  afterAll(() => api.close());

  it('copies 2026 as 2027, once, and 2027 is in its cut-off window', async () => {
    const { data } = await api.graphql<{ cycles: { year: number; currentPhase: string }[] }>('{ cycles { year currentPhase } }');
    expect(data?.cycles).toEqual([{ year: 2027, currentPhase: 'cutoff' }, { year: 2026, currentPhase: 'annual_summary' }]);
  });

  it('R-SEL-2 R-SEL-3: 2027 has 30 scored applicants a discipline and no cut-off set yet', async () => {
    const { data, errors } = await as.office_staff.graphql<{ assessmentScores: { total: number } }>('{ assessmentScores(year: 2027, page: { page: 1, pageSize: 10 }) { total } }');
    expect(errors).toBeUndefined();
    expect(data?.assessmentScores.total).toBe(150);
    const board = await as.office_staff.graphql<{ cutOffBoard: { disciplines: { cutOff: number | null }[] } }>('{ cutOffBoard(year: 2027) { disciplines { cutOff } } }');
    expect(board.data?.cutOffBoard.disciplines.map((d) => d.cutOff)).toEqual([null, null, null, null, null]);
  });

  it('R-SEL-4 R-SEL-6: 2026 published 45 admitted of 135 interviewees; 40 confirmed are students, 35 with a mentor within capacity', async () => {
    const admission = await as.office_staff.graphql<{ admissionBoard: { admitted: number; interviewees: number; publishedAt: string | null; violations: unknown[] } }>('{ admissionBoard(year: 2026) { admitted interviewees publishedAt violations { rule } } }');
    expect(admission.errors).toBeUndefined();
    expect(admission.data?.admissionBoard).toMatchObject({ admitted: 45, interviewees: 135, violations: [] });
    expect(admission.data?.admissionBoard.publishedAt).toBe('2025-12-19T01:00:00.000Z');
    const cycles = (await api.graphql<{ cycles: { id: string; year: number }[] }>('{ cycles { id year } }')).data!.cycles;
    const cohort = await as.office_staff.graphql<{ cohort: { unassigned: number; students: unknown[]; mentors: { capacity: number; taken: number }[] } }>(
      'query ($id: ID!) { cohort(cycleId: $id) { unassigned students { id } mentors { capacity taken } } }', { id: cycles.find((c) => c.year === 2026)!.id });
    expect(cohort.data?.cohort.students).toHaveLength(40);
    expect(cohort.data?.cohort.unassigned).toBe(5);
    expect(cohort.data?.cohort.mentors.every((m) => m.taken <= m.capacity)).toBe(true);
  });
});
