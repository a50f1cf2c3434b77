import { lookupHash } from '../../crypto/lookup-hash.js';
import { accountError } from './accounts.errors.js';

export type Contact = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** An e-mail address (lower-cased) or a mainland mobile number (digits only, +86 dropped). */
export function parseContact(raw: string): Contact {
  const text = raw.trim();
  if (text.includes('@')) {
    const email = text.toLowerCase();
    if (EMAIL.test(email) && email.length <= 254) return { kind: 'email', value: email };
  } else {
    const digits = text.replace(/[\s-]/g, '').replace(/^(\+?86)/, '');
    if (MAINLAND_MOBILE.test(digits)) return { kind: 'phone', value: digits };
  }
  throw accountError('BAD_USER_INPUT', 'BAD_CONTACT', 'give an e-mail address or an 11-digit mainland mobile number');
}

/** The account columns a contact fills. */
export const contactFields = (contact: Contact) => ({ email: contact.kind === 'email' ? contact.value : null, phone: contact.kind === 'phone' ? contact.value : null });

/** The account of a contact, found by its keyed hash (issue 22): the clear value is never compared in SQL. */
export const contactWhere = (contact: Contact) => (contact.kind === 'email' ? { emailHash: contactKey(contact) } : { phoneHash: contactKey(contact) });

/** An account's e-mail address as a query. */
export const emailWhere = (email: string) => contactWhere({ kind: 'email', value: email });

/** What a contact is found and counted by: rate-limit keys too, so the limit table holds no phone or address. */
export const contactKey = (contact: Contact): string => lookupHash(contact.kind, contact.value);
