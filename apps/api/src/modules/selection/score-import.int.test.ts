import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { approveParticipation, idNumberBornOn } from '../../../test/fixtures/applications.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { addSubmittedApplication } from '../../../test/fixtures/school-review.js';
import { addAssessedApplications, addConformantApplications, scoreCsv, scoreWorkbook, uploadScores } from '../../../test/fixtures/selection.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { Application } from '../applications/application.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;
const id = (sequence: number) => idNumberBornOn('2007-09-01', String(sequence).padStart(3, '0'));
const number = (sequence: number) => `SX2026-${String(sequence).padStart(5, '0')}`;

describe('R-SEL-2 importing the potential assessment’s scores from the national platform', () => {
  let api: TestApi;
  let as: Browsers;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2025-12-01T10:00:00+08:00') });
    as = await signInEveryRole(api);
    const em = api.orm.em.fork();
    const school = await approveParticipation(em, '太原市第五中学（演示）');
    const mentorId = (await addMentor(em, { name: '物理导师' })).id;
    await addConformantApplications(em, { school, mentorId, from: 1, count: 4 });
    await addSubmittedApplication(em, { school, mentorId, sequence: 5, status: 'nonconformant' });
    await addAssessedApplications(em, { school, mentorId, from: 6, scores: [70] });
  });
  afterAll(() => api.close());

  const application = (sequence: number) => api.orm.em.fork().findOneOrFail(Application, { applicationNumber: number(sequence) });
  const audits = (action: string) => api.orm.em.fork().find(AuditEntry, { action }, { orderBy: { id: 'asc' } });

  it('a dry run shows matched, unmatched, duplicate, refused and malformed rows; nothing changes', async () => {
    const file = await scoreWorkbook([
      [id(1), '', '88'],
      ['', number(2), '90.5'],
      [id(6), number(6), '75'],
      [id(99), '', '60'],
      [id(1), '', '88'],
      [id(5), '', '77'],
      [id(3), '', '缺考'],
      ['', '', '80'],
    ]);
    const { status, body } = await uploadScores(api, as.office_staff, file);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      dryRun: true, committed: false, fileName: '潜质测评成绩.xlsx', notInFile: 0,
      counts: { assess: 2, replace: 1, unchanged: 0, unmatched: 1, duplicate: 1, refused: 1, invalid: 2 },
    });
    expect(body.rows.map((r: { rowNumber: number; status: string }) => [r.rowNumber, r.status])).toEqual([
      [2, 'assess'], [3, 'assess'], [4, 'replace'], [5, 'unmatched'], [6, 'duplicate'], [7, 'refused'], [8, 'invalid'], [9, 'invalid'],
    ]);
    expect(body.rows[2]).toMatchObject({ name: '学生006', score: 75, previousScore: 70, idNumber: `1401**********${id(6).slice(-4)}` });
    expect(body.rows[5]).toMatchObject({ applicationStatus: 'nonconformant', problems: [{ reason: 'application.notConformant' }] });
    expect(body.rows[6].problems).toEqual([{ field: 'score', reason: 'score.notNumber' }]);
    expect(await application(1)).toMatchObject({ status: 'conformant', assessmentScore: null });
    expect(await application(6)).toMatchObject({ status: 'assessed', assessmentScore: 70 });
  });

  it('a commit with one bad row writes nothing at all', async () => {
    const file = await scoreWorkbook([[id(1), '', '88'], [id(6), '', '75'], [id(2), '', '101']]);
    const { status, body } = await uploadScores(api, as.office_staff, file, { dryRun: false });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_ROWS', committed: false, counts: { assess: 1, replace: 1, invalid: 1 } });
    expect(body.error.rows[2].problems).toEqual([{ field: 'score', reason: 'score.outOfRange' }]);
    expect(await application(1)).toMatchObject({ status: 'conformant', assessmentScore: null, assessedAt: null });
    expect(await application(6)).toMatchObject({ assessmentScore: 70 });
    expect(await audits('selection.import_scores')).toEqual([]);
  });

  it('a clean UTF-8 CSV (with BOM) commits at once: conformant become assessed, an assessed score is replaced, all audited', async () => {
    const file = scoreCsv([[id(1), '', '88'], ['', number(2), '90.5'], [id(3).toLowerCase(), number(3), '60'], [id(6), '', '75']]);
    const { status, body } = await uploadScores(api, as.office_staff, file, { dryRun: false, fileName: '成绩.csv' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ committed: true, counts: { assess: 3, replace: 1, invalid: 0 } });
    expect(await application(1)).toMatchObject({ status: 'assessed', assessmentScore: 88, assessedAt: api.now() });
    expect(await application(2)).toMatchObject({ status: 'assessed', assessmentScore: 90.5 });
    expect(await application(6)).toMatchObject({ status: 'assessed', assessmentScore: 75 });
    expect(await application(4)).toMatchObject({ status: 'conformant', assessmentScore: null });
    expect((await audits('selection.import_scores')).map((a) => a.reason)).toEqual(['成绩.csv: 3 assessed, 1 replaced, 0 unchanged']);
    expect((await audits('application.replace_assessment')).map((a) => [a.subjectId, a.reason])).toEqual([[number(6), '70 → 75']]);
    expect(await audits('application.record_assessment')).toHaveLength(3);
  });

  it('a re-import replaces the scores it names; the assessed it does not name keep theirs and are counted', async () => {
    const file = await scoreWorkbook([[id(1), '92'], [id(2), '90.50']], ['身份证号码', '潜质测评成绩']);
    const dry = await uploadScores(api, as.office_staff, file, { fileName: '补录.xlsx' });
    expect(dry.body).toMatchObject({ counts: { replace: 1, unchanged: 1 }, notInFile: 2 });
    const { body } = await uploadScores(api, as.office_staff, file, { dryRun: false, fileName: '补录.xlsx' });
    expect(body.committed).toBe(true);
    expect(await application(1)).toMatchObject({ assessmentScore: 92 });
    expect(await application(3)).toMatchObject({ assessmentScore: 60 });
    expect((await audits('selection.import_scores')).at(-1)?.reason).toBe('补录.xlsx: 0 assessed, 1 replaced, 1 unchanged');
  });

  it('refuses a GBK CSV, a file without a key or score column, an empty sheet and a missing year, each with its reason', async () => {
    const gbk = Buffer.from([0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4, 0xba, 0xc5, 0x2c, 0xb3, 0xc9, 0xbc, 0xa8, 0x0a, 0x31, 0x2c, 0x32]);
    expect((await uploadScores(api, as.office_staff, gbk, { fileName: 'gbk.csv' })).body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_UTF8' });
    const noKey = await uploadScores(api, as.office_staff, await scoreWorkbook([['张三', '80']], ['姓名', '成绩']));
    expect(noKey.body.error).toMatchObject({ reason: 'MISSING_COLUMNS', columns: ['身份证号', '报名号'] });
    expect((await uploadScores(api, as.office_staff, scoreCsv([]), { fileName: 'a.csv' })).body.error).toMatchObject({ reason: 'EMPTY_SHEET' });
    expect((await uploadScores(api, as.office_staff, Buffer.from('not a workbook'), { fileName: 'a.txt' })).body.error).toMatchObject({ reason: 'NOT_XLSX' });
    expect((await uploadScores(api, as.office_staff, scoreCsv([[id(1), '', '1']]), { fileName: 'a.csv', year: 2031 })).body.error.code).toBe('NOT_FOUND');
  });

  it('only the office imports scores', async () => {
    const file = scoreCsv([[id(4), '', '66']]);
    for (const role of ['admin', 'school_coordinator', 'university_coordinator', 'applicant'] as const) {
      const { status, body } = await uploadScores(api, as[role], file, { fileName: 'a.csv' });
      expect([role, status, body.error.code]).toEqual([role, 403, 'FORBIDDEN']);
    }
    expect((await uploadScores(api, null, file, { fileName: 'a.csv' })).body.error.code).toBe('UNAUTHENTICATED');
  });
});
