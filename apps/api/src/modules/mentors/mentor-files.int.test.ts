import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { download, sheetRows } from '../../../test/fixtures/files.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { insertCycle } from '../../orm/seeders/cycle-seed.js';
import { shanxi2026 } from '../../orm/seeders/shanxi-2026.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

describe('the mentor tables in Excel', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi();
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    await addMentor(em, { name: '导出甲', disciplineCode: 'chemistry', researchFields: ['催化化学'] });
    await addMentor(em, { name: '导出乙', disciplineCode: 'chemistry', researchFields: ['有机合成'], status: 'recommended' });
    await insertCycle(em, { ...shanxi2026, year: 2027, name: '2027年山西省中学生英才计划' });
  });
  afterAll(() => api.close());

  it('exports the candidates the filters match, with discipline names, statuses and warnings', async () => {
    const { status, disposition, body } = await download(api, as.office_staff, '/api/mentor-appointments/export.xlsx?year=2026&search=%E5%AF%BC%E5%87%BA&sort=name');
    expect(status).toBe(200);
    expect(disposition).toContain(encodeURIComponent('导师遴选-2026.xlsx'));
    const [header, ...rows] = await sheetRows(body);
    expect(header).toEqual(['姓名', '高校', '学科', '职称', '人才称号', '研究方向', '指导名额', '状态', '提示', '推荐日期', '审核日期', '来源', '聘书编号', '不通过原因']);
    expect(rows.map((row) => [row[0], row[2], row[4], row[5], row[7], row[11]])).toEqual([
      ['导出乙', '化学', '长江学者特聘教授', '有机合成', '已推荐', '高校推荐'],
      ['导出甲', '化学', '长江学者特聘教授', '催化化学', '已通过', '高校推荐'],
    ]);
    const approved = await sheetRows((await download(api, as.office_staff, '/api/mentor-appointments/export.xlsx?year=2026&search=%E5%AF%BC%E5%87%BA&status=APPROVED')).body);
    expect(approved.slice(1).map((row) => row[0])).toEqual(['导出甲']);
  });

  it('a university coordinator exports their university’s candidates; others are refused; a bad year is BAD_USER_INPUT', async () => {
    expect((await download(api, as.university_coordinator, '/api/mentor-appointments/export.xlsx?year=2026')).status).toBe(200);
    expect((await download(api, as.school_coordinator, '/api/mentor-appointments/export.xlsx?year=2026')).status).toBe(403);
    expect((await download(api, null, '/api/mentor-appointments/export.xlsx?year=2026')).status).toBe(401);
    expect((await download(api, as.office_staff, '/api/mentor-appointments/export.xlsx?year=next')).status).toBe(400);
    expect((await download(api, as.office_staff, '/api/mentor-appointments/export.xlsx?year=2026&status=hired')).status).toBe(400);
  });

  it('R-MENTOR-3 exports the pool seen from a later cycle, for the office only', async () => {
    const { status, body } = await download(api, as.office_staff, '/api/mentor-pool/export.xlsx?year=2027&search=%E5%AF%BC%E5%87%BA');
    expect(status).toBe(200);
    const [header, ...rows] = await sheetRows(body);
    expect(header?.slice(-2)).toEqual(['任职年度', '已在2027年度']);
    expect(rows.map((row) => [row[0], row.at(-2), row.at(-1)])).toEqual([['导出甲', '2026', '否']]);
    expect((await download(api, as.university_coordinator, '/api/mentor-pool/export.xlsx?year=2027')).status).toBe(403);
  });
});
