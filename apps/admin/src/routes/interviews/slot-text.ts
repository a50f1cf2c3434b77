import { formatDateTime } from '../../shell/date-time';

/** `2025-12-20 09:00–12:00` in Asia/Shanghai; the end's date too when the slot runs past midnight. */
export function slotTime(startsAt: string, endsAt: string): string {
  const start = formatDateTime(startsAt);
  const end = formatDateTime(endsAt);
  return start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start}–${end}`;
}

/** Where the interview is: the place, the online link, or both. */
export const slotPlace = (slot: { place: string | null; onlineLink: string | null }): string =>
  [slot.place, slot.onlineLink].filter(Boolean).join(' / ');
