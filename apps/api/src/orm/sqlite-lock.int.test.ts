import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireSqliteLock, DatabaseInUseError } from './sqlite-lock.js';

/** Another process that takes the lock as acquireSqliteLock does, says so, and keeps it until it is killed. */
async function holderOf(databaseFile: string): Promise<ChildProcess> {
  const script = `
    const Sqlite = require('better-sqlite3');
    const lock = new Sqlite(${JSON.stringify(`${databaseFile}.lock`)}, { timeout: 0 });
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
    process.stdout.write('held\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(child.stdout!, 'data');
  return child;
}

describe('issue 21: the SQLite file is locked by the operating system, not by a pid', () => {
  let dir: string;
  let databaseFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yingcai-lock-'));
    databaseFile = join(dir, 'yingcai.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a live process holding the file refuses a second start, naming the file', async () => {
    const holder = await holderOf(databaseFile);
    try {
      expect(() => acquireSqliteLock(databaseFile)).toThrow(DatabaseInUseError);
      expect(() => acquireSqliteLock(databaseFile)).toThrow(`${databaseFile} is in use by another Yingcai process`);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('a process killed while holding the lock does not block the next start', async () => {
    const holder = await holderOf(databaseFile);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    const release = acquireSqliteLock(databaseFile);
    release();
  });

  it('an old lock file naming a live, unrelated pid (ours, after a restart in a container) does not block the start', () => {
    writeFileSync(`${databaseFile}.lock`, String(process.pid));
    const release = acquireSqliteLock(databaseFile);
    expect(() => acquireSqliteLock(databaseFile)).toThrow(DatabaseInUseError);
    release();
    acquireSqliteLock(databaseFile)();
  });
});
