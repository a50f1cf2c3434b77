import { emailAddress, mainlandMobile } from '@yingcai/domain';
import { lookupHash } from '../../crypto/lookup-hash.js';
import { accountError } from './accounts.errors.js';

export type Contact = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

/** An e-mail address (lower-cased) or a mainland mobile number (digits only, +86 dropped), spelled as domain spells them. */
export function parseContact(raw: string): Contact {
  const email = raw.includes('@') ? emailAddress(raw) : null;
  if (email) return { kind: 'email', value: email };
  const phone = raw.includes('@') ? null : mainlandMobile(raw);
  if (phone) return { kind: 'phone', value: phone };
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
