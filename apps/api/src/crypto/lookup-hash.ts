import { lookupHashWith } from './field-cipher.js';
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

export const lookupHash = (kind: LookupKind, value: string): string => lookupHashWith(dataKeys(), `${kind}:${NORMAL[kind](value)}`);

export const idNumberHash = (idNumber: string): string => lookupHash('id-number', idNumber);
