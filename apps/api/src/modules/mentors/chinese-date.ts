const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..31 as written on documents: 十, 十一, 二十, 二十五, 三十一. */
function chineseNumber(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) return DIGITS[units]!;
  const tensPart = tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return units === 0 ? tensPart : `${tensPart}${DIGITS[units]}`;
}

/** `2026-11-25` → `二〇二六年十一月二十五日`, the way official letters print their date. */
export function formatChineseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  const year = [...match[1]!].map((digit) => DIGITS[Number(digit)]).join('');
  return `${year}年${chineseNumber(Number(match[2]))}月${chineseNumber(Number(match[3]))}日`;
}
