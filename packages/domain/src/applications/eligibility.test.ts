import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityInput, type EligibilityRules } from './eligibility.js';

const rules: EligibilityRules = { subjectRankTopPercent: 10, overallRankTopPercent: 15, participatingSchoolIds: ['s-1', 's-2'] };
const student = (over: Partial<EligibilityInput>): EligibilityInput => ({
  grade: 10, schoolId: 's-1', gradeSize: 400, subjectRank: 1, overallRank: null, ...over,
});

describe('R-APP-1 checkEligibility: grade 10 or 11 at a participating school', () => {
  it.each([
    // grade, school, eligible
    [9, 's-1', false],
    [10, 's-1', true],
    [11, 's-1', true],
    [12, 's-1', false],
    [11, 's-2', true],
    [10, 's-9', false],
    [10, '', false],
    [12, 's-9', false],
  ])('grade %i at school %j → eligible %s', (grade, schoolId, eligible) => {
    const result = checkEligibility(student({ grade, schoolId }), rules);
    expect(result.eligible).toBe(eligible);
    for (const violation of result.violations) expect(violation.rule).toBe('R-APP-1');
    expect(result.violations).toHaveLength((grade === 10 || grade === 11 ? 0 : 1) + (schoolId.startsWith('s-') && schoolId !== 's-9' ? 0 : 1));
  });

  it('R-APP-1 a grade that is not a whole number is an input error, not a violation', () => {
    const result = checkEligibility(student({ grade: 10.5 }), rules);
    expect(result).toMatchObject({ eligible: false, violations: [], inputErrors: [{ field: 'grade', code: 'INVALID_GRADE' }] });
  });
});

describe('R-APP-2 checkEligibility: subject rank in the top 10% OR overall rank in the top 15% (⌊n·p/100⌋)', () => {
  it.each([
    // grade size, subject rank, overall rank, subject route, overall route
    [400, 40, null, true, false],
    [400, 41, null, false, false],
    [400, null, 60, false, true],
    [400, null, 61, false, false],
    [400, 41, 60, false, true],
    [400, 40, 61, true, false],
    [400, 40, 60, true, true],
    [400, 41, 61, false, false],
    [15, 1, 2, true, true], // ⌊1.5⌋ = 1, ⌊2.25⌋ = 2
    [15, 2, 3, false, false],
    [9, 1, 1, false, true], // top 10% of 9 is nobody; top 15% of 9 is the first 1
    [6, 1, 1, false, false], // ⌊0.6⌋ = 0, ⌊0.9⌋ = 0
    [7, 1, 1, false, true], // ⌊1.05⌋ = 1
  ])('grade of %i, subject rank %s, overall rank %s → subject %s, overall %s', (gradeSize, subjectRank, overallRank, subject, overall) => {
    const result = checkEligibility(student({ gradeSize, subjectRank, overallRank }), rules);
    expect(result.routes).toEqual({ subject, overall });
    expect(result.eligible).toBe(subject || overall);
    expect(result.inputErrors).toEqual([]);
    expect(result.violations.map((violation) => violation.rule)).toEqual(subject || overall ? [] : ['R-APP-2']);
  });

  it('R-APP-2 the violation names both ranks given and both thresholds', () => {
    expect(checkEligibility(student({ subjectRank: 41, overallRank: 61 }), rules).violations).toEqual([
      {
        rule: 'R-APP-2',
        message: 'subject rank 41 is not in the top 10% and overall rank 61 is not in the top 15% of a grade of 400; either the subject rank in the top 10% or the overall rank in the top 15% is needed',
      },
    ]);
  });

  it.each([
    // what, input, field, code
    ['no rank at all', { subjectRank: null, overallRank: null }, 'subjectRank', 'NO_RANK'],
    ['subject rank 0', { subjectRank: 0 }, 'subjectRank', 'INVALID_RANK'],
    ['overall rank -1', { subjectRank: null, overallRank: -1 }, 'overallRank', 'INVALID_RANK'],
    ['a rank of 2.5', { subjectRank: 2.5 }, 'subjectRank', 'INVALID_RANK'],
    ['a rank beyond the grade', { subjectRank: 401 }, 'subjectRank', 'RANK_ABOVE_GRADE_SIZE'],
    ['a grade of 0', { gradeSize: 0 }, 'gradeSize', 'INVALID_GRADE_SIZE'],
    ['a grade of NaN', { gradeSize: Number.NaN }, 'gradeSize', 'INVALID_GRADE_SIZE'],
  ] as const)('R-APP-2 %s is an input error, never a violation', (_, over, field, code) => {
    const result = checkEligibility(student(over), rules);
    expect(result.eligible).toBe(false);
    expect(result.violations).toEqual([]);
    expect(result.inputErrors.map((error) => [error.field, error.code])).toEqual([[field, code]]);
  });

  it('R-APP-2 a bad grade size is reported once though both ranks are given', () => {
    expect(checkEligibility(student({ gradeSize: -3, subjectRank: 1, overallRank: 1 }), rules).inputErrors).toHaveLength(1);
  });

  it('R-APP-2 a bad rank on one route leaves the student not yet eligible even when the other route qualifies', () => {
    const result = checkEligibility(student({ subjectRank: 0, overallRank: 1 }), rules);
    expect(result).toMatchObject({ eligible: false, violations: [], routes: { subject: false, overall: true } });
  });

  it('R-APP-2 a percent outside (0, 100] is a bad cycle setting and throws', () => {
    expect(() => checkEligibility(student({}), { ...rules, subjectRankTopPercent: 0 })).toThrow(RangeError);
  });

  it('R-APP-1 and R-APP-2 are all reported at once', () => {
    const result = checkEligibility(student({ grade: 12, schoolId: 'x', subjectRank: 399 }), rules);
    expect(result.violations.map((violation) => violation.rule)).toEqual(['R-APP-1', 'R-APP-1', 'R-APP-2']);
  });
});
