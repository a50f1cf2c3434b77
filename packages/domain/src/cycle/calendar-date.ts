import type { CalendarDate } from './cycle.js';

/** The programme's time zone: every instant is stored in UTC and read here, whatever the reader's own zone. */
export const PROGRAMME_TIME_ZONE = 'Asia/Shanghai';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROGRAMME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant's fields in Asia/Shanghai, two digits each but the year: the one reading of the clock every format starts from. */
export interface ProgrammeTime {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

export function programmeTime(instant: Date): ProgrammeTime {
  const part = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: part.year!, month: part.month!, day: part.day!, hour: part.hour!, minute: part.minute!, second: part.second! };
}

/** The calendar date in Asia/Shanghai at an instant: all windows of a cycle are Shanghai dates. */
export function toProgrammeDate(instant: Date): CalendarDate {
  const { year, month, day } = programmeTime(instant);
  return `${year}-${month}-${day}`;
}

/** `2026-11-25 10:00` (or `10:00:00` with seconds) in Asia/Shanghai: the form of lists, exports and the log. */
export function toProgrammeDateTime(instant: Date, { seconds = false } = {}): string {
  const t = programmeTime(instant);
  return `${t.year}-${t.month}-${t.day} ${t.hour}:${t.minute}${seconds ? `:${t.second}` : ''}`;
}

/** The instant a Shanghai day starts, or ends (inclusive, to the millisecond): China keeps no daylight saving, so +08:00 always. */
export function programmeDayBoundary(day: CalendarDate, edge: 'start' | 'end'): Date {
  return new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}+08:00`);
}

const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isCalendarDate(value: string): value is CalendarDate {
  if (!CALENDAR_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return parsed.toISOString().startsWith(value);
}
