import type { Execute } from '../orm/encrypt-columns.js';
import { CipherError } from './field-cipher.js';

/**
 * Issue 22: the row a stored value failed to decrypt in, as `<table> <id>`, for the log. The ORM's type
 * that decrypts sees a value, not its row, so the row is found afterwards by the value it failed on.
 */
export async function rowOfCipherError(error: unknown, execute: Execute): Promise<string | null> {
  if (!(error instanceof CipherError) || !error.source || error.storedValue() === undefined) return null;
  const { table, column } = error.source;
  const [row] = (await execute(`select id from ${table} where ${column} = ?`, [error.storedValue()])) as { id: unknown }[];
  return row ? `${table} ${String(row.id)}` : null;
}
