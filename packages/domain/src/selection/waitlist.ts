import type { DisciplineCounts, SelectionViolation } from './ratio.js';
import { checkInterviewRatio } from './ratio.js';

export interface WaitlistOfferInput<T> {
  disciplineCode: string;
  /** The discipline's waiting list in rank order (admit's `waitlist`, less those already offered). */
  waitlist: readonly T[];
  /** Interviewees and admitted per discipline now: the student who declined no longer counts as admitted. */
  perDiscipline: readonly DisciplineCounts[];
  interviewRatio: number;
}

export interface WaitlistOffer<T> {
  /** Who gets the place; null when the list is empty or the ratio would break. */
  offer: T | null;
  /** The waiting list after the offer. */
  waitlist: T[];
  violations: SelectionViolation[];
}

/**
 * R-SEL-4: when an admitted student declines, the next on that discipline's waiting list gets the
 * place only if one more admission there still keeps interviewees : admitted ≥ ratio in the
 * discipline and overall. An empty waiting list offers nothing and breaks no rule.
 */
export function offerToWaitlist<T>(input: WaitlistOfferInput<T>): WaitlistOffer<T> {
  const { disciplineCode, waitlist, perDiscipline, interviewRatio } = input;
  if (!perDiscipline.some((row) => row.code === disciplineCode)) {
    throw new RangeError(`no counts for discipline ${JSON.stringify(disciplineCode)}`);
  }
  const [next, ...rest] = waitlist;
  if (next === undefined) return { offer: null, waitlist: [], violations: [] };
  const after = perDiscipline.map((row) => (row.code === disciplineCode ? { ...row, admitted: row.admitted + 1 } : row));
  // Another discipline's shortfall is not this place's to fix, so only this one and the overall count.
  const violations = checkInterviewRatio(after, interviewRatio).filter((found) => found.disciplineCode === disciplineCode || found.disciplineCode === null);
  if (violations.length > 0) return { offer: null, waitlist: [...waitlist], violations };
  return { offer: next, waitlist: rest, violations: [] };
}
