import type { MikroORM } from '@mikro-orm/core';
import type { Database } from '../env.js';
import { StartupError } from '../startup-error.js';

export class DatabaseUnreachableError extends StartupError {}

/** The database as an operator names it: the SQLite file, or the PostgreSQL database and server (never the password). */
export function describeDatabase(database: Database): string {
  if (database.dialect === 'sqlite') return database.file;
  const url = new URL(database.url);
  return `PostgreSQL database "${decodeURIComponent(url.pathname.slice(1))}" on ${url.hostname}:${url.port || '5432'}`;
}

/**
 * Issue 21: a start on a database that is not there says so in one line. Creating a database is an
 * operator's act (MikroORM's `ensureDatabase` is off), so a typo in its name is refused, not created.
 */
export async function refuseUnreachable(orm: MikroORM, database: Database): Promise<void> {
  const checked = await orm.checkConnection();
  if (checked.ok || database.dialect === 'sqlite') return;
  const { error } = checked;
  const url = new URL(database.url);
  const name = decodeURIComponent(url.pathname.slice(1));
  const server = `${url.hostname}:${url.port || '5432'}`;
  const code = (error as { code?: string } | undefined)?.code;
  if (code === '3D000') {
    throw new DatabaseUnreachableError(`the PostgreSQL database "${name}" does not exist on ${server}: check DATABASE_URL, or create it (createdb -h ${url.hostname} -p ${url.port || '5432'} ${name})`);
  }
  if (code === '28P01' || code === '28000') {
    throw new DatabaseUnreachableError(`PostgreSQL on ${server} refused the user "${decodeURIComponent(url.username)}": check the user and password in DATABASE_URL`);
  }
  throw new DatabaseUnreachableError(`cannot reach PostgreSQL on ${server} (${code ?? error?.message ?? 'no answer'}): is the server running, and is DATABASE_URL's host and port right?`);
}
