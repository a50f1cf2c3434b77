import type { EncryptedColumn } from '../orm/encrypt-columns.js';

/**
 * Every column that holds encrypted values today (issue 22): what `npm run keys:rotate` re-encrypts.
 * A migration keeps its own list, as it was when it was written.
 */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  ['guardian_consent', 'date_of_birth'],
  ['guardian_consent', 'guardian_phone'],
  ['application', 'date_of_birth'],
  ['application', 'id_number'],
  ['application', 'phone'],
  ['account', 'email'],
  ['account', 'phone'],
  ['application_material', 'data_key'],
];
