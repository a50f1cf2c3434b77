import Database from 'better-sqlite3';
import { inject } from 'vitest';

/** The six-digit code in the newest outbox message to a recipient, read from the server's SQLite file. */
export async function readOutboxCode(recipient: string): Promise<string> {
  const db = new Database(inject('databaseFile'), { readonly: true, fileMustExist: true });
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const row = db.prepare('select body from outbox_message where recipient = ? order by id desc limit 1').get(recipient) as { body: string } | undefined;
      const code = row && /\d{6}/.exec(row.body)?.[0];
      if (code) return code;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`no code in the outbox for ${recipient}`);
  } finally {
    db.close();
  }
}
