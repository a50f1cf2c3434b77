import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CipherError, decryptWith, encryptWith, keyIdOf, lookupHashWith, type DataKeys } from './field-cipher.js';

const keyOf = () => randomBytes(32);
const keys: DataKeys = { current: 'k1', keys: new Map([['k1', keyOf()]]), hashKey: keyOf() };
const ID_NUMBER = '14010220080101001X';

describe('issue 22: field encryption', () => {
  it('a value comes back as it was, and its ciphertext holds neither the value nor a fixed nonce', () => {
    const first = encryptWith(keys, ID_NUMBER);
    const second = encryptWith(keys, ID_NUMBER);
    expect(decryptWith(keys, first)).toBe(ID_NUMBER);
    expect(first).not.toContain(ID_NUMBER);
    expect(first).not.toBe(second);
    expect(keyIdOf(first)).toBe('k1');
    expect(decryptWith(keys, encryptWith(keys, '王小明的监护人 13812345678'))).toBe('王小明的监护人 13812345678');
  });

  it('a value under an old key still reads after a new key becomes current', () => {
    const old = encryptWith(keys, ID_NUMBER);
    const rotated: DataKeys = { ...keys, current: 'k2', keys: new Map([...keys.keys, ['k2', keyOf()]]) };
    expect(decryptWith(rotated, old)).toBe(ID_NUMBER);
    expect(keyIdOf(encryptWith(rotated, ID_NUMBER))).toBe('k2');
  });

  it.each([
    ['one changed character', (stored: string) => stored.slice(0, -3) + (stored.at(-3) === 'A' ? 'B' : 'A') + stored.slice(-2), 'TAMPERED'],
    ['an unknown key id', (stored: string) => stored.replace('v1.k1.', 'v1.k9.'), 'UNKNOWN_KEY'],
    ['a clear value', () => ID_NUMBER, 'MALFORMED'],
  ])('%s is refused with a reason and without the value', (_, change, reason) => {
    const stored = change(encryptWith(keys, ID_NUMBER));
    let caught: unknown;
    try {
      decryptWith(keys, stored);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CipherError);
    expect((caught as CipherError).reason).toBe(reason);
    expect((caught as CipherError).message).not.toContain(ID_NUMBER);
  });

  it('the lookup hash is equal for equal values, differs for others and under another hash key', () => {
    expect(lookupHashWith(keys, ID_NUMBER)).toBe(lookupHashWith(keys, ID_NUMBER));
    expect(lookupHashWith(keys, ID_NUMBER)).not.toBe(lookupHashWith(keys, '140102200801010010'));
    expect(lookupHashWith({ ...keys, hashKey: keyOf() }, ID_NUMBER)).not.toBe(lookupHashWith(keys, ID_NUMBER));
  });
});
