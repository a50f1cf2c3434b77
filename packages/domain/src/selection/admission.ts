import { admit, rankApplicants, type ApplicantScores, type RankedApplicant, type ScoreWeights } from './ranking.js';

/** What the office decides for an interviewee before the admitted list is published (R-SEL-5). */
export type AdmissionDecision = 'admitted' | 'waitlisted' | 'not_admitted';

export const ADMISSION_DECISIONS: readonly AdmissionDecision[] = ['admitted', 'waitlisted', 'not_admitted'];

export interface AdmissionCandidate extends ApplicantScores {
  /** The office's own decision; null follows the proposal. */
  decision: AdmissionDecision | null;
}

export type AdmissionRow<T> = T & Omit<RankedApplicant, keyof ApplicantScores> & { proposal: AdmissionDecision; decision: AdmissionDecision };

export interface DisciplineAdmissions<T> {
  rows: AdmissionRow<T>[];
  /** Interviewees of the discipline: the R-SEL-4 count beside the admitted. */
  interviewees: number;
  admitted: number;
}

/**
 * R-SEL-5: one discipline's ranking with admit's proposal (the first `planned` admitted, the rest on the
 * waiting list) and the decision that stands: the office's where it made one, else the proposal.
 * Interviewees without an interview score are not ranked (decision 016) and are not returned.
 */
export function proposeAdmissions<T extends AdmissionCandidate>(candidates: readonly T[], planned: number, weights: ScoreWeights): DisciplineAdmissions<T> {
  const byNumber = new Map(candidates.map((candidate) => [candidate.applicationNumber, candidate]));
  const { ranked } = rankApplicants(candidates, weights);
  const proposedIn = new Set(admit(ranked, planned).admitted.map((row) => row.applicationNumber));
  const rows = ranked.map((ranked) => {
    const candidate = byNumber.get(ranked.applicationNumber)!;
    const proposal: AdmissionDecision = proposedIn.has(ranked.applicationNumber) ? 'admitted' : 'waitlisted';
    return { ...candidate, combined: ranked.combined, rank: ranked.rank, proposal, decision: candidate.decision ?? proposal };
  });
  return { rows, interviewees: candidates.length, admitted: rows.filter((row) => row.decision === 'admitted').length };
}
