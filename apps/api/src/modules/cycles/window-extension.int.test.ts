import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { School } from '../schools/school.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

const EXTEND = /* GraphQL */ `mutation ($school: ID, $until: String!) {
  extendWindow(year: 2026, milestoneKey: "school_participation", extendedUntil: $until, reason: "国庆假期", schoolId: $school) { schoolName extendedUntil } }`;
const LIST = '{ windowExtensions(year: 2026) { milestoneKey schoolId schoolName extendedUntil reason grantedAt } }';

describe('R-SCOPE-3 the office sees the windows it extended', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-10-01T09:00:00+08:00') });
    as = await signInEveryRole(api);
  });
  afterAll(() => api.close());

  it('lists every extension of the year, newest first, with the school\'s name', async () => {
    const school = await api.orm.em.fork().findOneOrFail(School, { name: '太原市第五中学（演示）' });
    expect((await as.office_staff.graphql(EXTEND, { school: school.id, until: '2025-10-10' })).data).toEqual({ extendWindow: { schoolName: '太原市第五中学（演示）', extendedUntil: '2025-10-10' } });
    api.setNow(new Date('2025-10-01T09:05:00+08:00'));
    expect((await as.office_staff.graphql(EXTEND, { school: null, until: '2025-10-08' })).errors).toBeUndefined();
    const { data } = await as.office_staff.graphql<{ windowExtensions: { schoolName: string | null; extendedUntil: string }[] }>(LIST);
    expect(data?.windowExtensions.map((e) => [e.schoolName, e.extendedUntil])).toEqual([[null, '2025-10-08'], ['太原市第五中学（演示）', '2025-10-10']]);
  });

  it('an unknown school is NOT_FOUND; only the office lists extensions', async () => {
    expect((await as.office_staff.graphql(EXTEND, { school: 'no-such-school', until: '2025-10-10' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const role of ['school_coordinator', 'admin', 'mentor'] as const) {
      expect((await as[role].graphql(LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
