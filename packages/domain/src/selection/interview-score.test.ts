import { describe, expect, it } from 'vitest';
import { interviewScore, roundScore, type PanelScore } from './interview-score.js';

const member = (memberId: string, score: number | null, conflict = false): PanelScore => ({ memberId, score, conflict });

describe('R-SEL-5 interviewScore: the mean of members who scored without a conflict', () => {
  it.each<[string, PanelScore[], number | null]>([
    ['three members', [member('a', 80), member('b', 90), member('c', 85)], 85],
    ['a conflicted member who scored is left out', [member('a', 80), member('b', 100, true), member('c', 90)], 85],
    ['a conflicted member without a score', [member('a', 80), member('b', null, true)], 80],
    ['a member who did not score is left out', [member('a', 80), member('b', null), member('c', 70)], 75],
    ['everyone conflicted', [member('a', 80, true), member('b', 90, true)], null],
    ['nobody scored', [member('a', null), member('b', null)], null],
    ['no panel', [], null],
    ['one member', [member('a', 77.5)], 77.5],
    ['a zero counts', [member('a', 0), member('b', 90)], 45],
    ['a repeating mean is rounded to two decimals', [member('a', 80), member('b', 80), member('c', 81)], 80.33],
    ['half up', [member('a', 80.01), member('b', 80.02)], 80.02], // 80.015
    ['the order does not matter', [member('c', 81), member('a', 80), member('b', 80)], 80.33],
    ['decimal marks that float badly', [member('a', 0.1), member('b', 0.2)], 0.15],
  ])('%s → %s', (_, scores, expected) => {
    expect(interviewScore(scores)).toBe(expected);
  });

  it('R-SEL-5 a score that is not finite throws', () => {
    expect(() => interviewScore([member('a', Number.NaN)])).toThrow(RangeError);
  });

  it('R-SEL-5 a NaN from a conflicted member does not matter: it is not counted', () => {
    expect(interviewScore([member('a', Number.NaN, true), member('b', 60)])).toBe(60);
  });

  it.each([
    [1.005, 1.01], // 100.49999999999999 before the precision step
    [80.333333, 80.33],
    [80.335, 80.34],
    [2.675, 2.68],
  ])('R-SEL-5 roundScore(%s) → %s', (value, expected) => {
    expect(roundScore(value)).toBe(expected);
  });
});
