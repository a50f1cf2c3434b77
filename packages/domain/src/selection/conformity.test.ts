import { describe, expect, it } from 'vitest';
import { conformityFlags, type ConformityApplication, type ConformityContext } from './conformity.js';

const application: ConformityApplication = {
  disciplineCode: 'physics',
  eligibility: { grade: 11, schoolId: 's-1', gradeSize: 300, subjectRank: null, overallRank: 45 },
  mentorChoices: [{ mentorId: 'p1', rank: 1 }],
};
const context: ConformityContext = {
  eligibilityRules: { subjectRankTopPercent: 10, overallRankTopPercent: 15, participatingSchoolIds: ['s-1'] },
  maxChoices: 2,
  approvedMentorIdsByDiscipline: { physics: ['p1'], biology: ['b1'] },
  duplicateApplicationNumbers: [],
};
const withEligibility = (over: Partial<ConformityApplication['eligibility']>): Partial<ConformityApplication> => ({
  eligibility: { ...application.eligibility, ...over },
});

describe('R-SEL-1 conformityFlags: one flag per rule not met, empty when conformant', () => {
  it.each<[string, Partial<ConformityApplication>, Partial<ConformityContext>, string[]]>([
    ['a conformant application', {}, {}, []],
    ['R-APP-1 grade 12', withEligibility({ grade: 12 }), {}, ['R-APP-1']],
    ['R-APP-1 grade 9', withEligibility({ grade: 9 }), {}, ['R-APP-1']],
    ['R-APP-1 a grade that is not a number', withEligibility({ grade: Number.NaN }), {}, ['R-APP-1']],
    ['R-APP-1 R-SCOPE-3 a school not participating', withEligibility({ schoolId: 's-2' }), {}, ['R-APP-1']],
    ['R-APP-2 overall rank 45 of 300 is the last in the top 15%', {}, {}, []],
    ['R-APP-2 overall rank 46 of 300', withEligibility({ overallRank: 46 }), {}, ['R-APP-2']],
    ['R-APP-2 a rank beyond the grade', withEligibility({ overallRank: 301 }), {}, ['R-APP-2']],
    ['R-APP-3 a biology mentor for physics', { mentorChoices: [{ mentorId: 'b1', rank: 1 }] }, {}, ['R-APP-3']],
    ['R-APP-5 the same person twice', {}, { duplicateApplicationNumbers: ['YC2026-0007'] }, ['R-APP-5']],
    ['R-CONSENT-1 the guardian withdrew the consent', { consentWithdrawnOn: '2026-12-01' }, {}, ['R-CONSENT-1']],
    ['everything at once', { ...withEligibility({ grade: 12, schoolId: 'x', overallRank: 100 }), mentorChoices: [] }, { duplicateApplicationNumbers: ['YC2026-0007', 'YC2026-0009'] }, ['R-APP-1', 'R-APP-1', 'R-APP-2', 'R-APP-3', 'R-APP-5']],
  ])('%s → %j', (_, over, contextOver, rules) => {
    const flags = conformityFlags({ ...application, ...over }, { ...context, ...contextOver });
    expect(flags.map((flag) => flag.rule)).toEqual(rules);
  });

  it('R-APP-5 the flag names the other applications', () => {
    expect(conformityFlags(application, { ...context, duplicateApplicationNumbers: ['YC2026-0007', 'YC2026-0009'] })).toEqual([
      { rule: 'R-APP-5', message: 'the same ID number is on other applications of the cycle: YC2026-0007, YC2026-0009' },
    ]);
  });

  it('R-CONSENT-1 the flag says when the guardian withdrew', () => {
    expect(conformityFlags({ ...application, consentWithdrawnOn: '2026-12-01' }, context)).toEqual([
      { rule: 'R-CONSENT-1', message: 'the guardian withdrew the consent on 2026-12-01' },
    ]);
  });

  it('R-APP-2 an unreadable number says which field', () => {
    expect(conformityFlags({ ...application, ...withEligibility({ overallRank: 0 }) }, context)).toEqual([
      { rule: 'R-APP-2', message: 'overallRank: rank must be a whole number of at least 1, got 0' },
    ]);
  });
});
