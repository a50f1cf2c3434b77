import type { CalendarDate } from '@yingcai/domain/cycle';

const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: CalendarDate): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

function isChinese(language: string): boolean {
  return language.toLowerCase().startsWith('zh');
}

function monthName(month: number): string {
  return enMonths[month - 1] ?? String(month);
}

/** 2025年11月 / Nov 2025 */
export function formatMonth(date: CalendarDate, language: string): string {
  const { year, month } = parts(date);
  return isChinese(language) ? `${year}年${month}月` : `${monthName(month)} ${year}`;
}

/** 2025年9月–11月 / Sep–Nov 2025; one month when both dates fall in it. */
export function formatMonthRange(start: CalendarDate, end: CalendarDate, language: string): string {
  const from = parts(start);
  const to = parts(end);
  if (from.year === to.year && from.month === to.month) return formatMonth(start, language);
  if (isChinese(language)) {
    return from.year === to.year
      ? `${from.year}年${from.month}月–${to.month}月`
      : `${formatMonth(start, language)}–${formatMonth(end, language)}`;
  }
  return from.year === to.year
    ? `${monthName(from.month)}–${monthName(to.month)} ${to.year}`
    : `${formatMonth(start, language)} – ${formatMonth(end, language)}`;
}
