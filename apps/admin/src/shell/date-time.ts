import { programmeDayBoundary as dayBoundary, toProgrammeDateTime } from '@yingcai/domain/cycle';

/** 2026-11-25 10:00 (or with seconds) in Asia/Shanghai, whatever the browser's zone; '—' for none. */
export function formatDateTime(iso: string | null | undefined, { seconds = false } = {}): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return toProgrammeDateTime(date, { seconds });
}

/** The instant a YYYY-MM-DD day starts (or ends, inclusive) in Asia/Shanghai, as an ISO string. */
export const programmeDayBoundary = (day: string, edge: 'start' | 'end'): string => dayBoundary(day, edge).toISOString();
