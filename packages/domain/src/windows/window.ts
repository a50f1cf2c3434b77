import { isCalendarDate } from '../cycle/calendar-date.js';
import type { CalendarDate } from '../cycle/cycle.js';
import type { RuleId, RuleViolation } from '../result.js';

/** A step's window: Asia/Shanghai calendar dates, both ends inclusive (decision 004). */
export interface DateWindow {
  startsOn: CalendarDate;
  endsOn: CalendarDate;
}

export interface WindowCheckInput {
  window: DateWindow;
  today: CalendarDate;
  /** The office's extension of the window's end (audited where it is stored); inclusive. */
  extendedUntil?: CalendarDate | null;
  /** The rule the window belongs to: R-SCOPE-3 (participation), R-MENTOR-2 (recommendation), R-APP-4 (registration). */
  rule: RuleId;
}

function requireDate(value: CalendarDate, name: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

/**
 * The last day a window accepts: its end, or the office's extension when that is later. An
 * extension never shortens a window (one on or before the end changes nothing) and never opens
 * it early. Dates are validated at the boundary; a malformed one, or a window that ends before
 * it starts, is a programming error and throws a RangeError.
 */
export function lastDayOf(window: DateWindow, extendedUntil?: CalendarDate | null): CalendarDate {
  requireDate(window.startsOn, 'window.startsOn');
  requireDate(window.endsOn, 'window.endsOn');
  if (window.endsOn < window.startsOn) {
    throw new RangeError(`a window cannot end (${window.endsOn}) before it starts (${window.startsOn})`);
  }
  if (extendedUntil == null) return window.endsOn;
  requireDate(extendedUntil, 'extendedUntil');
  return extendedUntil > window.endsOn ? extendedUntil : window.endsOn;
}

/**
 * R-SCOPE-3, R-MENTOR-2, R-APP-4: is a step's window open today? No violation from its first day
 * to its last (or the extension's last) day, both inclusive; otherwise one violation, under the
 * given rule, saying whether the window has not opened yet or on which day it closed.
 * `YYYY-MM-DD` strings order as dates, so validated dates are compared as strings.
 */
export function checkWindow(input: WindowCheckInput): RuleViolation[] {
  const { window, today, extendedUntil, rule } = input;
  const lastDay = lastDayOf(window, extendedUntil);
  requireDate(today, 'today');
  if (today < window.startsOn) {
    return [{ rule, message: `the window has not opened yet: it opens on ${window.startsOn} (today is ${today})` }];
  }
  if (today > lastDay) {
    const extended = lastDay === window.endsOn ? '' : `, extended from ${window.endsOn}`;
    return [{ rule, message: `the window has closed: its last day was ${lastDay}${extended} (today is ${today})` }];
  }
  return [];
}
