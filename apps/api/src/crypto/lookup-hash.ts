import { lookupHashWith, type DataKeys } from './field-cipher.js';
import { dataKeys } from './field-keys.js';

/**
 * Issue 22: what an encrypted value is found by. Equal values give equal hashes under this deployment's
 * hash key and nothing else; each kind is hashed apart, in the one spelling the programme stores.
 */
export type LookupKind = 'id-number' | 'email' | 'phone' | 'notice-entry';

const NORMAL: Record<LookupKind, (value: string) => string> = {
  'id-number': (value) => value.trim().toUpperCase(),
  email: (value) => value.trim().toLowerCase(),
  phone: (value) => value.trim(),
  'notice-entry': (value) => value,
};

const lookupHashOf = (keys: DataKeys, kind: LookupKind, value: string): string => lookupHashWith(keys, `${kind}:${NORMAL[kind](value)}`);

export const lookupHash = (kind: LookupKind, value: string): string => lookupHashOf(dataKeys(), kind, value);

/** An e-mail address or a phone number, as a message's recipient or a contact is found (issues 22, 23). */
export const contactHashOf = (keys: DataKeys, contact: string): string => lookupHashOf(keys, contact.includes('@') ? 'email' : 'phone', contact);

export const idNumberHash = (idNumber: string): string => lookupHash('id-number', idNumber);
