// Test data of 测评成绩, as the API sends it. Used by the *.test.tsx beside it only.
import type { ScoreImportReport } from '@yingcai/domain/selection';

type ReportRow = ScoreImportReport['rows'][number];

const row = (over: Partial<ReportRow>): ReportRow => ({
  rowNumber: 2, status: 'assess', applicationNumber: 'SX2026-00001', idNumber: '1401**********0012', name: '学生001',
  disciplineCode: 'physics', applicationStatus: 'conformant', score: 88, previousScore: null, problems: [], ...over,
});

const counts = (over: Partial<ScoreImportReport['counts']>): ScoreImportReport['counts'] => ({
  assess: 0, replace: 0, unchanged: 0, invalid: 0, unmatched: 0, duplicate: 0, refused: 0, ...over,
});

/** A dry run of a file with one good row, one replaced score and four bad rows. */
export function aScoreReportWithBadRows(): ScoreImportReport {
  return {
    dryRun: true, committed: false, fileName: '成绩.xlsx', notInFile: 3,
    counts: counts({ assess: 1, replace: 1, invalid: 1, unmatched: 1, duplicate: 1, refused: 1 }),
    rows: [
      row({}),
      row({ rowNumber: 3, status: 'replace', applicationNumber: 'SX2026-00006', name: '学生006', applicationStatus: 'assessed', score: 75, previousScore: 70 }),
      row({ rowNumber: 4, status: 'unmatched', applicationNumber: null, name: null, applicationStatus: null, disciplineCode: null, problems: [{ field: 'application', reason: 'application.unmatched' }] }),
      row({ rowNumber: 5, status: 'duplicate', problems: [{ field: 'application', reason: 'application.duplicateInFile' }] }),
      row({ rowNumber: 6, status: 'refused', name: '学生005', applicationStatus: 'nonconformant', problems: [{ field: 'application', reason: 'application.notConformant' }] }),
      row({ rowNumber: 7, status: 'invalid', name: null, applicationNumber: null, score: null, problems: [{ field: 'score', reason: 'score.outOfRange' }] }),
    ],
  };
}

/** A clean dry run, or its commit. */
export function aCleanScoreReport(committed = false): ScoreImportReport {
  return {
    dryRun: !committed, committed, fileName: '成绩.csv', notInFile: 0,
    counts: counts({ assess: 2, replace: 1 }),
    rows: [row({}), row({ rowNumber: 3, applicationNumber: 'SX2026-00002' }), row({ rowNumber: 4, status: 'replace', previousScore: 70 })],
  };
}
