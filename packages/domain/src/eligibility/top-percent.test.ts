import { describe, expect, it } from 'vitest';
import { isInTopPercent, placesInTopPercent } from './top-percent.js';

describe('R-APP-2 isInTopPercent: rank r of n is in the top p% when r ≤ ⌊n·p/100⌋', () => {
  it.each([
    // rank, grade size, percent, in the top?
    [1, 1, 100, true],
    [10, 100, 10, true],
    [11, 100, 10, false],
    [15, 100, 15, true],
    [16, 100, 15, false],
    [1, 15, 10, true],
    [2, 15, 10, false],
    [1, 9, 10, false],
    [60, 400, 15, true],
    [61, 400, 15, false],
    [3, 20, 12.5, false],
    [2, 20, 12.5, true],
    [1000, 1000, 100, true],
  ])('rank %i of %i in the top %d%% → %s', (rank, size, percent, expected) => {
    expect(isInTopPercent(rank, size, percent)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [0, 100, 10, 'INVALID_RANK'],
    [-1, 100, 10, 'INVALID_RANK'],
    [1.5, 100, 10, 'INVALID_RANK'],
    [Number.NaN, 100, 10, 'INVALID_RANK'],
    [101, 100, 10, 'RANK_ABOVE_GRADE_SIZE'],
    [1, 0, 10, 'INVALID_GRADE_SIZE'],
    [1, -5, 10, 'INVALID_GRADE_SIZE'],
    [1, 2.5, 10, 'INVALID_GRADE_SIZE'],
    [1, 100, 0, 'INVALID_PERCENT'],
    [1, 100, -10, 'INVALID_PERCENT'],
    [1, 100, 100.01, 'INVALID_PERCENT'],
    [1, 100, Number.POSITIVE_INFINITY, 'INVALID_PERCENT'],
    [1, 100, 10.001, 'INVALID_PERCENT'],
  ])('rank %s of %s in the top %s%% is refused with %s', (rank, size, percent, code) => {
    const result = isInTopPercent(rank, size, percent);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});

describe('R-APP-2 placesInTopPercent', () => {
  it.each([
    [150, 10, 15],
    [150, 15, 22],
    [15, 10, 1],
    [9, 10, 0],
    [1000, 12.5, 125],
  ])('a grade of %s, top %s%%: ⌊n·p/100⌋ = %s places', (size, percent, places) => {
    expect(placesInTopPercent(size, percent)).toBe(places);
  });
});
