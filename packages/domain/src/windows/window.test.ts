import { describe, expect, it } from 'vitest';
import type { RuleId } from '../result.js';
import { checkWindow, lastDayOf } from './window.js';

const registration = { startsOn: '2025-11-01', endsOn: '2025-11-30' };
const february = { startsOn: '2026-02-01', endsOn: '2026-02-28' };
const leapFebruary = { startsOn: '2028-02-01', endsOn: '2028-02-29' };
const oneDay = { startsOn: '2025-10-15', endsOn: '2025-10-15' };
const acrossNewYear = { startsOn: '2025-12-20', endsOn: '2026-01-10' };

type Expected = 'open' | 'not_open' | 'closed';

const verdict = (violations: ReturnType<typeof checkWindow>): Expected => {
  if (violations.length === 0) return 'open';
  expect(violations).toHaveLength(1);
  return violations[0]?.message.includes('has not opened yet') ? 'not_open' : 'closed';
};

describe.each<RuleId>(['R-APP-4', 'R-SCOPE-3', 'R-MENTOR-2'])('%s checkWindow: today inside the inclusive window, or before an extension ends', (rule) => {
  it.each([
    // what, window, today, extended until, expected
    ['the day before the first day', registration, '2025-10-31', null, 'not_open'],
    ['the first day', registration, '2025-11-01', null, 'open'],
    ['a day inside', registration, '2025-11-15', null, 'open'],
    ['the last day', registration, '2025-11-30', null, 'open'],
    ['the day after the last day', registration, '2025-12-01', null, 'closed'],
    ['a year later', registration, '2026-11-15', null, 'closed'],
    ['a year earlier', registration, '2024-11-15', null, 'not_open'],
    ['undefined extension, the last day', registration, '2025-11-30', undefined, 'open'],
    ['undefined extension, the day after', registration, '2025-12-01', undefined, 'closed'],
    ['extended: the day after the old last day', registration, '2025-12-01', '2025-12-05', 'open'],
    ['extended: the extension\'s last day', registration, '2025-12-05', '2025-12-05', 'open'],
    ['extended: the day after the extension', registration, '2025-12-06', '2025-12-05', 'closed'],
    ['extended: still not open before the first day', registration, '2025-10-31', '2025-12-05', 'not_open'],
    ['extended: inside the original window', registration, '2025-11-10', '2025-12-05', 'open'],
    ['an extension ending on the last day changes nothing', registration, '2025-12-01', '2025-11-30', 'closed'],
    ['an extension ending early never shortens the window', registration, '2025-11-30', '2025-11-20', 'open'],
    ['an extension ending early: closed the day after the window', registration, '2025-12-01', '2025-11-20', 'closed'],
    ['February of a common year: Jan 31', february, '2026-01-31', null, 'not_open'],
    ['February of a common year: Feb 1', february, '2026-02-01', null, 'open'],
    ['February of a common year: Feb 28 is the last day', february, '2026-02-28', null, 'open'],
    ['February of a common year: Mar 1', february, '2026-03-01', null, 'closed'],
    ['February of a leap year: Feb 28', leapFebruary, '2028-02-28', null, 'open'],
    ['February of a leap year: Feb 29 is the last day', leapFebruary, '2028-02-29', null, 'open'],
    ['February of a leap year: Mar 1', leapFebruary, '2028-03-01', null, 'closed'],
    ['extended by the leap day: Feb 29', { startsOn: '2028-02-01', endsOn: '2028-02-28' }, '2028-02-29', '2028-02-29', 'open'],
    ['extended by the leap day: Mar 1', { startsOn: '2028-02-01', endsOn: '2028-02-28' }, '2028-03-01', '2028-02-29', 'closed'],
    ['extended from Feb 28 to Mar 1 of a common year: Mar 1', february, '2026-03-01', '2026-03-01', 'open'],
    ['extended from Feb 28 to Mar 1 of a common year: Mar 2', february, '2026-03-02', '2026-03-01', 'closed'],
    ['extended from leap Feb 29 to Mar 1: Mar 1', leapFebruary, '2028-03-01', '2028-03-01', 'open'],
    ['a one-day window: the day before', oneDay, '2025-10-14', null, 'not_open'],
    ['a one-day window: the day', oneDay, '2025-10-15', null, 'open'],
    ['a one-day window: the day after', oneDay, '2025-10-16', null, 'closed'],
    ['across the new year: Dec 31', acrossNewYear, '2025-12-31', null, 'open'],
    ['across the new year: Jan 1', acrossNewYear, '2026-01-01', null, 'open'],
    ['across the new year: Jan 10', acrossNewYear, '2026-01-10', null, 'open'],
    ['across the new year: Jan 11', acrossNewYear, '2026-01-11', null, 'closed'],
    ['across the new year: Dec 19', acrossNewYear, '2025-12-19', null, 'not_open'],
  ] as const)('%s (%j, today %s, extended until %s) → %s', (_, window, today, extendedUntil, expected) => {
    const violations = checkWindow({ window, today, extendedUntil, rule });
    expect(verdict(violations)).toBe(expected);
    for (const violation of violations) expect(violation.rule).toBe(rule);
  });
});

