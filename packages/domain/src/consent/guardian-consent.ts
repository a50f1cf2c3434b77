import { isCalendarDate } from '../cycle/calendar-date.js';
import type { CalendarDate } from '../cycle/cycle.js';
import type { RuleViolation } from '../result.js';

/** The age of majority (Civil Code of the PRC, art. 17): younger applicants need a guardian. */
export const AGE_OF_MAJORITY = 18;

/** A guardian's consent as recorded with an application; `consentedAt` is an ISO instant. */
export interface GuardianConsent {
  guardianName: string;
  guardianPhone: string;
  consentVersion: string;
  consentedAt: string;
}

export interface GuardianConsentInput {
  dateOfBirth: CalendarDate;
  today: CalendarDate;
  consent: GuardianConsent | null;
}

function parts(date: CalendarDate, name: string): [year: number, month: number, day: number] {
  if (!isCalendarDate(date)) throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

/**
 * Completed years on `today`. A birthday is reached when the month and day are reached, so a
 * person born on Feb 29 turns a year older on Mar 1 in a non-leap year (and on Feb 29 in a leap
 * one). A date of birth after today gives a negative age. Dates are validated at the boundary
 * (`isCalendarDate`); a malformed one here is a programming error and throws a RangeError.
 */
export function ageOn(dateOfBirth: CalendarDate, today: CalendarDate): number {
  const [birthYear, birthMonth, birthDay] = parts(dateOfBirth, 'dateOfBirth');
  const [year, month, day] = parts(today, 'today');
  const birthdayReached = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (birthdayReached ? 0 : 1);
}

/** R-CONSENT-1: under 18 on `today` (a date of birth in the future counts as a minor). */
export function needsGuardianConsent(dateOfBirth: CalendarDate, today: CalendarDate): boolean {
  return ageOn(dateOfBirth, today) < AGE_OF_MAJORITY;
}

const CONSENT_FIELDS: readonly [keyof GuardianConsent, string][] = [
  ['guardianName', "the guardian's name"],
  ['guardianPhone', "the guardian's phone number"],
  ['consentVersion', 'the version of the consent text agreed to'],
  ['consentedAt', 'the time of consent'],
];

/**
 * R-CONSENT-1: an applicant under 18 needs a guardian's consent (stricter than the Personal
 * Information Protection Law, art. 31 of which requires it under 14). Nothing is required of an
 * adult; a minor without consent gets one violation, a consent with blank fields (after trimming)
 * one per blank field.
 */
export function checkGuardianConsent(input: GuardianConsentInput): RuleViolation[] {
  if (!needsGuardianConsent(input.dateOfBirth, input.today)) return [];
  const age = ageOn(input.dateOfBirth, input.today);
  const { consent } = input;
  if (consent === null) {
    return [{ rule: 'R-CONSENT-1', message: `a student under ${AGE_OF_MAJORITY} (aged ${age} on ${input.today}) needs a guardian's consent` }];
  }
  return CONSENT_FIELDS.filter(([field]) => consent[field].trim() === '').map(([, label]) => ({
    rule: 'R-CONSENT-1',
    message: `the guardian's consent for a student under ${AGE_OF_MAJORITY} must record ${label}`,
  }));
}
