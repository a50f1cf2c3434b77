import { describe, expect, it } from 'vitest';
import { proposeAdmissions, type AdmissionCandidate } from './admission.js';

const weights = { assessment: 0.4, interview: 0.6 };
const candidate = (applicationNumber: string, assessment: number, interview: number | null, decision: AdmissionCandidate['decision'] = null): AdmissionCandidate =>
  ({ applicationNumber, assessment, interview, decision });

describe('R-SEL-5 proposeAdmissions: the ranking, admit’s proposal and the decision that stands', () => {
  const candidates = [candidate('A1', 90, 70), candidate('A2', 80, 90), candidate('A3', 70, 60), candidate('A4', 95, null)];

  it('R-SEL-5 proposes the first `planned` by combined score and waitlists the rest', () => {
    const result = proposeAdmissions(candidates, 1, weights);
    expect(result.rows.map((row) => [row.applicationNumber, row.rank, row.combined, row.proposal, row.decision])).toEqual([
      ['A2', 1, 86, 'admitted', 'admitted'],
      ['A1', 2, 78, 'waitlisted', 'waitlisted'],
      ['A3', 3, 64, 'waitlisted', 'waitlisted'],
    ]);
    expect(result).toMatchObject({ interviewees: 4, admitted: 1 });
  });

  it('R-SEL-5 the office’s decision overrides the proposal and is counted', () => {
    const result = proposeAdmissions([candidate('A1', 90, 70, 'admitted'), candidate('A2', 80, 90, 'not_admitted'), candidate('A3', 70, 60)], 1, weights);
    expect(result.rows.map((row) => [row.applicationNumber, row.proposal, row.decision])).toEqual([
      ['A2', 'admitted', 'not_admitted'],
      ['A1', 'waitlisted', 'admitted'],
      ['A3', 'waitlisted', 'waitlisted'],
    ]);
    expect(result.admitted).toBe(1);
  });

  it('R-SEL-5 the weights are the cycle’s: the assessment alone reorders', () => {
    const result = proposeAdmissions(candidates, 1, { assessment: 1, interview: 0 });
    expect(result.rows[0]!.applicationNumber).toBe('A1');
  });
});
