import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime } from './format-time';

describe('formatDateTime: Asia/Shanghai whatever the device says', () => {
  it('shows a UTC instant as Beijing time, the day rolling over', () => {
    expect(formatDateTime('2026-11-25T17:30:00.000Z', 'zh-CN')).toBe('2026年11月26日 01:30');
    expect(formatDateTime('2026-11-25T17:30:00.000Z', 'en')).toBe('26 Nov 2026, 01:30');
  });

  it('keeps an unreadable value as it came', () => {
    expect(formatDateTime('soon', 'zh-CN')).toBe('soon');
  });
});

describe('formatCalendarDate', () => {
  it('shows a date of birth without moving it across a time zone', () => {
    expect(formatCalendarDate('2010-05-20', 'zh-CN')).toBe('2010年5月20日');
    expect(formatCalendarDate('2010-05-20', 'en')).toBe('20 May 2010');
  });
});
