import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckCharacter } from './id-number.js';

/**
 * Written independently of the implementation: ISO 7064 MOD 11-2 says the sum of every
 * character's value times 2^(17-i) mod 11, the check character (X = 10) with weight 1,
 * is 1 mod 11. So the check value is the c in 0..10 that makes it so.
 */
function referenceCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  for (let c = 0; c <= 10; c += 1) if ((sum + c) % 11 === 1) return c === 10 ? 'X' : String(c);
  throw new Error('unreachable');
}

const withCheck = (first17: string): string => first17 + referenceCheck(first17);

describe('R-APP-5 idCheckCharacter agrees with the reference MOD 11-2', () => {
  it.each([
    '11010519491231002', // the example of GB 11643-1999, check X
    '44052418800101001', // check 4
    '14010520090315123',
    '14010920081231234',
    '14010820100229456', // no such day, but the check character is defined anyway
    '00000000000000000',
    '99999999999999999',
    '14010120091101007',
    '14010620080808011',
    '14011020100101990',
    '14012120090601005',
  ])('%s', (first17) => {
    expect(idCheckCharacter(first17)).toBe(referenceCheck(first17));
  });

  it('the standard example 11010519491231002X ends in X', () => {
    expect(referenceCheck('11010519491231002')).toBe('X');
  });
});

describe('R-APP-5 checkIdNumber: valid numbers give the number, the date of birth and the gender', () => {
  it.each([
    // id, number, date of birth, gender
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'female'],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'female'], // lower-case x normalised
    ['  11010519491231002X ', '11010519491231002X', '1949-12-31', 'female'], // trimmed
    ['440524188001010014', '440524188001010014', '1880-01-01', 'male'],
    [withCheck('14010520090315124'), withCheck('14010520090315124'), '2009-03-15', 'female'], // 17th digit 4
    [withCheck('14010520090315123'), withCheck('14010520090315123'), '2009-03-15', 'male'], // 17th digit 3
    [withCheck('14010920081231234'), withCheck('14010920081231234'), '2008-12-31', 'female'],
    [withCheck('14010820080229451'), withCheck('14010820080229451'), '2008-02-29', 'male'], // a leap day
    [withCheck('14010120100101009'), withCheck('14010120100101009'), '2010-01-01', 'male'],
  ])('%j → %s, born %s, %s', (id, number, dateOfBirth, gender) => {
    expect(checkIdNumber(id)).toEqual({ ok: true, value: { number, dateOfBirth, gender } });
  });
});

const swap15and16 = (id: string): string => id.slice(0, 15) + id[16] + id[15] + id.slice(17);
const flipCheck = (id: string): string => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

describe('R-APP-5 checkIdNumber: wrong numbers give a typed error', () => {
  it.each([
    ['', 'LENGTH'],
    ['11010519491231002', 'LENGTH'], // 17
    ['11010519491231002X0', 'LENGTH'], // 19
    ['1101051949123100', 'LENGTH'],
    ['110105194912310021X', 'LENGTH'],
    ['11010519491231002Y', 'CHARACTERS'],
    ['X10105194912310024', 'CHARACTERS'], // X only last
    ['1101051949123100X2', 'CHARACTERS'],
    ['11010519491231 02X', 'CHARACTERS'],
    ['１１０１０５１９４９１２３１００２Ｘ', 'CHARACTERS'], // full-width digits
    [withCheck('14010520090230123'), 'BIRTH_DATE'], // Feb 30
    [withCheck('14010520090229123'), 'BIRTH_DATE'], // Feb 29 of a common year
    [withCheck('14010520091301123'), 'BIRTH_DATE'], // month 13
    [withCheck('14010520090001123'), 'BIRTH_DATE'], // month 0
    [withCheck('14010520090100123'), 'BIRTH_DATE'], // day 0
    [withCheck('14010520090431123'), 'BIRTH_DATE'], // Apr 31
    ['110105194912310020', 'CHECK_DIGIT'],
    ['11010519491231002 ', 'LENGTH'], // trimmed to 17
    [flipCheck('440524188001010014'), 'CHECK_DIGIT'],
    [flipCheck(withCheck('14010520090315123')), 'CHECK_DIGIT'],
    [withCheck('14010520090315123').replace(/^1/, '2'), 'CHECK_DIGIT'], // a mistyped area digit
    [swap15and16(withCheck('14010520090315123')), 'CHECK_DIGIT'], // two adjacent digits swapped
  ])('%j → %s', (id, code) => {
    const result = checkIdNumber(id);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
