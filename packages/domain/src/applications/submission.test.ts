import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from './id-number.js';
import { checkApplicationSubmission, type SubmissionInput } from './submission.js';

const id = (first17: string): string => first17 + idCheckCharacter(first17);
/** Born 2009-03-15: 16 in Nov 2025. */
const MINOR_ID = id('14010520090315123');
/** Born 2007-11-10: turns 18 on 2025-11-10. */
const TURNING_18_ID = id('14010520071110123');

const consent = { guardianName: '张伟', guardianPhone: '13812345678', consentVersion: '2025-1', consentedAt: '2025-11-03T09:30:00+08:00' };

const base: SubmissionInput = {
  today: '2025-11-15',
  registrationWindow: { startsOn: '2025-11-01', endsOn: '2025-11-30' },
  idNumber: MINOR_ID,
  consent,
  eligibility: { grade: 10, schoolId: 's-1', gradeSize: 400, subjectRank: 12, overallRank: null },
  eligibilityRules: { subjectRankTopPercent: 10, overallRankTopPercent: 15, participatingSchoolIds: ['s-1'] },
  mentorChoices: [{ mentorId: 'p1', rank: 1 }],
  mentorContext: { disciplineCode: 'physics', maxChoices: 2, approvedMentorIdsByDiscipline: { physics: ['p1'], chemistry: ['c1'] } },
  materials: [{ declaredName: '成绩单.pdf', detectedType: 'application/pdf', size: 300_000 }],
};

const material = { declaredName: 'a.png', detectedType: 'image/png', size: 1000 };

describe('checkApplicationSubmission: every rule of a submission, all at once', () => {
  it('a complete application in the window passes', () => {
    expect(checkApplicationSubmission(base)).toMatchObject({ ok: true, violations: [], inputErrors: [] });
  });

  it.each<[string, Partial<SubmissionInput>, string[]]>([
    ['R-APP-4 the day before the window opens', { today: '2025-10-31' }, ['R-APP-4']],
    ['R-APP-4 the first day of the window', { today: '2025-11-01' }, []],
    ['R-APP-4 the last day of the window', { today: '2025-11-30' }, []],
    ['R-APP-4 the day after the window closes', { today: '2025-12-01' }, ['R-APP-4']],
    ['R-APP-4 the day after, with the window extended to that day', { today: '2025-12-01', extendedUntil: '2025-12-01' }, []],
    ['R-CONSENT-1 a minor without consent', { consent: null }, ['R-CONSENT-1']],
    ['R-CONSENT-1 a consent with a blank phone', { consent: { ...consent, guardianPhone: ' ' } }, ['R-CONSENT-1']],
    ['R-CONSENT-1 the day before the 18th birthday, no consent', { idNumber: TURNING_18_ID, today: '2025-11-09', consent: null }, ['R-CONSENT-1']],
    ['R-CONSENT-1 on the 18th birthday, no consent needed', { idNumber: TURNING_18_ID, today: '2025-11-10', consent: null }, []],
    ['R-APP-1 grade 12', { eligibility: { ...base.eligibility, grade: 12 } }, ['R-APP-1']],
    ['R-APP-2 rank 41 of 400', { eligibility: { ...base.eligibility, subjectRank: 41 } }, ['R-APP-2']],
    ['R-APP-3 a chemistry mentor for physics', { mentorChoices: [{ mentorId: 'c1', rank: 1 }] }, ['R-APP-3']],
    ['R-APP-3 no materials is allowed', { materials: [] }, []],
    ['R-APP-3 five materials', { materials: Array(5).fill(material) }, []],
    ['R-APP-3 six materials', { materials: Array(6).fill(material) }, ['R-APP-3']],
    ['R-APP-3 a GIF', { materials: [{ declaredName: 'x.gif', detectedType: 'image/gif', size: 10 }] }, ['R-APP-3']],
    ['every rule broken at once', {
      today: '2025-12-01', consent: null,
      eligibility: { ...base.eligibility, grade: 9, subjectRank: 100 },
      mentorChoices: [], materials: Array(6).fill(material),
    }, ['R-APP-4', 'R-CONSENT-1', 'R-APP-1', 'R-APP-2', 'R-APP-3', 'R-APP-3']],
  ])('%s → %j', (_, over, rules) => {
    const result = checkApplicationSubmission({ ...base, ...over });
    expect(result.violations.map((violation) => violation.rule)).toEqual(rules);
    expect(result.inputErrors).toEqual([]);
    expect(result.ok).toBe(rules.length === 0);
  });

  it('R-APP-5 a malformed ID number is an input error, and consent waits for it', () => {
    const result = checkApplicationSubmission({ ...base, idNumber: '1401052009031512', consent: null });
    expect(result.ok).toBe(false);
    expect(result.violations).toEqual([]);
    expect(result.inputErrors.map((error) => [error.field, error.code])).toEqual([['idNumber', 'LENGTH']]);
  });

  it('R-APP-2 input errors of eligibility are passed on', () => {
    const result = checkApplicationSubmission({ ...base, eligibility: { ...base.eligibility, subjectRank: 0 } });
    expect(result.inputErrors.map((error) => [error.field, error.code])).toEqual([['subjectRank', 'INVALID_RANK']]);
    expect(result.ok).toBe(false);
  });

  it('R-APP-2 the eligibility routes are returned for the applicant page', () => {
    expect(checkApplicationSubmission(base).eligibility.routes).toEqual({ subject: true, overall: false });
  });
});
