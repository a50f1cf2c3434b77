import { describe, expect, it } from 'vitest';
import { checkCutOff, proposeCutOff } from './cut-off.js';

describe('R-SEL-3 R-SEL-4 proposeCutOff: the highest cut-off inviting at least ⌈ratio × planned⌉', () => {
  it.each<[string, number[], number, number, number | null, number, number, boolean]>([
    // what, scores, planned, ratio, cut-off, invited, required, reachable
    ['exactly enough distinct scores', [90, 85, 80, 75, 70, 65, 60], 2, 3, 65, 6, 6, true],
    ['given in any order', [60, 90, 70, 85, 65, 75, 80], 2, 3, 65, 6, 6, true],
    ['a tie at the boundary invites both', [90, 85, 80, 75, 70, 65, 65, 60], 2, 3, 65, 7, 6, true],
    ['a tie of three across the boundary', [90, 85, 80, 75, 70, 70, 70, 60], 2, 3, 70, 7, 6, true],
    ['a tie just above the boundary does not move it', [90, 85, 80, 80, 70, 65, 60], 2, 3, 65, 6, 6, true],
    ['all scores equal: everyone', [70, 70, 70, 70, 70, 70, 70, 70], 2, 3, 70, 8, 6, true],
    ['all scores equal, exactly enough', [70, 70, 70], 1, 3, 70, 3, 3, true],
    ['one applicant too few: everyone, unreachable', [90, 85, 80, 75, 70], 2, 3, 70, 5, 6, false],
    ['a single applicant', [88], 1, 3, 88, 1, 3, false],
    ['no applicants', [], 2, 3, null, 0, 6, false],
    ['nothing planned: nobody invited', [90, 85], 0, 3, null, 0, 0, true],
    ['nothing planned, no applicants', [], 0, 3, null, 0, 0, true],
    ['decimals', [88.5, 88.25, 87.75, 87.5, 87.5, 60.1], 1, 3, 87.75, 3, 3, true],
    ['decimals tied at the boundary', [88.5, 87.5, 87.5, 87.25], 1, 2, 87.5, 3, 2, true],
    ['ratio 2.5 of 5 planned needs 13', Array.from({ length: 20 }, (_, i) => 100 - i), 5, 2.5, 88, 13, 13, true],
    ['negative and zero scores', [0, -1, 5], 1, 3, -1, 3, 3, true],
  ])('%s', (_, scores, planned, ratio, cutOff, invited, required, reachable) => {
    const proposal = proposeCutOff(scores, planned, ratio);
    expect(proposal).toMatchObject({ cutOff, invited, required, reachable });
    expect(proposal.ratioAchieved).toBe(planned === 0 ? null : invited / planned);
  });

  it('R-SEL-4 an unreachable ratio says how many admissions the invitees allow', () => {
    expect(proposeCutOff([90, 85, 80, 75, 70], 2, 3)).toEqual({ cutOff: 70, invited: 5, required: 6, ratioAchieved: 2.5, reachable: false, maxAdmissions: 1 });
  });

  it('R-SEL-3 the input is not reordered', () => {
    const scores = [60, 90, 70];
    proposeCutOff(scores, 1, 3);
    expect(scores).toEqual([60, 90, 70]);
  });

  it.each([[[1, Number.NaN]], [[Number.POSITIVE_INFINITY]]])('R-SEL-3 scores %j throw a RangeError', (scores) => {
    expect(() => proposeCutOff(scores, 1, 3)).toThrow(RangeError);
  });

  it('R-SEL-4 a bad plan or ratio throws a RangeError', () => {
    expect(() => proposeCutOff([1, 2, 3], -1, 3)).toThrow(RangeError);
    expect(() => proposeCutOff([1, 2, 3], 1, 0.5)).toThrow(RangeError);
  });
});

describe('R-SEL-4 checkCutOff: refuse a cut-off that invites fewer than ⌈ratio × planned⌉', () => {
  const scores = [90, 85, 80, 75, 70, 65, 65, 60];
  it.each([
    // cut-off, planned, invited, refused
    [65, 2, 7, false], // the proposal
    [60, 2, 8, false], // lower: more invited
    [65.5, 2, 5, true], // just above the tie
    [70, 2, 5, true],
    [75, 1, 4, false],
    [80, 1, 3, false],
    [80.01, 1, 2, true],
    [100, 0, 0, false], // nothing planned
    [0, 3, 8, true], // 9 needed, only 8 applicants
  ])('cut-off %s for %i planned → %i invited, refused %s', (cutOff, planned, invited, refused) => {
    const result = checkCutOff({ scores, cutOff, planned, ratio: 3 });
    expect(result.invited).toBe(invited);
    expect(result.violations.map((violation) => violation.rule)).toEqual(refused ? ['R-SEL-4'] : []);
  });

  it('R-SEL-4 the message asks for a lower cut-off when one would do', () => {
    expect(checkCutOff({ scores, cutOff: 70, planned: 2, ratio: 3 }).violations[0]?.message).toBe(
      'a cut-off of 70 invites 5, fewer than the 6 needed for 2 admissions at 3 : 1; lower the cut-off',
    );
  });

  it('R-SEL-4 the message asks for a smaller plan when no cut-off would do', () => {
    expect(checkCutOff({ scores, cutOff: 0, planned: 3, ratio: 3 }).violations[0]?.message).toBe(
      'a cut-off of 0 invites 8, fewer than the 9 needed for 3 admissions at 3 : 1; plan at most 2 admissions: there are only 8 applicants',
    );
  });
});
