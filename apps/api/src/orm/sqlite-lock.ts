import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { StartupError } from '../startup-error.js';

export class DatabaseInUseError extends StartupError {}

/**
 * SQLite is one file: two Yingcai processes on it would race each other's migrations and
 * sessions. A lock file beside it holds the owner's pid; a lock whose process is gone is stale.
 */
export function acquireSqliteLock(databaseFile: string): () => void {
  const lockFile = `${databaseFile}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (isRunning(owner)) {
        throw new DatabaseInUseError(
          `${databaseFile} is in use by another Yingcai process (pid ${owner}); stop it first or set DATABASE_URL to another file`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DatabaseInUseError(`could not lock ${databaseFile}`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
