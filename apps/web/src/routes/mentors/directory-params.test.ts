import { describe, expect, it } from 'vitest';
import { directoryHref, readDirectoryParams } from './directory-params';

describe('the directory filter in the address', () => {
  it.each([
    ['', { discipline: null, search: '', page: 1 }],
    ['discipline=physics&q=%E9%87%8F%E5%AD%90&page=3', { discipline: 'physics', search: '量子', page: 3 }],
    ['page=0&q=%20%20', { discipline: null, search: '', page: 1 }],
    ['page=abc', { discipline: null, search: '', page: 1 }],
  ])('?%s', (query, expected) => {
    expect(readDirectoryParams(new URLSearchParams(query))).toEqual(expected);
  });

  it('keeps the other filters and starts a new filter at page 1', () => {
    const current = { discipline: 'physics', search: '量子', page: 3 };
    expect(directoryHref(current, { discipline: 'biology' })).toBe('/mentors?discipline=biology&q=%E9%87%8F%E5%AD%90');
    expect(directoryHref(current, { page: 4 })).toBe('/mentors?discipline=physics&q=%E9%87%8F%E5%AD%90&page=4');
    expect(directoryHref(current, { discipline: null, search: '' })).toBe('/mentors');
  });
});
