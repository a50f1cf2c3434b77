import { describe, expect, it } from 'vitest';
import { emailAddress, mainlandMobile } from './contact.js';

describe('contacts in their one spelling, for the API and the forms alike', () => {
  it.each([
    ['13812345678', '13812345678'],
    [' 138 1234 5678 ', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['12812345678', null],
    ['1381234567', null],
    ['138123456789', null],
    ['０１３８', null],
  ])('mainland mobile %s → %s', (typed, expected) => {
    expect(mainlandMobile(typed)).toBe(expected);
  });

  it.each([
    [' Zhang.San@Example.COM ', 'zhang.san@example.com'],
    ['no-at.example.com', null],
    ['a@b.c', null],
    [`${'x'.repeat(65)}@example.com`, null],
  ])('e-mail %s → %s', (typed, expected) => {
    expect(emailAddress(typed)).toBe(expected);
  });
});
