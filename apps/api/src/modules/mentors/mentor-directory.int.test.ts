import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { countStatements } from '../../orm/statement-count.js';
import { insertCycle } from '../../orm/seeders/cycle-seed.js';
import { shanxi2026 } from '../../orm/seeders/shanxi-2026.js';

const DIRECTORY = /* GraphQL */ `
  query ($year: Int!, $disciplineCode: String, $search: String, $page: PageInput) {
    mentorDirectory(year: $year, disciplineCode: $disciplineCode, search: $search, page: $page) {
      total
      rows { id name title university { name } discipline { code name } honours researchFields profile photoUrl }
    }
  }
`;
const MENTOR = /* GraphQL */ `query ($id: ID!, $year: Int!) { publicMentor(id: $id, year: $year) { id name discipline { name } researchFields } }`;

interface Page {
  mentorDirectory: { total: number; rows: { id: string; name: string; discipline: { code: string } }[] };
}

describe('the public mentor directory (导师风采)', () => {
  let api: TestApi;
  const directory = (variables: Record<string, unknown>) => api.graphql<Page>(DIRECTORY, { year: 2026, ...variables });
  const names = async (variables: Record<string, unknown>) => (await directory(variables)).data?.mentorDirectory.rows.map((r) => r.name);

  beforeAll(async () => {
    api = await startTestApi();
    const em = api.orm.em.fork();
    await insertCycle(em, { ...shanxi2026, year: 2025, name: '2025年山西省中学生英才计划' });
    await addMentor(em, { name: '王量子', disciplineCode: 'physics', researchFields: ['凝聚态物理'], email: 'wang@example.org' });
    await addMentor(em, { name: '李明', disciplineCode: 'physics', researchFields: ['量子信息', '冷原子'] });
    await addMentor(em, { name: '赵数', disciplineCode: 'mathematics', researchFields: ['代数几何'] });
    await addMentor(em, { name: 'Anna Schmidt', disciplineCode: 'chemistry', researchFields: ['Catalysis 100%_pure'] });
    await addMentor(em, { name: '孙推荐', disciplineCode: 'physics', researchFields: ['量子光学'], status: 'recommended' });
    await addMentor(em, { name: '周拒绝', disciplineCode: 'physics', researchFields: ['量子计算'], status: 'rejected' });
    await addMentor(em, { name: '吴往届', disciplineCode: 'physics', researchFields: ['量子材料'], year: 2025 });
  });
  afterAll(() => api.close());

  it('R-APP-3 lists only mentors approved for that cycle, by discipline in the cycle\'s order, then name', async () => {
    const { data, errors } = await directory({});
    expect(errors).toBeUndefined();
    expect(data?.mentorDirectory.total).toBe(4);
    expect(data?.mentorDirectory.rows.map((r) => r.name)).toEqual(['李明', '王量子', '赵数', 'Anna Schmidt']);
  });

  it('gives only public fields, honours by their Chinese names and no photo as null', async () => {
    const { data } = await directory({ disciplineCode: 'mathematics' });
    expect(data?.mentorDirectory.rows).toEqual([
      {
        id: expect.any(String),
        name: '赵数',
        title: '教授',
        university: { name: '山西大学' },
        discipline: { code: 'mathematics', name: '数学' },
        honours: ['长江学者特聘教授'],
        researchFields: ['代数几何'],
        profile: '赵数的简介',
        photoUrl: null,
      },
    ]);
  });

  it('filters by discipline', async () => {
    expect(await names({ disciplineCode: 'physics' })).toEqual(['李明', '王量子']);
    const unknown = await directory({ disciplineCode: 'astrology' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds by a Chinese research field and by part of a name, approved ones only', async () => {
    expect(await names({ search: '量子' })).toEqual(['李明', '王量子']);
    expect(await names({ search: '冷原子' })).toEqual(['李明']);
    expect(await names({ search: '明' })).toEqual(['李明']);
    expect(await names({ search: 'SCHMIDT' })).toEqual(['Anna Schmidt']);
    expect(await names({ search: '量子', disciplineCode: 'mathematics' })).toEqual([]);
  });

  it('matches % and _ as themselves; a blank search does not filter', async () => {
    expect(await names({ search: '100%_' })).toEqual(['Anna Schmidt']);
    expect(await names({ search: '%' })).toEqual(['Anna Schmidt']);
    expect(await names({ search: '_' })).toEqual(['Anna Schmidt']);
    expect(await names({ search: '   ' })).toHaveLength(4);
  });

  it('refuses a search longer than 50 characters and a page over 100', async () => {
    expect((await directory({ search: '量'.repeat(51) })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await directory({ page: { page: 1, pageSize: 101 } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages with the total of the whole filter', async () => {
    const { data } = await directory({ page: { page: 2, pageSize: 3 } });
    expect(data?.mentorDirectory).toMatchObject({ total: 4, rows: [{ name: 'Anna Schmidt' }] });
  });

  it("a mentor's public page exists only while they are approved for the cycle", async () => {
    const id = (await directory({ search: '李明' })).data!.mentorDirectory.rows[0]!.id;
    const found = await api.graphql<{ publicMentor: unknown }>(MENTOR, { id, year: 2026 });
    expect(found.data?.publicMentor).toEqual({ id, name: '李明', discipline: { name: '物理学' }, researchFields: ['量子信息', '冷原子'] });
    const elsewhere = await api.graphql(MENTOR, { id, year: 2025 });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const em = api.orm.em.fork();
    const recommended = await em.getConnection().execute<{ id: string }[]>("select id from mentor where name = '孙推荐'");
    const hidden = await api.graphql(MENTOR, { id: recommended[0]!.id, year: 2026 });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the public type has no private field to ask for', async () => {
    const { data } = await api.graphql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "PublicMentor") { fields { name } } }');
    expect(data?.__type.fields.map((f) => f.name).sort()).toEqual(
      ['discipline', 'honours', 'id', 'name', 'photoUrl', 'profile', 'researchFields', 'title', 'university'].sort(),
    );
    const email = await api.graphql('{ mentorDirectory(year: 2026) { rows { email } } }');
    expect(email.errors?.[0]?.message).toContain('Cannot query field "email"');
  });

  it('asks the database the same number of statements for 10 and for 50 mentors a page', async () => {
    const em = api.orm.em.fork();
    for (let i = 0; i < 60; i++) await addMentor(em, { name: `导师${String(i).padStart(2, '0')}`, disciplineCode: 'biology', researchFields: ['遗传学'] });
    await directory({});
    const statementsFor = (pageSize: number) => {
      api.caches.mentorDirectory.clear();
      return countStatements(api.orm, async () => {
        const { data } = await directory({ page: { page: 1, pageSize } });
        expect(data?.mentorDirectory.rows).toHaveLength(pageSize);
      });
    };
    const forTen = await statementsFor(10);
    expect(forTen).toBeLessThanOrEqual(2); // the page and its count; the cycle is cached
    expect(await statementsFor(50)).toBe(forTen);
  });
});
