import { err, ok, type Result } from '../result.js';

export type RankInputErrorCode = 'INVALID_RANK' | 'INVALID_GRADE_SIZE' | 'RANK_ABOVE_GRADE_SIZE' | 'INVALID_PERCENT';

export interface RankInputError {
  code: RankInputErrorCode;
  message: string;
}

/** Percent settings carry at most two decimals, so they are compared as basis points. */
const BASIS_POINTS = 10_000;

/**
 * R-APP-2: is a rank inside the top `percent` of a grade?
 * Rounding: rank r of n is in the top p% when r ≤ ⌊n·p/100⌋, so a place is never
 * granted for a fraction of a student (top 10% of 15 is the first 1, of 9 is nobody).
 */
export function isInTopPercent(rank: number, gradeSize: number, percent: number): Result<boolean, RankInputError> {
  if (!Number.isInteger(gradeSize) || gradeSize < 1) {
    return err({ code: 'INVALID_GRADE_SIZE', message: `grade size must be a whole number of at least 1, got ${gradeSize}` });
  }
  if (!Number.isInteger(rank) || rank < 1) {
    return err({ code: 'INVALID_RANK', message: `rank must be a whole number of at least 1, got ${rank}` });
  }
  if (rank > gradeSize) {
    return err({ code: 'RANK_ABOVE_GRADE_SIZE', message: `rank ${rank} is beyond the grade size ${gradeSize}` });
  }
  const basisPoints = Math.round(percent * 100);
  if (!Number.isFinite(percent) || percent <= 0 || percent > 100 || Math.abs(basisPoints - percent * 100) > 1e-6) {
    return err({ code: 'INVALID_PERCENT', message: `percent must be above 0 and at most 100 with two decimals at most, got ${percent}` });
  }
  return ok(rank <= placesInTopPercent(gradeSize, percent));
}

/** R-APP-2: how many places the top `percent` of a grade holds, ⌊n·p/100⌋ (decision 006); the self-check says it. */
export function placesInTopPercent(gradeSize: number, percent: number): number {
  return Math.floor((gradeSize * Math.round(percent * 100)) / BASIS_POINTS);
}
