import Database from 'better-sqlite3';
import { inject } from 'vitest';

/** The first match of a pattern in the newest outbox message to a recipient, read from the server's SQLite file. */
export async function readOutboxMatch(recipient: string, pattern: RegExp, databaseFile = inject('databaseFile')): Promise<string> {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const row = db.prepare('select body from outbox_message where recipient = ? order by id desc limit 1').get(recipient) as { body: string } | undefined;
      const found = row && pattern.exec(row.body)?.[0];
      if (found) return found;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`no ${String(pattern)} in the outbox for ${recipient}`);
  } finally {
    db.close();
  }
}

/** The six-digit code in the newest outbox message to a recipient. */
export function readOutboxCode(recipient: string, databaseFile = inject('databaseFile')): Promise<string> {
  return readOutboxMatch(recipient, /\d{6}/, databaseFile);
}
