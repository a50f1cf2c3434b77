import { describe, expect, it } from 'vitest';
import { formatMonth, formatMonthRange } from './format-date';

describe('formatMonth', () => {
  it.each([
    ['2025-11-01', 'zh-CN', '2025年11月'],
    ['2025-11-30', 'en', 'Nov 2025'],
    ['2026-01-15', 'zh-CN', '2026年1月'],
  ])('%s in %s is %s', (date, language, expected) => {
    expect(formatMonth(date, language)).toBe(expected);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => formatMonth('11/2025', 'en')).toThrow(RangeError);
  });
});

describe('formatMonthRange', () => {
  it.each([
    ['2025-11-01', '2025-11-30', 'zh-CN', '2025年11月'],
    ['2025-09-01', '2025-11-30', 'zh-CN', '2025年9月–11月'],
    ['2025-09-01', '2025-11-30', 'en', 'Sep–Nov 2025'],
    ['2025-11-01', '2026-01-31', 'zh-CN', '2025年11月–2026年1月'],
    ['2025-11-01', '2026-01-31', 'en', 'Nov 2025 – Jan 2026'],
  ])('%s to %s in %s is %s', (start, end, language, expected) => {
    expect(formatMonthRange(start, end, language)).toBe(expected);
  });
});
