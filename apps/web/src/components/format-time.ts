/** Every time on the site is shown in the programme's time zone, whatever the phone's own setting. */
const TIME_ZONE = 'Asia/Shanghai';

const isChinese = (language: string) => language.toLowerCase().startsWith('zh');

/** 2026年11月25日 10:00 / 25 Nov 2026, 10:00, in Asia/Shanghai. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const { year, month, day, hour, minute } = parts;
  if (isChinese(language)) return `${year}年${month}月${day}日 ${hour}:${minute}`;
  const monthName = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, month: 'short' }).format(date);
  return `${day} ${monthName} ${year}, ${hour}:${minute}`;
}

/** A calendar date (YYYY-MM-DD, no time zone): 2010年5月20日 / 20 May 2010. */
export function formatCalendarDate(date: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (isChinese(language)) return `${year}年${month}月${day}日`;
  const monthName = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' }).format(Date.UTC(year, month - 1, day));
  return `${day} ${monthName} ${year}`;
}
