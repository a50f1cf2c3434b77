import type { RuleViolation } from '../result.js';

/** Ratios are settings with at most two decimals, compared in hundredths so floats never move a boundary. */
function hundredths(ratio: number): number {
  const value = Math.round(ratio * 100);
  if (!Number.isFinite(ratio) || ratio < 1 || Math.abs(value - ratio * 100) > 1e-6) {
    throw new RangeError(`the interview ratio must be at least 1 with two decimals at most, got ${ratio}`);
  }
  return value;
}

function requireCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of at least 0, got ${value}`);
}

/** R-SEL-4: interviewees needed for `admissions` places: ⌈ratio × admissions⌉ (3 × 5 = 15, 2.5 × 5 → 13). */
export function requiredInterviewees(admissions: number, ratio: number): number {
  requireCount(admissions, 'admissions');
  return Math.ceil((admissions * hundredths(ratio)) / 100);
}

/** R-SEL-4: the most admissions `interviewees` allow: ⌊interviewees / ratio⌋. */
export function maxAdmissions(interviewees: number, ratio: number): number {
  requireCount(interviewees, 'interviewees');
  return Math.floor((interviewees * 100) / hundredths(ratio));
}

export interface DisciplineCounts {
  code: string;
  invited: number;
  admitted: number;
}

/** A violation about one discipline, or the whole cycle when `disciplineCode` is null. */
export interface SelectionViolation extends RuleViolation {
  disciplineCode: string | null;
}

function ratioViolation(code: string | null, invited: number, admitted: number, ratio: number): SelectionViolation[] {
  if (invited >= requiredInterviewees(admitted, ratio)) return [];
  const where = code === null ? 'overall' : `in ${code}`;
  const message = `${where}, ${invited} interviewees for ${admitted} admitted is below ${ratio} : 1: at least ${requiredInterviewees(admitted, ratio)} interviewees, or at most ${maxAdmissions(invited, ratio)} admitted`;
  return [{ rule: 'R-SEL-4', disciplineCode: code, message }];
}

/**
 * R-SEL-4: interviewees : admitted ≥ ratio : 1 in every discipline and overall. A discipline that
 * admits nobody meets it. One violation per discipline that breaks it, in the order given, then
 * the overall one. Negative or fractional counts throw a RangeError (they are not user input).
 */
export function checkInterviewRatio(perDiscipline: readonly DisciplineCounts[], ratio: number): SelectionViolation[] {
  const perCode = perDiscipline.flatMap(({ code, invited, admitted }) => ratioViolation(code, invited, admitted, ratio));
  const invited = perDiscipline.reduce((sum, row) => sum + row.invited, 0);
  const admitted = perDiscipline.reduce((sum, row) => sum + row.admitted, 0);
  return [...perCode, ...ratioViolation(null, invited, admitted, ratio)];
}

/** R-SEL-6: the cycle admits no fewer than `minAdmissions` students in all. */
export function checkAdmissions(total: number, minAdmissions: number): SelectionViolation[] {
  requireCount(total, 'total');
  requireCount(minAdmissions, 'minAdmissions');
  if (total >= minAdmissions) return [];
  return [{ rule: 'R-SEL-6', disciplineCode: null, message: `the cycle admits ${total} students, fewer than the ${minAdmissions} required` }];
}

export interface PublicationInput {
  perDiscipline: readonly DisciplineCounts[];
  interviewRatio: number;
  minAdmissions: number;
}

/** R-SEL-4 and R-SEL-6: may the admitted list be published (公示)? Empty means yes. */
export function checkPublication(input: PublicationInput): SelectionViolation[] {
  const total = input.perDiscipline.reduce((sum, row) => sum + row.admitted, 0);
  return [...checkInterviewRatio(input.perDiscipline, input.interviewRatio), ...checkAdmissions(total, input.minAdmissions)];
}
