const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const EMAIL_MAX_LENGTH = 254;

/** A phone number as typed, without spaces, dashes or the +86 prefix: what is checked and stored. */
export const mobileDigits = (typed: string): string => typed.trim().replace(/[\s-]/g, '').replace(/^\+?86/, '');

/** A mainland mobile number as typed (spaces, dashes, +86 allowed) in its one spelling, 11 digits; null when it is not one. */
export function mainlandMobile(typed: string): string | null {
  const digits = mobileDigits(typed);
  return MAINLAND_MOBILE.test(digits) ? digits : null;
}

/** An e-mail address as typed in its one spelling, lower case; null when it is not one. */
export function emailAddress(typed: string): string | null {
  const email = typed.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= EMAIL_MAX_LENGTH ? email : null;
}
