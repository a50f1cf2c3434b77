/**
 * Characters no typed text holds: C0 controls but tab, line feed and carriage return, DEL and the C1
 * controls. A NUL in a name or a note is a forged request or a broken client, never a person's text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Whether free text may be stored as it is: no control character but tab and line breaks. */
export const hasControlCharacter = (text: string): boolean => CONTROL_CHARACTER.test(text);

/** A number as typed on a Chinese keyboard: full-width digits (１２) fold to ASCII (NFKC) and surrounding spaces go. */
export const typedNumber = (typed: string): string => typed.normalize('NFKC').trim();