describe('R-APP-4 checkWindow: the message says whether the window has not opened or when it closed', () => {
  it.each([
    ['2025-10-31', null, 'the window has not opened yet: it opens on 2025-11-01 (today is 2025-10-31)'],
    ['2025-10-31', '2025-12-05', 'the window has not opened yet: it opens on 2025-11-01 (today is 2025-10-31)'],
    ['2025-12-01', null, 'the window has closed: its last day was 2025-11-30 (today is 2025-12-01)'],
    ['2025-12-01', '2025-11-30', 'the window has closed: its last day was 2025-11-30 (today is 2025-12-01)'],
    ['2025-12-06', '2025-12-05', 'the window has closed: its last day was 2025-12-05, extended from 2025-11-30 (today is 2025-12-06)'],
  ])('today %s, extended until %s → %j', (today, extendedUntil, message) => {
    expect(checkWindow({ window: registration, today, extendedUntil, rule: 'R-APP-4' })).toEqual([{ rule: 'R-APP-4', message }]);
  });
});

describe('R-APP-4 lastDayOf: the later of the end and the extension', () => {
  it.each([
    [registration, null, '2025-11-30'],
    [registration, undefined, '2025-11-30'],
    [registration, '2025-12-05', '2025-12-05'],
    [registration, '2025-11-30', '2025-11-30'],
    [registration, '2025-11-01', '2025-11-30'],
    [registration, '2025-10-01', '2025-11-30'],
    [february, '2026-03-01', '2026-03-01'],
    [leapFebruary, '2028-03-01', '2028-03-01'],
  ] as const)('%j extended until %s → %s', (window, extendedUntil, expected) => {
    expect(lastDayOf(window, extendedUntil)).toBe(expected);
  });
});

describe('R-APP-4 checkWindow: a malformed date or window is a programming error (RangeError)', () => {
  it.each([
    ['Feb 29 of a common year as today', registration, '2026-02-29', null],
    ['Feb 30 as today', registration, '2028-02-30', null],
    ['Feb 29 of a common year as the end', { startsOn: '2026-02-01', endsOn: '2026-02-29' }, '2026-02-10', null],
    ['Feb 29 of a common year as the extension', february, '2026-02-10', '2026-02-29'],
    ['Apr 31 as the start', { startsOn: '2026-04-31', endsOn: '2026-05-31' }, '2026-05-01', null],
    ['an unpadded date', registration, '2025-11-1', null],
    ['an instant instead of a date', registration, '2025-11-01T00:00:00Z', null],
    ['an empty today', registration, '', null],
    ['an empty extension', registration, '2025-11-10', ''],
    ['month 13', registration, '2025-13-01', null],
    ['a window ending before it starts', { startsOn: '2025-11-30', endsOn: '2025-11-01' }, '2025-11-10', null],
  ] as const)('%s', (_, window, today, extendedUntil) => {
    expect(() => checkWindow({ window, today, extendedUntil, rule: 'R-APP-4' })).toThrow(RangeError);
  });
});
