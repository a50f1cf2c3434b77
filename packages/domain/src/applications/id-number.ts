import { isCalendarDate } from '../cycle/calendar-date.js';
import type { CalendarDate } from '../cycle/cycle.js';
import { err, ok, type Result } from '../result.js';

export type Gender = 'male' | 'female';

/** A valid mainland resident ID number (GB 11643-1999) and what it says of its holder. */
export interface IdNumber {
  /** 18 characters, a check character X in upper case. */
  number: string;
  dateOfBirth: CalendarDate;
  gender: Gender;
}

export type IdNumberErrorCode = 'LENGTH' | 'CHARACTERS' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export interface IdNumberError {
  code: IdNumberErrorCode;
  message: string;
}

/** ISO 7064 MOD 11-2: weight of position i (0-based) is 2^(17-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character for each remainder of the weighted sum mod 11. */
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The check character of the first 17 digits of a resident ID number. */
export function idCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

const fail = (code: IdNumberErrorCode, message: string): Result<never, IdNumberError> => err({ code, message });

/**
 * A mainland resident ID number (GB 11643-1999): 6-digit area, birth date YYYYMMDD, 3-digit
 * sequence (odd for men), a MOD 11-2 check character. Surrounding spaces are trimmed and a
 * lower-case x is accepted and returned as X. Checked in order: length, characters, birth date
 * (a real calendar date), check character; the first problem is the error. Whether the date of
 * birth is plausible for an applicant is the caller's check; the area code is not checked.
 */
export function checkIdNumber(id: string): Result<IdNumber, IdNumberError> {
  const number = id.trim().toUpperCase();
  if (number.length !== 18) return fail('LENGTH', `a resident ID number has 18 characters, this one has ${number.length}`);
  if (!SHAPE.test(number)) return fail('CHARACTERS', 'a resident ID number is 17 digits followed by a digit or X');
  const dateOfBirth = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isCalendarDate(dateOfBirth)) return fail('BIRTH_DATE', `characters 7 to 14 must be a real date of birth YYYYMMDD, got ${number.slice(6, 14)}`);
  const expected = idCheckCharacter(number.slice(0, 17));
  if (number[17] !== expected) return fail('CHECK_DIGIT', 'the last character does not match the check digit of the first 17: the number is mistyped');
  return ok({ number, dateOfBirth, gender: Number(number[16]) % 2 === 1 ? 'male' : 'female' });
}
