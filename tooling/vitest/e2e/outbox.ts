import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { inject } from 'vitest';
import { parseDataKeys } from '../../../apps/api/src/crypto/data-keys.js';
import { decryptWith } from '../../../apps/api/src/crypto/field-cipher.js';
import { keyFileOf } from './start-server.js';

/**
 * The first match of a pattern in the newest outbox message to a recipient, read from the server's SQLite
 * file: the message whole, as its encrypted copy holds it (the readable body hides codes and tokens, issue 23).
 */
export async function readOutboxMatch(recipient: string, pattern: RegExp, databaseFile = inject('databaseFile')): Promise<string> {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const row = db.prepare('select sealed from outbox_message where recipient = ? order by id desc limit 1').get(recipient) as { sealed: string | null } | undefined;
      const found = row?.sealed && pattern.exec(sealedBody(row.sealed, databaseFile))?.[0];
      if (found) return found;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`no ${String(pattern)} in the outbox for ${recipient}`);
  } finally {
    db.close();
  }
}

function sealedBody(sealed: string, databaseFile: string): string {
  const keyFile = keyFileOf(databaseFile);
  const keys = parseDataKeys(readFileSync(keyFile, 'utf8'), keyFile);
  return (JSON.parse(decryptWith(keys, sealed)) as { body: string }).body;
}

/** The six-digit code in the newest outbox message to a recipient. */
export function readOutboxCode(recipient: string, databaseFile = inject('databaseFile')): Promise<string> {
  return readOutboxMatch(recipient, /\d{6}/, databaseFile);
}
