import { isCalendarDate } from '../cycle/calendar-date.js';
import type { CalendarDate } from '../cycle/cycle.js';

/** The earliest date of birth taken: nobody living was born before it. */
export const EARLIEST_DATE_OF_BIRTH: CalendarDate = '1900-01-01';

/**
 * What is wrong with a date of birth given on `today`: not a date YYYY-MM-DD, or outside
 * EARLIEST_DATE_OF_BIRTH … today (a typo such as 1800 or 9999); null when it can be a person's.
 */
export function checkDateOfBirth(value: string, today: CalendarDate): 'INVALID_DATE' | 'IMPLAUSIBLE_DATE' | null {
  if (!isCalendarDate(value)) return 'INVALID_DATE';
  return value < EARLIEST_DATE_OF_BIRTH || value > today ? 'IMPLAUSIBLE_DATE' : null;
}
