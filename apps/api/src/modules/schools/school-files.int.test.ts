import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { download, sheetRows } from '../../../test/fixtures/files.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { School } from './school.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer, read field by field in the tests
type Json = Record<string, any>;
const HEADER = ['学校名称', '所在区县', '学校类型', '办学性质'];

/** An .xlsx as the office's spreadsheet would hold it: the header row, then the schools. */
async function workbook(rows: string[][], header = HEADER): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('学校');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(api: TestApi, browser: TestBrowser | null, file: Buffer, query = '?dryRun=1', fileName = '学校名录.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), fileName);
  const response = await fetch(`${api.url}/api/schools/import${query}`, {
    method: 'POST',
    body: form,
    headers: { 'x-requested-with': 'test', ...(browser?.cookie ? { cookie: browser.cookie } : {}) },
  });
  return { status: response.status, body: (await response.json()) as Json };
}

describe('学校名录 in Excel: import the office\'s list, export the register', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-08-15T10:00:00+08:00') });
    as = await signInEveryRole(api);
  });
  afterAll(() => api.close());

  const schools = () => api.orm.em.fork().find(School, {}, { orderBy: { name: 'asc' } });

  it('a dry run says what each row would do and names every bad row with its reasons; nothing changes', async () => {
    const file = await workbook([
      ['太原市第十二中学', '小店区', '高级中学', '公办'],
      ['太原市第五中学（演示）', '140106', '完全中学', '公办'],
      ['山西省实验中学（演示）', '杏花岭区', '高级中学', '公办'],
      ['太原市第十二中学', '小店区', '高级中学', '公办'],
      ['清徐中学', '清徐县', '职业高中', '公立'],
      ['', '小店区', '高级中学', ''],
    ]);
    const { status, body } = await upload(api, as.office_staff, file);
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, committed: false, counts: { new: 1, update: 1, unchanged: 1, duplicate: 1, invalid: 2 } });
    expect(body.rows.map((r: { rowNumber: number; status: string }) => [r.rowNumber, r.status])).toEqual([
      [2, 'new'], [3, 'update'], [4, 'unchanged'], [5, 'duplicate'], [6, 'invalid'], [7, 'invalid'],
    ]);
    expect(body.rows[4].problems.map((p: { reason: string }) => p.reason)).toEqual(['district.unknown', 'schoolType.unknown', 'ownership.unknown']);
    expect(body.rows[5].problems.map((p: { reason: string }) => p.reason)).toEqual(['name.required', 'ownership.required']);
    expect(body.rows[3].problems).toEqual([{ field: 'name', reason: 'name.duplicateInFile' }]);
    expect((await schools()).map((s) => s.name)).toEqual(['太原市第五中学（演示）', '山西省实验中学（演示）']);
  });

  it('a commit with any bad row imports nothing', async () => {
    const file = await workbook([
      ['太原市第十二中学', '小店区', '高级中学', '公办'],
      ['清徐中学', '清徐县', '高级中学', '公办'],
    ]);
    const { status, body } = await upload(api, as.office_staff, file, '');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_ROWS', committed: false, counts: { new: 1, invalid: 1 } });
    expect(await api.orm.em.fork().count(School, { name: '太原市第十二中学' })).toBe(0);
  });

  it('a clean file commits in one go, updates by name, and is audited', async () => {
    const before = await api.orm.em.fork().count(AuditEntry, { action: 'school.import' });
    const file = await workbook([
      ['太原市第十二中学', '小店区', '高级中学', '公办'],
      ['太原市成成中学', '140107', '完全中学', '民办'],
      ['太原市第五中学（演示）', '迎泽区', '完全中学', '公办'],
    ]);
    const { status, body } = await upload(api, as.office_staff, file, '');
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: false, committed: true, counts: { new: 2, update: 1, invalid: 0 } });
    const stored = await schools();
    expect(stored.find((s) => s.name === '太原市成成中学')).toMatchObject({ districtCode: '140107', schoolType: 'complete', ownership: 'private' });
    expect(stored.find((s) => s.name === '太原市第五中学（演示）')).toMatchObject({ schoolType: 'complete' });
    expect(await api.orm.em.fork().count(AuditEntry, { action: 'school.import' })).toBe(before + 1);
  });

  it('a file that is not .xlsx, one without the columns, one too large and an empty sheet are refused with a reason', async () => {
    expect((await upload(api, as.office_staff, Buffer.from('学校名称,所在区县\n'), '?dryRun=1', 'schools.csv')).body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_XLSX' });
    expect((await upload(api, as.office_staff, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).body.error).toMatchObject({ reason: 'NOT_XLSX' });
    const columns = await upload(api, as.office_staff, await workbook([['太原市第十二中学']], ['学校名称', '区县']));
    expect(columns.body.error).toMatchObject({ reason: 'MISSING_COLUMNS', columns: ['所在区县', '学校类型', '办学性质'] });
    const large = await upload(api, as.office_staff, Buffer.alloc(2 * 1024 * 1024 + 1, 1));
    expect(large.status).toBe(413);
    expect(large.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    expect((await upload(api, as.office_staff, await workbook([]))).body.error).toMatchObject({ reason: 'EMPTY_SHEET' });
  });

  it('only the office imports: others are FORBIDDEN, the signed-out UNAUTHENTICATED; a POST without the header is refused', async () => {
    const file = await workbook([['太原市第三十中学', '晋源区', '高级中学', '公办']]);
    for (const role of ['admin', 'school_coordinator', 'analyst', 'applicant'] as const) {
      const { status, body } = await upload(api, as[role], file);
      expect([role, status, body.error.code]).toEqual([role, 403, 'FORBIDDEN']);
    }
    expect((await upload(api, null, file)).body.error.code).toBe('UNAUTHENTICATED');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'a.xlsx');
    const bare = await fetch(`${api.url}/api/schools/import?dryRun=1`, { method: 'POST', body: form, headers: { cookie: as.office_staff.cookie! } });
    expect(await bare.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', reason: 'MISSING_HEADER' } });
  });

  it('the export holds what the filters match, readable back with exceljs, and imports again unchanged', async () => {
    const { status, type, disposition, body } = await download(api, as.office_staff, '/api/schools/export.xlsx?ownership=public&sort=district&direction=desc');
    expect(status).toBe(200);
    expect(type).toContain('spreadsheetml');
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('学校名录.xlsx')}`);
    const rows = await sheetRows(body);
    expect(rows[0]).toEqual(['学校名称', '所在区县', '区县代码', '学校类型', '办学性质']);
    expect(rows.slice(1)).toEqual([
      ['山西省实验中学（演示）', '杏花岭区', '140107', '高级中学', '公办'],
      ['太原市第五中学（演示）', '迎泽区', '140106', '完全中学', '公办'],
      ['太原市第十二中学', '小店区', '140105', '高级中学', '公办'],
    ]);
    const again = await upload(api, as.office_staff, body);
    expect(again.body.counts).toMatchObject({ unchanged: 3, new: 0, invalid: 0 });
    expect((await download(api, as.school_coordinator, '/api/schools/export.xlsx')).status).toBe(403);
    expect((await download(api, null, '/api/schools/export.xlsx')).status).toBe(401);
  });

  it('the office exports the participation list of a year (phones masked, audited); a school coordinator may not', async () => {
    const school = await api.orm.em.fork().findOneOrFail(School, { name: '太原市第五中学（演示）' });
    const person = (name: string, phone: string, title?: string) => ({ name, phone, title });
    const team = { leader: person('刘校长', '13500000001', '副校长'), contact: person('赵老师', '13500000002'), teachers: [{ disciplineCode: 'physics', person: person('钱老师', '13500000003') }] };
    const submitted = await as.school_coordinator.graphql('mutation ($id: ID!, $team: GuidanceTeamInput!) { submitParticipation(year: 2026, schoolId: $id, team: $team) { id } }', { id: school.id, team });
    expect(submitted.errors).toBeUndefined();
    const before = await api.orm.em.fork().count(AuditEntry, { action: 'participation.export' });
    const { status, body } = await download(api, as.office_staff, '/api/participations/export.xlsx?year=2026');
    expect(status).toBe(200);
    const rows = await sheetRows(body);
    expect(rows[0]).toEqual(['学校', '所在区县', '申请状态', '提交日期', '团队负责人', '负责人电话', '联络人', '联络人电话', '审核日期', '不通过原因']);
    expect(rows[1]!.slice(0, 8)).toEqual(['太原市第五中学（演示）', '140106 迎泽区', '已提交', '2025-08-15', '刘校长（副校长）', '135****0001', '赵老师', '135****0002']);
    expect(await api.orm.em.fork().count(AuditEntry, { action: 'participation.export' })).toBe(before + 1);
    expect((await download(api, as.school_coordinator, '/api/participations/export.xlsx?year=2026')).status).toBe(403);
    expect((await download(api, as.office_staff, '/api/participations/export.xlsx')).status).toBe(400);
  });
});
