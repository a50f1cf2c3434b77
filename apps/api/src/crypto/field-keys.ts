import { CipherError, decryptWith, encryptWith, type DataKeys } from './field-cipher.js';

/**
 * The keys of this process, set once at start (openDatabase) before any row is read or written. The
 * ORM's EncryptedType reads them: entities and services see clear values, the database ciphertext.
 */
let active: DataKeys | null = null;

export function useDataKeys(keys: DataKeys): void {
  active = keys;
}

export function dataKeys(): DataKeys {
  if (!active) throw new Error('data keys are not set: openDatabase sets them before the first query');
  return active;
}

export const encryptField = (plain: string): string => encryptWith(dataKeys(), plain);

/**
 * A clear value of `where` (table.column, maybe its row), or a CipherError naming it, never the value.
 * Given the column, the error keeps the stored value so the row can be found (crypto/cipher-rows.ts).
 */
export function decryptField(stored: string, where: string, source?: { table: string; column: string }): string {
  try {
    return decryptWith(dataKeys(), stored);
  } catch (error) {
    if (error instanceof CipherError) throw new CipherError(error.reason, `${where}: ${error.message}`, source, source && stored);
    throw error;
  }
}
