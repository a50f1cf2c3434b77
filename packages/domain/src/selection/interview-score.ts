/** One panel member's score of one interview. */
export interface PanelScore {
  memberId: string;
  /** Null when the member did not score (absent, or conflicted). */
  score: number | null;
  /** The member declared a conflict of interest with this applicant (e.g. teacher, relative). */
  conflict: boolean;
}

/** Scores are kept to two decimals, so the same marks give the same score whatever their order. */
export function roundScore(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/**
 * R-SEL-5: the interview score is the mean of the members who scored and declared no conflict,
 * rounded to two decimals (half up); a conflicted member's score is left out even if given.
 * None left → null (the applicant cannot be ranked). A score that is not finite throws a RangeError.
 */
export function interviewScore(scores: readonly PanelScore[]): number | null {
  const counted = scores.filter((row) => !row.conflict && row.score !== null).map((row) => row.score as number);
  const bad = counted.find((score) => !Number.isFinite(score));
  if (bad !== undefined) throw new RangeError(`an interview score must be a finite number, got ${bad}`);
  if (counted.length === 0) return null;
  return roundScore(counted.reduce((sum, score) => sum + score, 0) / counted.length);
}
