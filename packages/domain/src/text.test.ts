import { describe, expect, it } from 'vitest';
import { hasControlCharacter, typedNumber } from './text.js';

describe('free text', () => {
  it.each([
    ['王小明', false],
    ['第一行\n第二行\r\n\t缩进', false],
    ['', false],
    ['a\u0000b', true],
    ['\u0007', true],
    ['\u000B', true],
    ['\u001F', true],
    ['\u007F', true],
    ['\u0085', true],
    ['\u00A0不间断空格', false],
  ])('%j has a control character: %s', (text, expected) => {
    expect(hasControlCharacter(text)).toBe(expected);
  });
});

describe('typedNumber', () => {
  it('reads full-width digits as the digits they are, without the spaces around', () => {
    expect(typedNumber(' １２３ ')).toBe('123');
    expect(Number(typedNumber('１２'))).toBe(12);
    expect(typedNumber('12a')).toBe('12a');
  });
});
