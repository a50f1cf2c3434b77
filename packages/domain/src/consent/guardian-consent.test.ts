import { describe, expect, it } from 'vitest';
import { ageOn, checkGuardianConsent, needsGuardianConsent, type GuardianConsent } from './guardian-consent.js';

const consent: GuardianConsent = {
  guardianName: '张伟',
  guardianPhone: '13812345678',
  consentVersion: '2025-1',
  consentedAt: '2025-11-03T09:30:00+08:00',
};

describe('R-CONSENT-1 ageOn: completed years, a birthday reached on its month and day', () => {
  it.each([
    // date of birth, today, age
    ['2008-06-15', '2026-06-14', 17], // the day before the 18th birthday
    ['2008-06-15', '2026-06-15', 18], // on it
    ['2008-06-15', '2026-06-16', 18], // the day after
    ['2008-06-15', '2026-01-01', 17],
    ['2008-06-15', '2025-12-31', 17],
    ['2007-12-31', '2025-12-31', 18],
    ['2008-01-01', '2025-12-31', 17],
    ['2008-02-29', '2026-02-28', 17], // Feb 29 in a non-leap year: not yet
    ['2008-02-29', '2026-03-01', 18], // Mar 1 in a non-leap year: a year older
    ['2008-02-29', '2025-02-28', 16],
    ['2008-02-29', '2025-03-01', 17],
    ['2004-02-29', '2024-02-28', 19], // in a leap year the birthday is Feb 29 itself
    ['2004-02-29', '2024-02-29', 20],
    ['2008-03-01', '2026-02-28', 17],
    ['2008-03-01', '2026-03-01', 18],
    ['2010-09-01', '2010-09-01', 0],
    ['2010-09-01', '2011-08-31', 0],
    ['2010-09-01', '2011-09-01', 1],
    ['2026-09-01', '2026-08-31', -1], // born after today: negative, and so a minor
  ])('born %s, on %s → %i', (dateOfBirth, today, age) => {
    expect(ageOn(dateOfBirth, today)).toBe(age);
  });

  it.each([
    ['2008-02-30', '2026-01-01'],
    ['2008-6-15', '2026-01-01'],
    ['2008-06-15', '2026-13-01'],
    ['2008-06-15', ''],
    ['2008-06-15T00:00:00Z', '2026-01-01'],
  ])('refuses a malformed date (born %j, on %j) with a RangeError', (dateOfBirth, today) => {
    expect(() => ageOn(dateOfBirth, today)).toThrow(RangeError);
  });
});

describe('R-CONSENT-1 needsGuardianConsent: under 18 on the day', () => {
  it.each([
    ['2008-06-15', '2026-06-14', true],
    ['2008-06-15', '2026-06-15', false],
    ['2008-06-15', '2026-06-16', false],
    ['2008-02-29', '2026-02-28', true],
    ['2008-02-29', '2026-03-01', false],
    ['2012-05-20', '2025-11-01', true],
    ['1990-01-01', '2025-11-01', false],
    ['2030-01-01', '2025-11-01', true],
  ])('born %s, on %s → %s', (dateOfBirth, today, expected) => {
    expect(needsGuardianConsent(dateOfBirth, today)).toBe(expected);
  });
});

describe('R-CONSENT-1 checkGuardianConsent: a minor needs a complete guardian consent', () => {
  it.each([
    // date of birth, today, consent, violations
    ['2008-06-15', '2026-06-14', null, 1], // the day before the 18th birthday
    ['2008-06-15', '2026-06-15', null, 0], // on it
    ['2008-06-15', '2026-06-16', null, 0], // the day after
    ['2008-02-29', '2026-02-28', null, 1],
    ['2008-02-29', '2026-03-01', null, 0],
    ['2008-06-15', '2026-06-14', consent, 0],
    ['2012-05-20', '2025-11-01', consent, 0],
    ['2012-05-20', '2025-11-01', { ...consent, guardianName: '' }, 1],
    ['2012-05-20', '2025-11-01', { ...consent, guardianName: '  ' }, 1],
    ['2012-05-20', '2025-11-01', { ...consent, guardianPhone: '\t' }, 1],
    ['2012-05-20', '2025-11-01', { ...consent, consentVersion: '' }, 1],
    ['2012-05-20', '2025-11-01', { ...consent, consentedAt: ' ' }, 1],
    ['2012-05-20', '2025-11-01', { guardianName: '', guardianPhone: '', consentVersion: '', consentedAt: '' }, 4],
    ['1990-01-01', '2025-11-01', { guardianName: '', guardianPhone: '', consentVersion: '', consentedAt: '' }, 0],
  ])('born %s, on %s, consent %j → %i violations', (dateOfBirth, today, given, count) => {
    const violations = checkGuardianConsent({ dateOfBirth, today, consent: given });
    expect(violations).toHaveLength(count);
    for (const violation of violations) expect(violation.rule).toBe('R-CONSENT-1');
  });

  it('names the missing consent and the blank fields', () => {
    expect(checkGuardianConsent({ dateOfBirth: '2012-05-20', today: '2025-11-01', consent: null })).toEqual([
      { rule: 'R-CONSENT-1', message: "a student under 18 (aged 13 on 2025-11-01) needs a guardian's consent" },
    ]);
    expect(
      checkGuardianConsent({ dateOfBirth: '2012-05-20', today: '2025-11-01', consent: { ...consent, guardianName: ' ', consentedAt: '' } }),
    ).toEqual([
      { rule: 'R-CONSENT-1', message: "the guardian's consent for a student under 18 must record the guardian's name" },
      { rule: 'R-CONSENT-1', message: "the guardian's consent for a student under 18 must record the time of consent" },
    ]);
  });
});
