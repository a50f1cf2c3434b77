import { rewrite, type EncryptedColumn, type Execute } from '../orm/encrypt-columns.js';
import { newKey, readKeyFile, toDataKeys, writeKeyFile } from './data-keys.js';
import { ENCRYPTED_PREFIX, prefixUnder } from './field-cipher.js';
import { decryptField, encryptField, useDataKeys } from './field-keys.js';

export interface Rotation {
  current: string;
  retired: string[];
  rewritten: number;
}

const notUnder = (column: string, keyId: string) => ({
  where: `${column} like '${ENCRYPTED_PREFIX}%' and substr(${column}, 1, ?) <> ?`,
  params: [prefixUnder(keyId).length, prefixUnder(keyId)],
});

/**
 * Issue 22: `npm run keys:rotate`. When every value is under the current key, a new key is added to the
 * key file and made current (the old ones stay, so every row reads at every moment); then every value
 * under another key is re-encrypted, a batch at a time; last, the keys no value uses any more are retired.
 * A run stopped half way finds values under an old key and goes on with the current one.
 */
export async function rotateDataKeys(file: string, execute: Execute, columns: readonly EncryptedColumn[], report: (line: string) => void, now: Date, batchSize?: number): Promise<Rotation> {
  let keys = readKeyFile(file);
  useDataKeys(toDataKeys(keys));
  if (!(await anyNotUnder(execute, columns, keys.current))) {
    const { id, key } = newKey(now);
    keys = { ...keys, current: id, keys: { ...keys.keys, [id]: key } };
    writeKeyFile(file, keys);
    useDataKeys(toDataKeys(keys));
    report(`new key ${id} is current; re-encrypting`);
  } else {
    report(`values under an earlier key remain: going on with ${keys.current}`);
  }
  let rewritten = 0;
  for (const [table, column] of columns) {
    const done = await rewrite(execute, table, column, { ...notUnder(column, keys.current), batchSize, onBatch: (n) => report(`${table}.${column}: ${n} re-encrypted`) }, (value, id) =>
      encryptField(decryptField(value, `${table}.${column} of row ${id}`)));
    rewritten += done;
  }
  if (await anyNotUnder(execute, columns, keys.current)) {
    report('values under an earlier key were written meanwhile (is a server still running?): no key retired; run it again');
    return { current: keys.current, retired: [], rewritten };
  }
  const retired = Object.keys(keys.keys).filter((id) => id !== keys.current);
  writeKeyFile(file, { ...keys, keys: { [keys.current]: keys.keys[keys.current]! } });
  report(`done: ${rewritten} values re-encrypted under ${keys.current}; retired ${retired.join(', ') || 'no key'}`);
  return { current: keys.current, retired, rewritten };
}

/** Whether any value of `columns` is under a key other than `keyId`. */
async function anyNotUnder(execute: Execute, columns: readonly EncryptedColumn[], keyId: string): Promise<boolean> {
  for (const [table, column] of columns) {
    const { where, params } = notUnder(column, keyId);
    if ((await execute(`select id from ${table} where ${where} limit 1`, params)).length > 0) return true;
  }
  return false;
}
