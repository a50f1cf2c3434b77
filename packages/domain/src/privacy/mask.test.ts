import { describe, expect, it } from 'vitest';
import { maskEmail, maskIdNumber, maskPhone, maskSecrets } from './mask.js';

/** Characters of the input still readable in the mask (the input has no `*`). */
const shown = (masked: string): number => [...masked].filter((c) => c !== '*').length;

describe('R-PRIVACY-MASK maskIdNumber: first 4 and last 4 kept, at most half of a short number', () => {
  it.each([
    ['110101199003071234', '1101**********1234'],
    ['11010119900307123X', '1101**********123X'],
    ['  110101199003071234 ', '1101**********1234'],
    ['1101011990030712', '1101********0712'], // 16: exactly half kept
    ['110101900307123', '1101********123'], // 15-digit first-generation card
    ['E12345678', 'E1*****78'], // passport
    ['12345678', '12****78'],
    ['1234', '1**4'],
    ['123', '1**'],
    ['12', '1*'],
    ['1', '*'],
    ['', ''],
  ])('%j → %j', (id, expected) => {
    expect(maskIdNumber(id)).toBe(expected);
  });
});

describe('R-PRIVACY-MASK maskPhone: 138****5678 for a mainland mobile, else first 3 and last 2 at most', () => {
  it.each([
    ['13812345678', '138****5678'],
    [' 13812345678 ', '138****5678'],
    ['01012345678', '010****5678'], // any 11 digits
    ['+8613812345678', '+86*********78'],
    ['+86 138 1234 5678', '+86************78'],
    ['1381234567', '138*****67'], // 10: exactly half kept
    ['02112345', '02****45'], // 8-digit landline: 2 + 2, not 3 + 2 (more than half)
    ['123456789', '12*****89'],
    ['1234', '1**4'],
    ['123', '1**'],
    ['12', '1*'],
    ['1', '*'],
    ['', ''],
  ])('%j → %j', (phone, expected) => {
    expect(maskPhone(phone)).toBe(expected);
  });
});

describe('R-PRIVACY-MASK maskEmail: first and last character of the local part, the domain kept', () => {
  it.each([
    ['zhangsan@example.com', 'z******n@example.com'],
    ['ZhangSan@Example.COM', 'Z******n@Example.COM'],
    ['wang.xiaoming+yc@school.edu.cn', 'w**************c@school.edu.cn'],
    ['abcd@example.com', 'a**d@example.com'],
    ['abc@example.com', 'a**@example.com'],
    ['zh@example.com', 'z*@example.com'],
    ['z@example.com', '*@example.com'],
    ['@example.com', '@example.com'],
    ['"a@b"@example.com', '"***"@example.com'], // the last @ separates the domain
    ['王小明@example.com', '王**@example.com'],
    ['zhangsan', 'z******n'], // no @: masked as a local part
    ['', ''],
  ])('%j → %j', (email, expected) => {
    expect(maskEmail(email)).toBe(expected);
  });
});

describe('R-PRIVACY-MASK no mask shows more than half of what it hides', () => {
  const inputs = Array.from({ length: 40 }, (_, n) => '7'.repeat(n)).filter((value) => value.length !== 11);

  it.each([
    ['maskIdNumber', maskIdNumber],
    ['maskPhone', maskPhone],
  ] as const)('%s, lengths 0 to 39 (except the 11-digit mobile)', (_name, mask) => {
    for (const input of inputs) {
      const masked = mask(input);
      expect([...masked]).toHaveLength(input.length);
      expect(shown(masked)).toBeLessThanOrEqual(Math.floor(input.length / 2));
      if (input.length > 0) expect(masked).toContain('*');
    }
  });

  it('maskEmail, local parts of 0 to 39 characters', () => {
    for (const local of inputs) {
      const masked = maskEmail(`${local}@example.com`).replace('@example.com', '');
      expect(shown(masked)).toBeLessThanOrEqual(Math.floor(local.length / 2));
    }
  });
});

describe('R-PRIVACY-MASK maskSecrets: codes and link tokens of a notice hidden from staff other than the administrator', () => {
  it.each([
    ['您正在注册山西省中学生英才计划账号，验证码 482913，10分钟内有效。', '您正在注册山西省中学生英才计划账号，验证码 ******，10分钟内有效。'],
    ['请打开以下链接设置密码：\nhttp://localhost/admin/invitation?token=AbC_123-x', '请打开以下链接设置密码：\nhttp://localhost/admin/invitation?token=******'],
    ['https://x.test/reset?lang=zh&token=q1w2e3 后有效', 'https://x.test/reset?lang=zh&token=****** 后有效'],
    ['您的报名号 SX2026-00001 已提交，面试 2026年12月13日 9:00。', '您的报名号 SX2026-00001 已提交，面试 2026年12月13日 9:00。'],
  ])('%s', (text, masked) => {
    expect(maskSecrets(text)).toBe(masked);
  });
});
