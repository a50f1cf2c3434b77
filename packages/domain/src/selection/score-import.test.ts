import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../applications/id-number.js';
import { planScoreImport, reportScoreImport, type ScoreCandidate, type ScoreImportStatus } from './score-import.js';
import type { ScoreRowInput } from './score-row.js';

const idOf = (sequence: number) => {
  const first17 = `1401052007090100${sequence}`;
  return first17 + idCheckCharacter(first17);
};

const candidate = (n: number, over: Partial<ScoreCandidate> = {}): ScoreCandidate => ({
  applicationId: String(n), applicationNumber: `SX2026-0000${n}`, idKey: idOf(n), name: `学生${n}`,
  disciplineCode: 'physics', status: 'conformant', score: null, ...over,
});

const candidates = [
  candidate(1),
  candidate(2, { status: 'assessed', score: 80 }),
  candidate(3, { status: 'nonconformant' }),
  candidate(4, { status: 'assessed', score: 70, disciplineCode: 'chemistry' }),
  candidate(5, { status: 'invited', score: 90 }),
];

const byId = (n: number, score = '88'): ScoreRowInput => ({ idNumber: idOf(n), applicationNumber: '', score });
const byNumber = (n: number, score = '88'): ScoreRowInput => ({ idNumber: '', applicationNumber: `SX2026-0000${n}`, score });

const plan = (rows: ScoreRowInput[], published: string[] = []) =>
  planScoreImport(rows.map((row, i) => ({ rowNumber: i + 2, row })), { candidates, publishedDisciplines: new Set(published) });

describe('R-SEL-2 planScoreImport: what importing the national platform’s scores would do', () => {
  it.each<[string, ScoreRowInput[], ScoreImportStatus[], boolean]>([
    ['a conformant applicant by ID number is assessed', [byId(1)], ['assess'], false],
    ['a conformant applicant by application number is assessed', [byNumber(1)], ['assess'], false],
    ['both keys of the same applicant', [{ ...byId(1), applicationNumber: 'SX2026-00001' }], ['assess'], false],
    ['an assessed applicant with a new score: replaced', [byId(2, '81')], ['replace'], false],
    ['an assessed applicant with the same score: unchanged', [byId(2, '80.00')], ['unchanged'], false],
    ['an ID number nobody of the cycle has: unmatched', [byId(7)], ['unmatched'], true],
    ['an application number of no application: unmatched', [byNumber(9)], ['unmatched'], true],
    ['the same applicant twice, by either key: the second is a duplicate', [byId(1), byNumber(1, '70')], ['assess', 'duplicate'], true],
    ['the same row twice is still a duplicate', [byId(1), byId(1)], ['assess', 'duplicate'], true],
    ['a nonconformant applicant is refused', [byId(3)], ['refused'], true],
    ['an invited applicant is refused: the list is out', [byId(5)], ['refused'], true],
    ['a malformed row holds back the file', [byId(1), byId(2, '120')], ['assess', 'invalid'], true],
    ['keys naming two applicants', [{ ...byId(1), applicationNumber: 'SX2026-00002' }], ['invalid'], true],
    ['an ID number of one and an unknown application number', [{ ...byId(1), applicationNumber: 'SX2026-00099' }], ['invalid'], true],
    ['nothing', [], [], false],
  ])('%s', (_, rows, statuses, hasBadRows) => {
    const result = plan(rows);
    expect(result.rows.map((r) => r.status)).toEqual(statuses);
    expect(result.hasBadRows).toBe(hasBadRows);
  });

  it('R-SEL-3 an assessed applicant of a published discipline keeps the score: refused', () => {
    expect(plan([byId(2, '95'), byId(4, '75')], ['physics']).rows.map((r) => [r.status, r.problems.map((p) => p.reason)])).toEqual([
      ['refused', ['application.published']],
      ['replace', []],
    ]);
  });

  it('names each bad row by its sheet row number with its reasons', () => {
    const result = plan([byId(3), { idNumber: '', applicationNumber: '', score: 'x' }, byId(1), byNumber(1)]);
    expect(result.rows.map((r) => [r.rowNumber, r.problems.map((p) => p.reason)])).toEqual([
      [2, ['application.notConformant']],
      [3, ['key.required', 'score.notNumber']],
      [4, []],
      [5, ['application.duplicateInFile']],
    ]);
  });

  it('a bad row that gives an application number says whose it is', () => {
    const result = plan([byNumber(1, 'abc'), { ...byId(1), applicationNumber: 'SX2026-00002' }]);
    expect(result.rows.map((r) => [r.status, r.candidate?.name])).toEqual([['invalid', '学生1'], ['invalid', '学生2']]);
    expect(reportScoreImport(result, { dryRun: true, committed: false, fileName: 'x.csv', notInFile: 0 }).rows[0]).toMatchObject({ applicationNumber: 'SX2026-00001', name: '学生1', score: null });
  });

  it('finds an ID number through the keyed hash stored instead of it, whatever the case of its X', () => {
    const withX = '14010520070901101X';
    const hashOf = (idNumber: string) => `hash(${idNumber})`;
    const stored = [candidate(1, { idKey: hashOf(withX) })];
    const rows = [{ rowNumber: 2, row: { idNumber: withX.toLowerCase(), applicationNumber: '', score: '90' } }];
    const result = planScoreImport(rows, { candidates: stored, publishedDisciplines: new Set(), idKeyOf: hashOf });
    expect(result.rows.map((r) => [r.status, r.candidate?.applicationId])).toEqual([['assess', '1']]);
  });
});

describe('R-SEL-2 reportScoreImport: the plan as the office reads it', () => {
  it('counts rows by status; ID numbers masked; the score it replaces', () => {
    const report = reportScoreImport(plan([byId(2, '85.5'), byId(3), byId(7)]), { dryRun: true, committed: false, fileName: '成绩.xlsx', notInFile: 4 });
    expect(report).toMatchObject({
      dryRun: true, committed: false, fileName: '成绩.xlsx', notInFile: 4,
      counts: { assess: 0, replace: 1, unchanged: 0, invalid: 0, unmatched: 1, duplicate: 0, refused: 1 },
    });
    expect(report.rows[0]).toEqual({
      rowNumber: 2, status: 'replace', applicationNumber: 'SX2026-00002', idNumber: `1401**********${idOf(2).slice(-4)}`, name: '学生2',
      disciplineCode: 'physics', applicationStatus: 'assessed', score: 85.5, previousScore: 80, problems: [],
    });
    expect(report.rows[1]).toMatchObject({ status: 'refused', applicationStatus: 'nonconformant', name: '学生3' });
    expect(report.rows[2]).toMatchObject({ status: 'unmatched', name: null, applicationNumber: null, idNumber: `1401**********${idOf(7).slice(-4)}` });
  });
});
