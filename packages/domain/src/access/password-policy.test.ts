import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords.js';
import { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type PasswordContext, type PasswordProblemCode } from './password-policy.js';

const codes = (password: string, context?: PasswordContext): PasswordProblemCode[] =>
  checkPassword(password, context).map((problem) => problem.code);

describe('R-ACCESS-PASSWORD length: 8 to 128 Unicode code points, no composition rules', () => {
  it.each([
    // password, what it is, problems
    ['kqzvmtr', '7 letters', ['TOO_SHORT']],
    ['kqzvmtrx', '8 letters', []],
    ['', 'empty', ['TOO_SHORT']],
    ['春眠不觉晓处处', '7 Chinese characters (21 UTF-8 bytes)', ['TOO_SHORT']],
    ['春眠不觉晓处处闻', '8 Chinese characters', []],
    ['我们在实验室里一起做了一个有趣的化学实验', 'a 20-character Chinese passphrase', []],
    ['🐼🐼🐼🐼🐼🐼🐼', '7 emoji (14 UTF-16 units)', ['TOO_SHORT']],
    ['🐼🐼🐼🐼🐼🐼🐼🐼', '8 emoji', []],
    ['correct horse battery staple', 'a passphrase with spaces', []],
    ['alllowercaseletters', 'only lower-case letters', []],
    ['kq zv mt', 'spaces inside count', []],
    [' kqzvmt ', 'surrounding spaces count towards the length', []],
    ['ab'.repeat(64), '128 characters', []],
    [`${'ab'.repeat(64)}c`, '129 characters', ['TOO_LONG']],
    ['学'.repeat(128), '128 Chinese characters', []],
    ['学'.repeat(129), '129 Chinese characters', ['TOO_LONG']],
  ])('%j (%s) → %j', (password, _what, expected) => {
    expect(codes(password)).toEqual(expected);
  });

  it('names the rule and the count in the message', () => {
    expect(checkPassword('春眠不觉晓处处')).toEqual([{ code: 'TOO_SHORT', message: 'password must be at least 8 characters, got 7' }]);
    expect(checkPassword('x'.repeat(129))).toEqual([{ code: 'TOO_LONG', message: 'password must be at most 128 characters, got 129' }]);
    expect([MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH]).toEqual([8, 128]);
  });
});

describe('R-ACCESS-PASSWORD common: refused when on the list, ignoring case and surrounding whitespace', () => {
  it.each([
    ['Password', ['COMMON']],
    ['PASSWORD', ['COMMON']],
    ['  password  ', ['COMMON']],
    ['12345678', ['COMMON']],
    ['123456789', ['COMMON']],
    ['88888888', ['COMMON']],
    ['iloveyou', ['COMMON']],
    ['1q2w3e4r', ['COMMON']],
    ['woaini1314', ['COMMON']],
    ['WoAiNi1314', ['COMMON']],
    ['abc123456', ['COMMON']],
    ['qq123456', ['COMMON']],
    ['qwertyuiop', ['COMMON']],
    ['１２３４５６７８', ['COMMON']], // full-width digits from a Chinese IME are NFKC-normalised
    ['\u3000qwertyuiop\u3000', ['COMMON']], // ideographic spaces are trimmed too
    ['123456', ['TOO_SHORT', 'COMMON']],
    ['5201314', ['TOO_SHORT', 'COMMON']],
    ['zxcvbnm', ['TOO_SHORT', 'COMMON']],
    // exact match, not a pattern: a longer variant is accepted (decided, see password-policy.ts)
    ['password1234', []],
    ['pass word', []],
    ['12345678 is my favourite number', []],
  ])('%j → %j', (password, expected) => {
    expect(codes(password)).toEqual(expected);
  });

  it('keeps the list lower case and trimmed, as it is compared, with about 300 entries', () => {
    for (const entry of commonPasswords) expect(entry).toBe(entry.trim().toLowerCase());
    expect(commonPasswords.size).toBeGreaterThanOrEqual(300);
  });
});

describe('R-ACCESS-PASSWORD identity: not the e-mail name, the phone number or the display name', () => {
  const zhang: PasswordContext = { email: 'zhangsan@example.com', phone: '13812345678', displayName: 'Zhang San' };

  it.each([
    // password, context, problems
    ['ZhangSan2024!', zhang, ['CONTAINS_IDENTITY']],
    ['my zhangsan password', zhang, ['CONTAINS_IDENTITY']],
    ['zhang-san-2024', zhang, []],
    ['call 13812345678', zhang, ['CONTAINS_IDENTITY']],
    ['call 138-1234-5678', zhang, ['CONTAINS_IDENTITY']],
    ['call １３８１２３４５６７８', zhang, ['CONTAINS_IDENTITY']],
    ['call 1381234567', zhang, []],
    ['zhang san', zhang, ['CONTAINS_IDENTITY']],
    ['ZHANGSAN', zhang, ['CONTAINS_IDENTITY']],
    ['zhang san plays chess', { ...zhang, email: null }, []],
    ['tree frog quietly sings', zhang, []],
    ['abcd1999xyz', { email: 'abcd@example.com' }, ['CONTAINS_IDENTITY']],
    ['abc1999xyz', { email: 'abc@example.com' }, []],
    ['li20080101xyz', { email: 'li@example.com' }, []],
    ['zhangsan2024', { email: 'ZhangSan+yingcai@example.com' }, ['CONTAINS_IDENTITY']],
    ['xx1234567xx', { phone: '1234567' }, ['CONTAINS_IDENTITY']],
    ['xx123456xx', { phone: '123456' }, []],
    ['mine 13812345678', { phone: '+86 138 1234 5678' }, ['CONTAINS_IDENTITY']],
    ['mine 13812345678', { phone: '0086-13812345678' }, ['CONTAINS_IDENTITY']],
    ['王小明王小明王小明', { displayName: '王小明' }, []],
    ['王小明同学的密码', { displayName: '王小明同学的密码' }, ['CONTAINS_IDENTITY']],
    ['kqzvmtrx', { email: null, phone: null, displayName: null }, []],
    ['kqzvmtrx', { email: '', phone: '', displayName: '   ' }, []],
    ['kqzvmtrx', {}, []],
  ])('%j with %j → %j', (password, context, expected) => {
    expect(codes(password, context)).toEqual(expected);
  });

  it('reports each rule once, in the order length, common, identity, naming everything found', () => {
    expect(checkPassword('1234567', { phone: '1234567' })).toEqual([
      { code: 'TOO_SHORT', message: 'password must be at least 8 characters, got 7' },
      { code: 'COMMON', message: 'password is on the list of commonly used passwords' },
      { code: 'CONTAINS_IDENTITY', message: 'password must not contain your phone number' },
    ]);
    expect(checkPassword('zhangsan', zhang)).toEqual([
      { code: 'CONTAINS_IDENTITY', message: 'password must not contain the name of your e-mail address or be your name' },
    ]);
  });
});
