import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
interface Page { schools: { total: number; rows: { name: string; districtCode: string; districtName: string | null; schoolType: string; ownership: string }[] } }

const LIST = /* GraphQL */ `query ($filter: SchoolFilterInput, $sort: SchoolSortInput, $page: PageInput) {
  schools(filter: $filter, sort: $sort, page: $page) { total rows { id name districtCode districtName schoolType ownership } } }`;
const CREATE = /* GraphQL */ `mutation ($input: SchoolInput!) { createSchool(input: $input) { id name districtName schoolType ownership } }`;
const UPDATE = /* GraphQL */ `mutation ($id: ID!, $input: SchoolInput!) { updateSchool(id: $id, input: $input) { id name districtCode } }`;

const school = (name: string, districtCode = '140105', schoolType = 'SENIOR_HIGH', ownership = 'PUBLIC') => ({ name, districtCode, schoolType, ownership });

describe('学校名录: the office keeps the school register', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi();
    as = await signInEveryRole(api);
    for (const input of [school('太原市第十二中学', '140105'), school('太原市第十中学', '140108', 'COMPLETE'), school('太原理工大学附属中学', '140109', 'THROUGH', 'PRIVATE')]) {
      const { errors } = await as.office_staff.graphql(CREATE, { input });
      expect(errors).toBeUndefined();
    }
  });
  afterAll(() => api.close());

  const list = (variables: Record<string, unknown> = {}) => as.office_staff.graphql<Page>(LIST, variables);

  it('lists one page with the total, sorted by name by default, with district names', async () => {
    const { data, errors } = await list({ page: { page: 1, pageSize: 2 } });
    expect(errors).toBeUndefined();
    expect(data?.schools.total).toBe(5); // three added, two demo schools
    expect(data?.schools.rows).toHaveLength(2);
    const all = (await list()).data!.schools.rows;
    expect(all.map((r) => r.name)).toEqual([...all.map((r) => r.name)].sort());
    expect(all.find((r) => r.name === '太原市第十中学')).toMatchObject({ districtName: '尖草坪区', schoolType: 'COMPLETE', ownership: 'PUBLIC' });
  });

  it('sorts by district either way', async () => {
    const asc = (await list({ sort: { field: 'DISTRICT', direction: 'ASC' } })).data!.schools.rows.map((r) => r.districtCode);
    expect(asc).toEqual(['140105', '140106', '140107', '140108', '140109']);
    const desc = (await list({ sort: { field: 'DISTRICT', direction: 'DESC' } })).data!.schools.rows.map((r) => r.districtCode);
    expect(desc).toEqual([...asc].reverse());
  });

  it.each([
    [{ name: '第十' }, ['太原市第十中学', '太原市第十二中学']],
    [{ name: ' 附属 ' }, ['太原理工大学附属中学']],
    [{ name: '%' }, ['太原市第五中学（演示）', '太原市第十中学', '太原市第十二中学', '太原理工大学附属中学', '山西省实验中学（演示）']],
    [{ districtCode: '140108' }, ['太原市第十中学']],
    [{ schoolType: 'THROUGH' }, ['太原理工大学附属中学']],
    [{ ownership: 'PRIVATE' }, ['太原理工大学附属中学']],
    [{ name: '太原', ownership: 'PUBLIC', districtCode: '140105' }, ['太原市第十二中学']],
  ])('filters by %j', async (filter, names) => {
    const { data } = await list({ filter });
    expect(data!.schools.rows.map((r) => r.name).sort()).toEqual([...names].sort());
  });

  it('a duplicate name is a CONFLICT that says so; an update to another school\'s name too', async () => {
    const { errors } = await as.office_staff.graphql(CREATE, { input: school(' 太原市第十中学 ') });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(errors?.[0]?.message).toBe('a school named 太原市第十中学 is already in the register');
    const rows = (await list({ filter: { name: '第十二' } })).data!.schools.rows as unknown as { id: string }[];
    const renamed = await as.office_staff.graphql(UPDATE, { id: rows[0]!.id, input: school('太原市第十中学') });
    expect(renamed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('an unknown district is BAD_USER_INPUT naming the field; so is an unknown type', async () => {
    const district = await as.office_staff.graphql(CREATE, { input: school('清徐中学', '140121') });
    expect(district.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'district', problems: [{ field: 'district', reason: 'district.unknown' }] });
    const byName = await as.office_staff.graphql(CREATE, { input: school('清徐中学', '小店区') });
    expect(byName.errors?.[0]?.extensions?.field).toBe('district');
    const type = await as.office_staff.graphql(CREATE, { input: school('清徐中学', '140105', 'UNIVERSITY') });
    expect(type.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(type.errors?.[0]?.message).toContain('schoolType');
    const blank = await as.office_staff.graphql(CREATE, { input: school('  ') });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('the office corrects a school, audited', async () => {
    const id = ((await list({ filter: { name: '附属' } })).data!.schools.rows[0] as unknown as { id: string }).id;
    const before = await api.orm.em.fork().count(AuditEntry, { action: 'school.update', subjectId: id });
    const { data, errors } = await as.office_staff.graphql(UPDATE, { id, input: school('太原理工大学附属中学', '140110', 'THROUGH', 'PRIVATE') });
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ updateSchool: { districtCode: '140110' } });
    expect(await api.orm.em.fork().count(AuditEntry, { action: 'school.update', subjectId: id })).toBe(before + 1);
    const missing = await as.office_staff.graphql(UPDATE, { id: 'no-such-school', input: school('x') });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each(['admin', 'school_coordinator', 'mentor', 'analyst', 'applicant'] as const)('%s may neither list nor add schools', async (role) => {
    expect((await as[role].graphql(LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as[role].graphql(CREATE, { input: school('某中学') })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('signed out is UNAUTHENTICATED; a page over 100 rows is BAD_USER_INPUT', async () => {
    expect((await api.browser().graphql(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await list({ page: { page: 1, pageSize: 101 } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
