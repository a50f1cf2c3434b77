import { describe, expect, it } from 'vitest';
import { provinceOfDistrict } from './provinces.js';

describe('issue 11: the province of a district code (GB/T 2260)', () => {
  it.each([
    ['140105', '山西省'], // 太原市小店区
    ['130102', '河北省'], // 石家庄市长安区
    ['110101', '北京市'],
    ['650102', '新疆维吾尔自治区'],
    ['990101', null],
    ['1401', null],
    ['14010a', null],
  ])('%s → %s', (code, province) => {
    expect(provinceOfDistrict(code)).toBe(province);
  });
});
