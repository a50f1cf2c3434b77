import { checkIdNumber } from '../applications/id-number.js';
import { err, ok, type Result } from '../result.js';

/** R-SEL-2: the potential assessment is scored 0..100 with at most two decimals (the store keeps hundredths). */
export const MAX_ASSESSMENT_SCORE = 100;
const MAX_DECIMALS = 2;

/** A row of the national platform's export as text: an ID number, an application number, or both, and a score. */
export interface ScoreRowInput {
  idNumber: string;
  applicationNumber: string;
  score: string;
}

/** A row fit to match: the normalised keys it gave and the score as a number. */
export interface ScoreRow {
  idNumber: string | null;
  applicationNumber: string | null;
  score: number;
}

export type ScoreRowField = 'key' | 'idNumber' | 'score' | 'application';

/** Why a row is refused, as a code the console translates (e.g. `score.outOfRange` → 成绩应在 0 到 100 之间). */
export type ScoreRowReason =
  | 'key.required'
  | 'key.mismatch'
  | 'idNumber.invalid'
  | 'score.required'
  | 'score.notNumber'
  | 'score.outOfRange'
  | 'score.tooPrecise'
  | 'application.unmatched'
  | 'application.duplicateInFile'
  | 'application.notConformant'
  | 'application.published';

export interface ScoreRowProblem {
  field: ScoreRowField;
  reason: ScoreRowReason;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

const decimalsOf = (text: string): number => (text.split('.')[1] ?? '').replace(/0+$/, '').length;

/** A score as the sheet gives it: a plain decimal number from 0 to 100 with at most two decimals. */
export function parseAssessmentScore(text: string): Result<number, ScoreRowReason> {
  const trimmed = text.trim();
  if (!trimmed) return err('score.required');
  if (!NUMBER.test(trimmed)) return err('score.notNumber');
  const score = Number(trimmed);
  if (score < 0 || score > MAX_ASSESSMENT_SCORE) return err('score.outOfRange');
  // Rounding would move a score across a cut-off or into a tie: a third decimal is refused, not rounded.
  if (decimalsOf(trimmed) > MAX_DECIMALS) return err('score.tooPrecise');
  return ok(score === 0 ? 0 : score); // "-0" is a score of 0
}

function checkKeys(input: ScoreRowInput): Result<Omit<ScoreRow, 'score'>, ScoreRowReason> {
  const idText = input.idNumber.trim();
  const applicationNumber = input.applicationNumber.trim().toUpperCase() || null;
  if (!idText && !applicationNumber) return err('key.required');
  if (!idText) return ok({ idNumber: null, applicationNumber });
  const id = checkIdNumber(idText);
  return id.ok ? ok({ idNumber: id.value.number, applicationNumber }) : err('idNumber.invalid');
}

/**
 * R-SEL-2: one row of the national platform's export. It names the applicant by resident ID number
 * (checked as on the application, a lower-case x accepted) or application number (报名号), or both,
 * and gives a score. Every problem is its own entry, so the preview shows them all at once.
 */
export function checkScoreRow(input: ScoreRowInput): Result<ScoreRow, ScoreRowProblem[]> {
  const keys = checkKeys(input);
  const score = parseAssessmentScore(input.score);
  const problems: ScoreRowProblem[] = [];
  if (!keys.ok) problems.push({ field: keys.error === 'key.required' ? 'key' : 'idNumber', reason: keys.error });
  if (!score.ok) problems.push({ field: 'score', reason: score.error });
  if (!keys.ok || !score.ok) return err(problems);
  return ok({ ...keys.value, score: score.value });
}
