import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { StartupError } from '../startup-error.js';

export class DatabaseInUseError extends StartupError {}

/**
 * SQLite is one file: two Yingcai processes on it would race each other's migrations and sessions.
 * The lock is the operating system's: a small SQLite file beside the database, held in an exclusive
 * transaction for as long as the process lives. The kernel drops the lock with the process, so a crash,
 * a reboot or a reused pid never leaves a lock behind; a live process always holds it.
 */
export function acquireSqliteLock(databaseFile: string): () => void {
  const lockFile = `${databaseFile}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  try {
    return holdLock(lockFile);
  } catch (error) {
    // Yingcai before decision 027 wrote the owner's pid into this file as text: not a lock any more.
    if ((error as { code?: string }).code !== 'SQLITE_NOTADB') throw inUse(databaseFile, error);
    rmSync(lockFile, { force: true });
    return holdLock(lockFile);
  }
}

function holdLock(lockFile: string): () => void {
  const lock = new Sqlite(lockFile, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    throw error;
  }
  return () => lock.close();
}

function inUse(databaseFile: string, error: unknown): Error {
  if ((error as { code?: string }).code !== 'SQLITE_BUSY') return error as Error;
  return new DatabaseInUseError(`${databaseFile} is in use by another Yingcai process: stop it first, or set DATABASE_URL to another file`);
}
