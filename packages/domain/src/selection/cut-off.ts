import type { RuleViolation } from '../result.js';
import { maxAdmissions, requiredInterviewees } from './ratio.js';

export interface CutOffProposal {
  /** Invite scores ≥ this; null when nobody is to be invited (no plan, or no scores). */
  cutOff: number | null;
  invited: number;
  /** ⌈ratio × planned⌉ (R-SEL-4). */
  required: number;
  /** invited / planned; null when nothing is planned. */
  ratioAchieved: number | null;
  /** Whether `invited` reaches `required`; false when there are too few applicants. */
  reachable: boolean;
  /** The most admissions the invited allow under the ratio (⌊invited / ratio⌋). */
  maxAdmissions: number;
}

function requireScores(scores: readonly number[]): void {
  const bad = scores.find((score) => !Number.isFinite(score));
  if (bad !== undefined) throw new RangeError(`scores must be finite numbers, got ${bad}`);
}

const countAtOrAbove = (scores: readonly number[], cutOff: number): number => scores.filter((score) => score >= cutOff).length;

/**
 * R-SEL-3, R-SEL-4: the highest cut-off that invites at least ⌈ratio × planned⌉ applicants of a
 * discipline. Everyone tied at the cut-off is invited, so more may be invited than required. With
 * fewer applicants than required, the cut-off is the lowest score (everyone) and `reachable` is
 * false; with nothing planned, nobody is invited. Scores are compared exactly as imported.
 */
export function proposeCutOff(scores: readonly number[], planned: number, ratio: number): CutOffProposal {
  requireScores(scores);
  const required = requiredInterviewees(planned, ratio);
  const descending = [...scores].sort((a, b) => b - a);
  const cutOff = required === 0 ? null : (descending[Math.min(required, descending.length) - 1] ?? null);
  const invited = cutOff === null ? 0 : countAtOrAbove(scores, cutOff);
  return {
    cutOff,
    invited,
    required,
    ratioAchieved: planned === 0 ? null : invited / planned,
    reachable: invited >= required,
    maxAdmissions: maxAdmissions(invited, ratio),
  };
}

export interface CutOffCheckInput {
  scores: readonly number[];
  cutOff: number;
  planned: number;
  ratio: number;
}

/**
 * R-SEL-4: refuse a cut-off whose invitees (scores ≥ cut-off) are fewer than ⌈ratio × planned⌉.
 * A lower cut-off than proposed is allowed (more are invited); when even the lowest score cannot
 * reach the ratio, the message says how many admissions the invitees allow, so the plan is lowered.
 */
export function checkCutOff(input: CutOffCheckInput): { invited: number; required: number; maxAdmissions: number; violations: RuleViolation[] } {
  const { scores, cutOff, planned, ratio } = input;
  requireScores(scores);
  if (!Number.isFinite(cutOff)) throw new RangeError(`the cut-off must be a finite number, got ${cutOff}`);
  const invited = countAtOrAbove(scores, cutOff);
  const required = requiredInterviewees(planned, ratio);
  // The most the discipline can plan at all: every assessed applicant invited.
  const most = maxAdmissions(scores.length, ratio);
  if (invited >= required) return { invited, required, maxAdmissions: most, violations: [] };
  const lower = scores.length >= required ? 'lower the cut-off' : `plan at most ${most} admissions: there are only ${scores.length} applicants`;
  const message = `a cut-off of ${cutOff} invites ${invited}, fewer than the ${required} needed for ${planned} admissions at ${ratio} : 1; ${lower}`;
  return { invited, required, maxAdmissions: most, violations: [{ rule: 'R-SEL-4', message }] };
}
