import { roundScore } from './interview-score.js';

export interface ApplicantScores {
  applicationNumber: string;
  /** R-SEL-5 interview score; null when not interviewed or no member could score. */
  interview: number | null;
  /** R-SEL-2 potential assessment score, as imported. */
  assessment: number;
}

/** How the two scores combine: data of the cycle, e.g. { interview: 0.7, assessment: 0.3 }. */
export interface ScoreWeights {
  interview: number;
  assessment: number;
}

export interface RankedApplicant extends ApplicantScores {
  interview: number;
  combined: number;
  /** 1-based position; every applicant has their own, the tie-breaks decide. */
  rank: number;
}

function requireWeights(weights: ScoreWeights): void {
  const valid = (weight: number): boolean => Number.isFinite(weight) && weight >= 0;
  if (!valid(weights.interview) || !valid(weights.assessment) || weights.interview + weights.assessment === 0) {
    throw new RangeError(`weights must be at least 0 and not both 0, got ${JSON.stringify(weights)}`);
  }
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Higher combined first, then higher interview, then higher assessment, then the lower application number. */
function compare(a: Omit<RankedApplicant, 'rank'>, b: Omit<RankedApplicant, 'rank'>): number {
  return b.combined - a.combined || b.interview - a.interview || b.assessment - a.assessment || byCodeUnits(a.applicationNumber, b.applicationNumber);
}

/**
 * R-SEL-5: rank one discipline's interviewees by combined score = weights.interview × interview +
 * weights.assessment × assessment, rounded to two decimals. Ties are broken by the interview score,
 * then the assessment score, then the application number (code-unit order, so fixed-width numbers
 * sort as numbers): the order is total, the same for any input order. Applicants without an
 * interview score are not ranked and come back in `unranked`, in the order given.
 */
export function rankApplicants(rows: readonly ApplicantScores[], weights: ScoreWeights): { ranked: RankedApplicant[]; unranked: ApplicantScores[] } {
  requireWeights(weights);
  const scored = rows.flatMap((row) => {
    if (row.interview === null) return [];
    const combined = roundScore(weights.interview * row.interview + weights.assessment * row.assessment);
    return [{ ...row, interview: row.interview, combined }];
  });
  const ranked = scored.sort(compare).map((row, index) => ({ ...row, rank: index + 1 }));
  return { ranked, unranked: rows.filter((row) => row.interview === null) };
}

/**
 * R-SEL-5: the first `planned` of a discipline's ranking are admitted; the rest, in rank order,
 * are its waiting list. That `planned` keeps R-SEL-4 is checkCutOff's and checkPublication's job.
 */
export function admit<T>(ranked: readonly T[], planned: number): { admitted: T[]; waitlist: T[] } {
  if (!Number.isInteger(planned) || planned < 0) throw new RangeError(`planned must be a whole number of at least 0, got ${planned}`);
  return { admitted: ranked.slice(0, planned), waitlist: ranked.slice(planned) };
}
