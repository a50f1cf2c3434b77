import { describe, expect, it } from 'vitest';
import { checkAdmissions, checkInterviewRatio, checkPublication, maxAdmissions, requiredInterviewees } from './ratio.js';

describe('R-SEL-4 requiredInterviewees: ⌈ratio × admissions⌉, computed in hundredths', () => {
  it.each([
    // admissions, ratio, interviewees
    [5, 3, 15],
    [0, 3, 0],
    [1, 3, 3],
    [40, 3, 120],
    [5, 2.5, 13], // 12.5 → 13
    [4, 2.5, 10],
    [10, 0.7 + 1, 17], // 1.7 in floating point is 1.7000000000000002
    [3, 1.1, 4], // 3.3000000000000003 → 4, and 3.3 → 4 too
    [10, 1.1, 11], // 11.000000000000002 in floats; exactly 11 in hundredths
    [7, 1, 7],
    [3, 3.33, 10], // 9.99 → 10
  ])('%i admissions at %s : 1 → %i interviewees', (admissions, ratio, interviewees) => {
    expect(requiredInterviewees(admissions, ratio)).toBe(interviewees);
  });

  it.each([
    // interviewees, ratio, admissions
    [15, 3, 5],
    [14, 3, 4],
    [0, 3, 0],
    [2, 3, 0],
    [13, 2.5, 5],
    [12, 2.5, 4],
    [11, 1.1, 10],
  ])('R-SEL-4 maxAdmissions: %i interviewees at %s : 1 → %i admitted', (interviewees, ratio, admissions) => {
    expect(maxAdmissions(interviewees, ratio)).toBe(admissions);
  });

  it.each([
    [5, 0.5], [5, 0], [5, Number.NaN], [5, 3.001], [5, Number.POSITIVE_INFINITY], [-1, 3], [1.5, 3],
  ])('R-SEL-4 %s admissions at %s : 1 throws a RangeError', (admissions, ratio) => {
    expect(() => requiredInterviewees(admissions, ratio)).toThrow(RangeError);
  });
});

describe('R-SEL-4 checkInterviewRatio: per discipline and overall', () => {
  it.each<[string, [string, number, number][], (string | null)[]]>([
    ['exactly 3 : 1 everywhere', [['physics', 15, 5], ['maths', 30, 10]], []],
    ['one short in one discipline, so short overall', [['physics', 14, 5], ['maths', 30, 10]], ['physics', null]],
    ['one short, made up overall by another discipline', [['physics', 14, 5], ['maths', 31, 10]], ['physics']],
    ['short everywhere', [['physics', 14, 5], ['maths', 29, 10]], ['physics', 'maths', null]],
    ['a discipline admitting nobody', [['physics', 0, 0], ['maths', 3, 1]], []],
    ['a discipline admitting with no interviewees', [['physics', 0, 1]], ['physics', null]],
    ['no disciplines', [], []],
  ])('%s → violations for %j', (_, rows, codes) => {
    const violations = checkInterviewRatio(rows.map(([code, invited, admitted]) => ({ code, invited, admitted })), 3);
    expect(violations.map((violation) => violation.disciplineCode)).toEqual(codes);
    for (const violation of violations) expect(violation.rule).toBe('R-SEL-4');
  });

  it('R-SEL-4 the message says how many interviewees or admissions would do', () => {
    expect(checkInterviewRatio([{ code: 'physics', invited: 14, admitted: 5 }], 3)[0]?.message).toBe(
      'in physics, 14 interviewees for 5 admitted is below 3 : 1: at least 15 interviewees, or at most 4 admitted',
    );
  });

  it('R-SEL-4 a ratio of 2.5 needs 13 interviewees for 5', () => {
    expect(checkInterviewRatio([{ code: 'physics', invited: 12, admitted: 5 }], 2.5)).toHaveLength(2);
    expect(checkInterviewRatio([{ code: 'physics', invited: 13, admitted: 5 }], 2.5)).toEqual([]);
  });
});

describe('R-SEL-6 checkAdmissions: no fewer than the minimum in all', () => {
  it.each([
    [39, 40, 1],
    [40, 40, 0],
    [41, 40, 0],
    [0, 40, 1],
    [0, 0, 0],
  ])('%i admitted, minimum %i → %i violation(s)', (total, minimum, count) => {
    const violations = checkAdmissions(total, minimum);
    expect(violations).toHaveLength(count);
    for (const violation of violations) expect(violation.rule).toBe('R-SEL-6');
  });
});

describe('R-SEL-4 R-SEL-6 checkPublication: the ratio per discipline and overall, and the minimum', () => {
  const rows = (physics: [number, number], maths: [number, number]) => [
    { code: 'physics', invited: physics[0], admitted: physics[1] },
    { code: 'maths', invited: maths[0], admitted: maths[1] },
  ];
  it.each<[string, ReturnType<typeof rows>, string[]]>([
    ['40 admitted at 3 : 1', rows([60, 20], [60, 20]), []],
    ['39 admitted at 3 : 1', rows([60, 20], [60, 19]), ['R-SEL-6']],
    ['40 admitted, physics short', rows([59, 20], [61, 20]), ['R-SEL-4']],
    ['39 admitted, short everywhere', rows([59, 20], [50, 19]), ['R-SEL-4', 'R-SEL-4', 'R-SEL-4', 'R-SEL-6']],
  ])('%s → %j', (_, perDiscipline, rules) => {
    expect(checkPublication({ perDiscipline, interviewRatio: 3, minAdmissions: 40 }).map((violation) => violation.rule)).toEqual(rules);
  });
});
