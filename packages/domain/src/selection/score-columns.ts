import { err, ok, type Result } from '../result.js';

/**
 * R-SEL-2: the headers the national platform's export may give each column, as the office meets them.
 * The first row of the sheet is matched exactly after trimming; the first listed is the one asked for.
 */
export const SCORE_COLUMN_NAMES = {
  idNumber: ['身份证号', '身份证号码', '证件号码'],
  applicationNumber: ['报名号', '报名编号'],
  score: ['成绩', '测评成绩', '潜质测评成绩', '总分'],
} as const;

export type ScoreColumn = keyof typeof SCORE_COLUMN_NAMES;

/** Which header of the sheet holds each column; a key column the sheet lacks is null. */
export interface ScoreColumns {
  idNumber: string | null;
  applicationNumber: string | null;
  score: string;
}

const find = (headers: readonly string[], column: ScoreColumn): string | null =>
  SCORE_COLUMN_NAMES[column].find((name) => headers.includes(name)) ?? null;

/**
 * The columns of a score sheet: a score and at least one key (ID number or application number).
 * Missing ones come back by their first name, e.g. `['成绩']` or `['身份证号', '报名号']`.
 */
export function findScoreColumns(headers: readonly string[]): Result<ScoreColumns, string[]> {
  const trimmed = headers.map((h) => h.trim());
  const idNumber = find(trimmed, 'idNumber');
  const applicationNumber = find(trimmed, 'applicationNumber');
  const score = find(trimmed, 'score');
  const missing = [
    ...(idNumber || applicationNumber ? [] : [SCORE_COLUMN_NAMES.idNumber[0], SCORE_COLUMN_NAMES.applicationNumber[0]]),
    ...(score ? [] : [SCORE_COLUMN_NAMES.score[0]]),
  ];
  return missing.length > 0 || !score ? err(missing) : ok({ idNumber, applicationNumber, score });
}
