import { describe, expect, it } from 'vitest';
import { formatDateTime, programmeDayBoundary } from './date-time';

describe('times in Asia/Shanghai', () => {
  it.each([
    ['2026-11-25T02:00:00.000Z', '2026-11-25 10:00'],
    ['2026-11-25T16:30:00.000Z', '2026-11-26 00:30'],
    ['2026-12-31T23:59:00Z', '2027-01-01 07:59'],
  ])('shows %s as %s', (iso, shown) => {
    expect(formatDateTime(iso)).toBe(shown);
  });

  it('shows seconds when asked, and a dash for no time', () => {
    expect(formatDateTime('2026-11-25T02:00:05.000Z', { seconds: true })).toBe('2026-11-25 10:00:05');
    expect(formatDateTime(null)).toBe('—');
  });

  it('turns a chosen day into the instants it starts and ends in Shanghai', () => {
    expect(programmeDayBoundary('2026-11-25', 'start')).toBe('2026-11-24T16:00:00.000Z');
    expect(programmeDayBoundary('2026-11-25', 'end')).toBe('2026-11-25T15:59:59.999Z');
  });
});
