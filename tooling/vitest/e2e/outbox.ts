import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { inject } from 'vitest';
import { parseDataKeys } from '../../../apps/api/src/crypto/data-keys.js';
import { decryptWith, type DataKeys } from '../../../apps/api/src/crypto/field-cipher.js';
import { contactHashOf } from '../../../apps/api/src/crypto/lookup-hash.js';
import { keyFileOf } from './start-server.js';

/**
 * The first match of a pattern in the newest outbox message to a recipient, read from the server's SQLite
 * file: the message whole, as its encrypted copy holds it (the readable body hides codes and tokens, issue 23).
 */
export async function readOutboxMatch(recipient: string, pattern: RegExp, databaseFile = inject('databaseFile')): Promise<string> {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const keys = keysOf(databaseFile);
      const row = db.prepare('select sealed from outbox_message where recipient_hash = ? order by id desc limit 1').get(contactHashOf(keys, recipient)) as { sealed: string | null } | undefined;
      const found = row?.sealed && pattern.exec((JSON.parse(decryptWith(keys, row.sealed)) as { body: string }).body)?.[0];
      if (found) return found;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`no ${String(pattern)} in the outbox for ${recipient}`);
  } finally {
    db.close();
  }
}

/** The server's data keys: messages are found by the recipient's keyed hash and read from their sealed copy. */
function keysOf(databaseFile: string): DataKeys {
  const keyFile = keyFileOf(databaseFile);
  return parseDataKeys(readFileSync(keyFile, 'utf8'), keyFile);
}

/** The six-digit code in the newest outbox message to a recipient. */
export function readOutboxCode(recipient: string, databaseFile = inject('databaseFile')): Promise<string> {
  return readOutboxMatch(recipient, /\d{6}/, databaseFile);
}
