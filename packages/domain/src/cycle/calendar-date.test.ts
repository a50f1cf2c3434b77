import { describe, expect, it } from 'vitest';
import { programmeDayBoundary, programmeTime, toProgrammeDate, toProgrammeDateTime } from './calendar-date.js';

describe('the programme\'s clock: Asia/Shanghai, whatever the reader\'s zone', () => {
  it('an instant late on 24 November in UTC is already 25 November in Shanghai', () => {
    const instant = new Date('2026-11-24T16:30:05Z');
    expect(toProgrammeDate(instant)).toBe('2026-11-25');
    expect(toProgrammeDateTime(instant)).toBe('2026-11-25 00:30');
    expect(toProgrammeDateTime(instant, { seconds: true })).toBe('2026-11-25 00:30:05');
    expect(programmeTime(instant)).toEqual({ year: '2026', month: '11', day: '25', hour: '00', minute: '30', second: '05' });
  });

  it('a Shanghai day starts at 16:00 UTC the day before and ends a millisecond before the next', () => {
    expect(programmeDayBoundary('2026-11-25', 'start').toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(programmeDayBoundary('2026-11-25', 'end').toISOString()).toBe('2026-11-25T15:59:59.999Z');
  });
});
