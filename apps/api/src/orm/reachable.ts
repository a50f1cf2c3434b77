import type { MikroORM } from '@mikro-orm/core';
import type { Database } from '../env.js';
import { StartupError } from '../startup-error.js';

export class DatabaseUnreachableError extends StartupError {}

/** A PostgreSQL URL's database, server (host:port) and user, as an operator names them; never the password. */
function partsOf(url: string) {
  const parsed = new URL(url);
  const port = parsed.port || '5432';
  return { name: decodeURIComponent(parsed.pathname.slice(1)), host: parsed.hostname, port, server: `${parsed.hostname}:${port}`, user: decodeURIComponent(parsed.username) };
}

/** The database as an operator names it: the SQLite file, or the PostgreSQL database and server. */
export function describeDatabase(database: Database): string {
  if (database.dialect === 'sqlite') return database.file;
  const { name, server } = partsOf(database.url);
  return `PostgreSQL database "${name}" on ${server}`;
}

/**
 * Issue 21: a start on a database that is not there says so in one line. Creating a database is an
 * operator's act (MikroORM's `ensureDatabase` is off), so a typo in its name is refused, not created.
 */
export async function refuseUnreachable(orm: MikroORM, database: Database): Promise<void> {
  const checked = await orm.checkConnection();
  if (checked.ok || database.dialect === 'sqlite') return;
  const { name, host, port, server, user } = partsOf(database.url);
  const code = (checked.error as { code?: string } | undefined)?.code;
  if (code === '3D000') {
    throw new DatabaseUnreachableError(`the PostgreSQL database "${name}" does not exist on ${server}: check DATABASE_URL, or create it (createdb -h ${host} -p ${port} ${name})`);
  }
  if (code === '28P01' || code === '28000') {
    throw new DatabaseUnreachableError(`PostgreSQL on ${server} refused the user "${user}": check the user and password in DATABASE_URL`);
  }
  throw new DatabaseUnreachableError(`cannot reach PostgreSQL on ${server} (${code ?? checked.error?.message ?? 'no answer'}): is the server running, and is DATABASE_URL's host and port right?`);
}
