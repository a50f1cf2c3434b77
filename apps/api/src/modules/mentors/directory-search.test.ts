import { describe, expect, it } from 'vitest';
import { directorySearchPattern, MAX_SEARCH_LENGTH } from './directory-search.js';

describe('directorySearchPattern', () => {
  it.each([
    [null, null],
    ['', null],
    ['   ', null],
    ['量子', '%量子%'],
    [' Zhang Wei ', '%zhang wei%'],
    ['100%', '%100!%%'],
    ['a_b', '%a!_b%'],
    ['wow!', '%wow!!%'],
  ])('%j → %j', (search, pattern) => {
    expect(directorySearchPattern(search)).toBe(pattern);
  });

  it('counts characters, not bytes: 50 Chinese characters pass, 51 are refused', () => {
    expect(directorySearchPattern('量'.repeat(MAX_SEARCH_LENGTH))).toBe(`%${'量'.repeat(MAX_SEARCH_LENGTH)}%`);
    expect(() => directorySearchPattern('量'.repeat(MAX_SEARCH_LENGTH + 1))).toThrow(/at most 50/);
  });
});
