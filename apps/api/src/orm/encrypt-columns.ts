import type { Migration } from '@mikro-orm/migrations';
import { decryptField, encryptField } from '../crypto/field-keys.js';

/** A column that holds encrypted values (issue 22), by its plain table and column names. */
export type EncryptedColumn = readonly [table: string, column: string];

const BATCH = 500;
const ENCRYPTED = 'v1.%';

/**
 * Encrypts, in batches, the values of `columns` still held in the clear (a stored value starting
 * `v1.` is already encrypted), so a migration stopped half way finishes when it runs again.
 */
export async function encryptColumns(migration: Migration, columns: readonly EncryptedColumn[]): Promise<void> {
  for (const [table, column] of columns) {
    await rewrite(migration, table, column, `${column} not like '${ENCRYPTED}'`, (value) => encryptField(value));
  }
}

/** The migration's down step: every encrypted value of `columns` back in the clear. */
export async function decryptColumns(migration: Migration, columns: readonly EncryptedColumn[]): Promise<void> {
  for (const [table, column] of columns) {
    await rewrite(migration, table, column, `${column} like '${ENCRYPTED}'`, (value, id) => decryptField(value, `${table}.${column} of row ${id}`));
  }
}

async function rewrite(migration: Migration, table: string, column: string, pending: string, change: (value: string, id: number) => string): Promise<void> {
  for (;;) {
    const rows = (await migration.execute(`select id, ${column} as value from ${table} where ${column} is not null and ${pending} order by id limit ${BATCH}`)) as { id: number; value: string }[];
    for (const row of rows) await migration.execute(`update ${table} set ${column} = ? where id = ?`, [change(String(row.value), row.id), row.id]);
    if (rows.length < BATCH) return;
  }
}
