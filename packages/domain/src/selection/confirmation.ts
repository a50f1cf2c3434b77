import type { ApplicationStatus } from '../applications/application-status.js';
import { isCalendarDate } from '../cycle/calendar-date.js';
import type { CalendarDate } from '../cycle/cycle.js';
import type { DisciplineCounts } from './ratio.js';

/** Statuses of an applicant who was interviewed, whatever came of it: R-SEL-4's interviewees. */
const INTERVIEWED: readonly ApplicationStatus[] = ['interviewed', 'admitted', 'waitlisted', 'not_admitted', 'confirmed', 'declined'];
/** Who holds a place: a declined place is empty again. */
const HOLDING_A_PLACE: readonly ApplicationStatus[] = ['admitted', 'confirmed'];

export interface DisciplineStatus {
  disciplineCode: string;
  status: ApplicationStatus;
}

/**
 * R-SEL-4's counts per discipline, from each application's status: interviewees are all who were
 * interviewed (a decline does not undo an interview); admitted are those holding a place now.
 * Every discipline in `disciplineCodes` gets a row, in that order, even with no applications.
 */
export function ratioCounts(disciplineCodes: readonly string[], applications: readonly DisciplineStatus[]): DisciplineCounts[] {
  return disciplineCodes.map((code) => {
    const own = applications.filter((application) => application.disciplineCode === code);
    return {
      code,
      invited: own.filter((application) => INTERVIEWED.includes(application.status)).length,
      admitted: own.filter((application) => HOLDING_A_PLACE.includes(application.status)).length,
    };
  });
}

/** Days an applicant offered a place from the waiting list has to reply, at the least. */
export const WAITLIST_REPLY_DAYS = 7;

function addDays(date: CalendarDate, days: number): CalendarDate {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/**
 * R-SEL-5: the last day an applicant offered a place on `offeredOn` may confirm it: the cycle's
 * confirmation deadline, or WAITLIST_REPLY_DAYS after the offer when that is later, so a late offer
 * is never one that cannot be answered.
 */
export function offerReplyDeadline(cycleDeadline: CalendarDate, offeredOn: CalendarDate, days = WAITLIST_REPLY_DAYS): CalendarDate {
  if (!isCalendarDate(cycleDeadline) || !isCalendarDate(offeredOn)) throw new RangeError(`dates must be YYYY-MM-DD, got ${cycleDeadline} and ${offeredOn}`);
  const own = addDays(offeredOn, days);
  return own > cycleDeadline ? own : cycleDeadline;
}
