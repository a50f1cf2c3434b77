import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { seedDemoData } from './demo-data.js';
import { DEMO_MENTORS } from './demo-mentors.js';
import { seedDemoParticipations } from './demo-participations.js';
import { seedDemoApplications } from './demo-applications.js';
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
    await seedDemoApplications(api.orm.em.fork());
    await seedDemoApplications(api.orm.em.fork());
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

  it('R-SCOPE-3 approves two demo schools for 2026, once, so the public self-check has schools to offer', async () => {
    const { data } = await api.graphql<{ participatingSchools: { name: string }[] }>('{ participatingSchools(year: 2026) { name } }');
    expect(data?.participatingSchools.map((s) => s.name).sort()).toEqual(['太原市第二十四中学（演示）', '太原市第十中学（演示）']);
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
