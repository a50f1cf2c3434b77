import type { InputError } from '../applications/input-error.js';

/** An interview slot (面试场次) as the office enters it: when, where or on which link, for how many. */
export interface InterviewSlotDraft {
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineLink: string | null;
  capacity: number;
}

export const MAX_SLOT_CAPACITY = 200;

const isWebLink = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const blank = (value: string | null): boolean => value == null || value.trim() === '';

/**
 * R-SEL-5: a slot ends after it starts, has a place or an online link (or both; the link an http(s)
 * address the applicant can open) and room for 1..MAX_SLOT_CAPACITY interviewees.
 */
export function checkInterviewSlot(slot: InterviewSlotDraft): InputError[] {
  const errors: InputError[] = [];
  if (!(slot.endsAt.getTime() > slot.startsAt.getTime())) errors.push({ field: 'endsAt', code: 'NOT_AFTER_START', message: 'a slot ends after it starts' });
  if (blank(slot.place) && blank(slot.onlineLink)) errors.push({ field: 'place', code: 'NO_PLACE', message: 'a slot needs a place or an online link' });
  if (!blank(slot.onlineLink) && !isWebLink(slot.onlineLink!.trim())) errors.push({ field: 'onlineLink', code: 'NOT_A_LINK', message: 'the online link is an http(s) address' });
  if (!Number.isInteger(slot.capacity) || slot.capacity < 1 || slot.capacity > MAX_SLOT_CAPACITY) {
    errors.push({ field: 'capacity', code: 'OUT_OF_RANGE', message: `a slot takes 1 to ${MAX_SLOT_CAPACITY} interviewees` });
  }
  return errors;
}
