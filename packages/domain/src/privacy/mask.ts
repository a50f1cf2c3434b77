/**
 * Masks for personal data shown to people who need to recognise a record, not read it (lists,
 * exports, logs). Characters are Unicode code points; the input is trimmed; the mask keeps the
 * length of what it hides. Short or unexpected input never shows more than half its characters.
 */

const MASK = '*';

const chars = (value: string): string[] => [...value.trim()];

/** Keeps `head` characters at the start and `tail` at the end, the rest masked. */
function keepEnds(characters: readonly string[], head: number, tail: number): string {
  const hidden = characters.length - head - tail;
  return characters.slice(0, head).join('') + MASK.repeat(hidden) + characters.slice(characters.length - tail).join('');
}

/**
 * How many characters to keep at each end, at most `head` and `tail`, never more than half of
 * `length` in all and always hiding at least one: the end is shortened before the start.
 */
function budget(length: number, head: number, tail: number): [number, number] {
  const shown = Math.floor(length / 2);
  const keptTail = Math.min(tail, Math.floor(shown / 2));
  return [Math.min(head, shown - keptTail), keptTail];
}

/**
 * An identity document number (居民身份证号码, 18 characters): the first 4 (province and city)
 * and the last 4 are kept, `110101199003071234` → `1101**********1234`, hiding the birth date.
 * Shorter numbers (15-digit old cards, passports, permits) keep fewer, at most half.
 */
export function maskIdNumber(id: string): string {
  const characters = chars(id);
  return keepEnds(characters, ...budget(characters.length, 4, 4));
}

/**
 * A phone number: an 11-digit mainland mobile keeps the first 3 and last 4, `13812345678` →
 * `138****5678`, as Chinese services show it; any other phone keeps at most the first 3 and
 * last 2 and at most half, with at least one `*`.
 */
export function maskPhone(phone: string): string {
  const characters = chars(phone);
  if (/^\d{11}$/u.test(characters.join(''))) return keepEnds(characters, 3, 4);
  return keepEnds(characters, ...budget(characters.length, 3, 2));
}

/** The local part of an e-mail: first and last character kept from 4 characters on, less below. */
function maskLocalPart(local: readonly string[]): string {
  if (local.length === 0) return '';
  if (local.length === 1) return MASK;
  if (local.length === 2) return `${local[0]}${MASK}`;
  if (local.length === 3) return `${local[0]}${MASK.repeat(2)}`;
  return keepEnds(local, 1, 1);
}

/**
 * An e-mail address: the local part keeps its first and last character, `zhangsan@example.com` →
 * `z******n@example.com`; 2-character local parts become `z*@…`, a 1-character one `*@…`, a
 * 3-character one `z**@…`; the domain is kept. Without an `@` the whole is masked as a local part.
 */
export function maskEmail(email: string): string {
  const characters = chars(email);
  const at = characters.lastIndexOf('@');
  if (at < 0) return maskLocalPart(characters);
  return maskLocalPart(characters.slice(0, at)) + characters.slice(at).join('');
}

const CODE = /(验证码\s*)\d{4,8}/g;
const TOKEN = /([?&#]token=)[^\s&#]+/g;

/**
 * A notice as staff other than the administrator read it in the outbox: one-time codes (`验证码 123456`)
 * and link tokens (`?token=…`) replaced by `******`, the rest as sent.
 */
export function maskSecrets(text: string): string {
  return text.replace(CODE, '$1******').replace(TOKEN, '$1******');
}
