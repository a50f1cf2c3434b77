import { describe, expect, it } from 'vitest';
import { checkDateOfBirth } from './date-of-birth.js';

describe('a date of birth', () => {
  it.each([
    ['2009-03-07', null],
    ['1900-01-01', null],
    ['2026-12-07', null],
    ['1899-12-31', 'IMPLAUSIBLE_DATE'],
    ['1800-01-01', 'IMPLAUSIBLE_DATE'],
    ['2026-12-08', 'IMPLAUSIBLE_DATE'],
    ['9999-12-31', 'IMPLAUSIBLE_DATE'],
    ['2009-02-30', 'INVALID_DATE'],
    ['07/03/2009', 'INVALID_DATE'],
  ])('%s on 2026-12-07 → %s', (value, expected) => {
    expect(checkDateOfBirth(value, '2026-12-07')).toBe(expected);
  });
});
