import { describe, expect, it } from 'vitest';
import { admit, rankApplicants, type ApplicantScores } from './ranking.js';

const row = (applicationNumber: string, interview: number | null, assessment: number): ApplicantScores => ({ applicationNumber, interview, assessment });
const weights = { interview: 0.6, assessment: 0.4 };
const order = (rows: ApplicantScores[], w = weights): string[] => rankApplicants(rows, w).ranked.map((ranked) => ranked.applicationNumber);

describe('R-SEL-5 rankApplicants: combined score, then interview, then assessment, then application number', () => {
  it.each<[string, ApplicantScores[], string[], typeof weights?]>([
    ['by combined score', [row('A3', 70, 70), row('A1', 90, 80), row('A2', 80, 90)], ['A1', 'A2', 'A3']],
    ['a tie on combined: the higher interview first', [row('A1', 80, 90), row('A2', 90, 75)], ['A2', 'A1']], // 84 each
    ['a tie on combined and interview: the higher assessment first', [row('A1', 80, 80), row('A2', 80, 80.01)], ['A2', 'A1']],
    ['a tie on everything: the lower application number first', [row('YC2026-0012', 80, 80), row('YC2026-0002', 80, 80)], ['YC2026-0002', 'YC2026-0012']],
    ['combined rounded to two decimals before comparing', [row('A2', 80.004, 80), row('A1', 80, 80.006)], ['A2', 'A1']], // both 80.00; interview decides
    ['an assessment weight of 0: the interview alone', [row('A1', 70, 99), row('A2', 71, 0)], ['A2', 'A1'], { interview: 1, assessment: 0 }],
  ])('%s', (_, rows, expected, w = weights) => {
    expect(order(rows, w)).toEqual(expected);
    expect(order([...rows].reverse(), w)).toEqual(expected); // stable for any input order
  });

  it('R-SEL-5 the combined score and the rank are returned', () => {
    expect(rankApplicants([row('A1', 90, 80), row('A2', 80, 90)], weights).ranked).toEqual([
      { applicationNumber: 'A1', interview: 90, assessment: 80, combined: 86, rank: 1 },
      { applicationNumber: 'A2', interview: 80, assessment: 90, combined: 84, rank: 2 },
    ]);
  });

  it('R-SEL-5 applicants without an interview score are not ranked', () => {
    const result = rankApplicants([row('A1', null, 99), row('A2', 60, 60), row('A3', null, 50)], weights);
    expect(result.ranked.map((ranked) => ranked.applicationNumber)).toEqual(['A2']);
    expect(result.unranked.map((unranked) => unranked.applicationNumber)).toEqual(['A1', 'A3']);
  });

  it.each([
    [{ interview: 0, assessment: 0 }],
    [{ interview: -0.1, assessment: 1.1 }],
    [{ interview: Number.NaN, assessment: 1 }],
  ])('R-SEL-5 weights %j throw a RangeError', (bad) => {
    expect(() => rankApplicants([], bad)).toThrow(RangeError);
  });
});

describe('R-SEL-5 admit: the first `planned` are admitted, the rest are the waiting list in order', () => {
  const ranked = ['A', 'B', 'C', 'D'];
  it.each<[number, string[], string[]]>([
    [0, [], ['A', 'B', 'C', 'D']],
    [1, ['A'], ['B', 'C', 'D']],
    [3, ['A', 'B', 'C'], ['D']],
    [4, ['A', 'B', 'C', 'D'], []],
    [6, ['A', 'B', 'C', 'D'], []],
  ])('%i planned → admitted %j, waiting %j', (planned, admitted, waitlist) => {
    expect(admit(ranked, planned)).toEqual({ admitted, waitlist });
  });

  it.each([-1, 1.5])('R-SEL-5 planned %s throws', (planned) => {
    expect(() => admit(ranked, planned)).toThrow(RangeError);
  });
});
