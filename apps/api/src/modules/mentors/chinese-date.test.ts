import { describe, expect, it } from 'vitest';
import { formatChineseDate } from './chinese-date.js';

describe('formatChineseDate', () => {
  it.each([
    ['2026-11-25', '二〇二六年十一月二十五日'],
    ['2026-01-01', '二〇二六年一月一日'],
    ['2030-10-10', '二〇三〇年十月十日'],
    ['2027-12-31', '二〇二七年十二月三十一日'],
    ['2026-09-20', '二〇二六年九月二十日'],
  ])('%s → %s', (date, written) => {
    expect(formatChineseDate(date)).toBe(written);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => formatChineseDate('2026/11/25')).toThrow();
  });
});
