import { programmeTime } from '@yingcai/domain/cycle';

const isChinese = (language: string) => language.toLowerCase().startsWith('zh');

const monthName = (year: number, month: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' }).format(Date.UTC(year, month - 1, 1));

/** 2026年11月25日 10:00 / 25 Nov 2026, 10:00, in Asia/Shanghai whatever the phone's own zone. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { year, month, day, hour, minute } = programmeTime(date);
  if (isChinese(language)) return `${year}年${Number(month)}月${Number(day)}日 ${hour}:${minute}`;
  return `${Number(day)} ${monthName(Number(year), Number(month))} ${year}, ${hour}:${minute}`;
}

/** A calendar date (YYYY-MM-DD, no time zone): 2010年5月20日 / 20 May 2010. */
export function formatCalendarDate(date: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (isChinese(language)) return `${year}年${month}月${day}日`;
  return `${day} ${monthName(year, month)} ${year}`;
}
