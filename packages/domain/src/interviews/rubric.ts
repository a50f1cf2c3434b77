import type { InputError } from '../applications/input-error.js';
import { err, ok, type Result } from '../result.js';

/** One criterion of a cycle's interview rubric (评分标准), e.g. 科研潜质 out of 40. */
export interface RubricCriterion {
  code: string;
  name: string;
  maxPoints: number;
}

/** A panel member's points per criterion code. */
export type SheetPoints = Readonly<Record<string, number>>;

/** A criterion a sheet got wrong: `field` is the criterion's code, `criterion` its name. */
export interface SheetError extends InputError {
  criterion: string;
}

/**
 * R-SEL-5: a score sheet gives every criterion of the rubric whole points from 0 to its maximum, and
 * nothing else; its total is the member's score of the interview. Every bad criterion is named at once.
 */
export function checkScoreSheet(rubric: readonly RubricCriterion[], points: SheetPoints): Result<number, SheetError[]> {
  const known = new Set(rubric.map((criterion) => criterion.code));
  const errors: SheetError[] = Object.keys(points)
    .filter((code) => !known.has(code))
    .map((code) => ({ field: code, criterion: code, code: 'UNKNOWN', message: `${code} is not a criterion of the rubric` }));
  for (const criterion of rubric) {
    const error = criterionError(criterion, points[criterion.code]);
    if (error) errors.push(error);
  }
  if (errors.length > 0) return err(errors);
  return ok(rubric.reduce((total, criterion) => total + points[criterion.code]!, 0));
}

function criterionError({ code, name, maxPoints }: RubricCriterion, value: number | undefined): SheetError | null {
  const error = (reason: string, message: string) => ({ field: code, criterion: name, code: reason, message: `${name}: ${message}` });
  if (value === undefined) return error('MISSING', 'no points given');
  if (!Number.isInteger(value)) return error('NOT_WHOLE', `points are whole numbers, got ${value}`);
  if (value < 0 || value > maxPoints) return error('OUT_OF_RANGE', `points are 0 to ${maxPoints}, got ${value}`);
  return null;
}

/** The most a sheet can total: the sum of the criteria's maxima. */
export const rubricMaximum = (rubric: readonly RubricCriterion[]): number => rubric.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
