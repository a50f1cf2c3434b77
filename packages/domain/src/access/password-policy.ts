import { commonPasswords } from './common-passwords.js';

export type PasswordProblemCode = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'CONTAINS_IDENTITY';

/** Why a password is refused; `message` is English, the UI translates by `code`. */
export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

/** What the account already knows about its holder, which a password must not repeat. */
export interface PasswordContext {
  email?: string | null;
  phone?: string | null;
  displayName?: string | null;
}

/** NIST 800-63B: at least 8 characters; at least 64 must be allowed, so 128 is the cap. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** An e-mail's local part (before any `+tag`) shorter than this is too generic to refuse (`li@…`, `wyf@…`). */
const MIN_EMAIL_NAME_LENGTH = 4;
/** A phone number with fewer digits than this is too generic to refuse (an extension). */
const MIN_PHONE_DIGITS = 7;

/** Length in Unicode code points: 密码 is 2 characters, not 2 UTF-16 units or 6 UTF-8 bytes. */
const codePoints = (value: string): number => [...value].length;

/**
 * The form compared with the list and with the account's identity: NFKC (so full-width
 * １２３４５６７８ typed with a Chinese IME is 12345678), surrounding whitespace trimmed, lower case.
 */
const comparable = (value: string): string => value.normalize('NFKC').trim().toLowerCase();

/** Separators people put inside phone numbers (138-1234-5678, 138 1234 5678). */
const PHONE_SEPARATORS = /[\s\-.()]/gu;

/** The national number of a phone, without separators or the +86 / 0086 country code. */
function phoneDigits(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/\D/gu, '');
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  if (digits.length === 15 && digits.startsWith('0086')) return digits.slice(4);
  return digits;
}

function emailName(email: string): string {
  const normalized = comparable(email);
  const at = normalized.lastIndexOf('@');
  const local = at >= 0 ? normalized.slice(0, at) : normalized;
  // zhangsan+yingcai@… is zhangsan's address: the sub-address tag is not part of the name
  const plus = local.indexOf('+');
  return plus > 0 ? local.slice(0, plus) : local;
}

function identityFound(password: string, context: PasswordContext): string[] {
  const candidate = comparable(password);
  const found: string[] = [];

  const name = context.email ? emailName(context.email) : '';
  if (codePoints(name) >= MIN_EMAIL_NAME_LENGTH && candidate.includes(name)) found.push('contain the name of your e-mail address');

  const digits = context.phone ? phoneDigits(context.phone) : '';
  if (digits.length >= MIN_PHONE_DIGITS && candidate.replace(PHONE_SEPARATORS, '').includes(digits)) found.push('contain your phone number');

  const displayName = context.displayName ? comparable(context.displayName).replace(/\s/gu, '') : '';
  if (displayName !== '' && candidate.replace(/\s/gu, '') === displayName) found.push('be your name');

  return found;
}

/**
 * Is a new password acceptable? An empty list means yes; otherwise each broken rule once, in the
 * order length, common, identity. Rules (OWASP ASVS 2.1, NIST 800-63B 3.1.1.2):
 * - 8 to 128 characters counted as Unicode code points, as typed (nothing trimmed or truncated);
 * - no composition rules: any characters, spaces and passphrases included;
 * - not a commonly used password, compared after NFKC, trimming and lower-casing, by exact match
 *   with the list (`password1234` is not on it and is accepted: the list is not a pattern);
 * - not containing the e-mail's local part (4+ characters) or the phone's digits (7+), and not the
 *   display name itself (whitespace and case ignored; names are too short to refuse by containment).
 */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = codePoints(password);

  if (length < MIN_PASSWORD_LENGTH) {
    problems.push({ code: 'TOO_SHORT', message: `password must be at least ${MIN_PASSWORD_LENGTH} characters, got ${length}` });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    problems.push({ code: 'TOO_LONG', message: `password must be at most ${MAX_PASSWORD_LENGTH} characters, got ${length}` });
  }
  if (commonPasswords.has(comparable(password))) {
    problems.push({ code: 'COMMON', message: 'password is on the list of commonly used passwords' });
  }
  const found = identityFound(password, context);
  if (found.length > 0) {
    problems.push({ code: 'CONTAINS_IDENTITY', message: `password must not ${found.join(' or ')}` });
  }
  return problems;
}
