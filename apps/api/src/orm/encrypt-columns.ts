import type { Migration } from '@mikro-orm/migrations';
import { ENCRYPTED_PREFIX } from '../crypto/field-cipher.js';
import { decryptField, encryptField } from '../crypto/field-keys.js';

/** A column that holds encrypted values (issue 22), by its plain table and column names. */
export type EncryptedColumn = readonly [table: string, column: string];

/** Runs one statement on the database at hand: a migration's, or a unit of work's connection. */
export type Execute = (sql: string, params?: unknown[]) => Promise<unknown[]>;

const BATCH = 500;
/** A LIKE pattern matching the stored values that are already encrypted. */
export const ENCRYPTED = `${ENCRYPTED_PREFIX}%`;

const migrationExecute = (migration: Migration): Execute => (sql, params) => migration.execute(sql, params);

/**
 * Encrypts, in batches, the values of `columns` still held in the clear (a stored value starting
 * `v1.` is already encrypted), so a migration stopped half way finishes when it runs again.
 */
export async function encryptColumns(migration: Migration, columns: readonly EncryptedColumn[]): Promise<void> {
  for (const [table, column] of columns) {
    await rewrite(migrationExecute(migration), table, column, { where: `${column} not like '${ENCRYPTED}'` }, (value) => encryptField(value));
  }
}

/** The migration's down step: every encrypted value of `columns` back in the clear. */
export async function decryptColumns(migration: Migration, columns: readonly EncryptedColumn[]): Promise<void> {
  for (const [table, column] of columns) {
    await rewrite(migrationExecute(migration), table, column, { where: `${column} like '${ENCRYPTED}'` }, (value, id) => decryptField(value, `${table}.${column} of row ${id}`));
  }
}

export interface Pending {
  /** The SQL condition of the rows still to change; each change takes them out of it. */
  where: string;
  params?: unknown[];
  batchSize?: number;
  /** The column the changed value goes to; `column` itself when not given. */
  into?: string;
  /** Called after each batch with the rows changed so far. */
  onBatch?: (changed: number) => void;
}

/** Rewrites the values of one column matching `pending` (or writes them `into` another), a batch at a time, each row by its id. */
export async function rewrite(execute: Execute, table: string, column: string, pending: Pending, change: (value: string, id: number) => string): Promise<number> {
  const size = pending.batchSize ?? BATCH;
  let changed = 0;
  for (;;) {
    const rows = (await execute(
      `select id, ${column} as value from ${table} where ${column} is not null and ${pending.where} order by id limit ${size}`,
      pending.params ?? [],
    )) as { id: number; value: string }[];
    for (const row of rows) await execute(`update ${table} set ${pending.into ?? column} = ? where id = ?`, [change(String(row.value), row.id), row.id]);
    changed += rows.length;
    pending.onBatch?.(changed);
    if (rows.length < size) return changed;
  }
}
