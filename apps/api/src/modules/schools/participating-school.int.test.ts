import type { ParticipationStatus } from '@yingcai/domain/schools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { insertCycle } from '../../orm/seeders/cycle-seed.js';
import { shanxi2026 } from '../../orm/seeders/shanxi-2026.js';
import { Cycle } from '../cycles/cycle.entity.js';
import { Participation } from './participation.entity.js';
import { School } from './school.entity.js';

const SCHOOLS = 'query ($year: Int!) { participatingSchools(year: $year) { id name districtCode } }';
const DECIDE = 'mutation ($id: Int!, $version: Int!) { decideParticipation(id: $id, approve: true, version: $version) { status } }';
const TEAM = { leader: { name: '刘校长', phone: '13500000001' }, contact: { name: '赵老师', phone: '13500000002' }, teachers: [] };

type Listed = { participatingSchools: { id: string; name: string; districtCode: string }[] };

/** A school with a participation of the given status in the cycle of `year`. */
async function schoolIn(api: TestApi, year: number, name: string, status: ParticipationStatus): Promise<Participation> {
  const em = api.orm.em.fork();
  const cycle = await em.findOneOrFail(Cycle, { year });
  const school = em.create(School, { name, districtCode: '140105' });
  const participation = em.create(Participation, { cycle, school, team: TEAM, status, submittedAt: api.now() });
  await em.flush();
  return participation;
}

describe('R-APP-1 R-SCOPE-3 the public list of participating schools (for the eligibility self-check)', () => {
  let api: TestApi;
  let submitted: Participation;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-08-15T10:00:00+08:00') });
    await insertCycle(api.orm.em.fork(), { ...shanxi2026, year: 2027, name: '2027年山西省中学生英才计划' });
    await schoolIn(api, 2026, '太原市第五十六中学', 'approved');
    await schoolIn(api, 2026, '太原市成成中学', 'approved');
    await schoolIn(api, 2026, '太原市第十中学', 'rejected');
    await schoolIn(api, 2027, '太原市第四十八中学', 'approved');
    submitted = await schoolIn(api, 2026, '太原市进山中学', 'submitted');
  });
  afterAll(() => api.close());

  it('R-SCOPE-3 lists, without signing in, only the schools approved for that cycle, by name', async () => {
    const { data, errors } = await api.graphql<Listed>(SCHOOLS, { year: 2026 });
    expect(errors).toBeUndefined();
    expect(data?.participatingSchools.map((s) => s.name)).toEqual(['太原市成成中学', '太原市第五十六中学']);
    expect(data?.participatingSchools[0]).toMatchObject({ districtCode: '140105', id: expect.any(String) });
    const next = await api.graphql<Listed>(SCHOOLS, { year: 2027 });
    expect(next.data?.participatingSchools.map((s) => s.name)).toEqual(['太原市第四十八中学']);
    expect((await api.graphql(SCHOOLS, { year: 2031 })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the type has no private field: no team, no status, no contact', async () => {
    const { data } = await api.graphql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "ParticipatingSchool") { fields { name } } }');
    expect(data?.__type.fields.map((f) => f.name)).toEqual(['id', 'name', 'districtCode']);
  });

  it("R-SCOPE-3 the office's approval shows at once, though the list is cached", async () => {
    expect((await api.graphql<Listed>(SCHOOLS, { year: 2026 })).data?.participatingSchools).toHaveLength(2);
    const as = await signInEveryRole(api);
    const approved = await as.office_staff.graphql(DECIDE, { id: submitted.id, version: submitted.version });
    expect(approved.errors).toBeUndefined();
    const { data } = await api.graphql<Listed>(SCHOOLS, { year: 2026 });
    expect(data?.participatingSchools.map((s) => s.name)).toContain('太原市进山中学');
  });
});
