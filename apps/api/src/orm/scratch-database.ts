import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Database } from '../env.js';

export interface ScratchDatabase {
  database: Database;
  drop(): Promise<void>;
}

/**
 * A new, empty database for one test file or one migration run: a temporary SQLite file,
 * or a fresh database on the PostgreSQL server of `serverUrl` (dropped again by `drop`).
 */
export async function createScratchDatabase(serverUrl?: string): Promise<ScratchDatabase> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (!serverUrl) {
    const file = join(tmpdir(), `yingcai-${suffix}.sqlite`);
    return {
      database: { dialect: 'sqlite', file },
      drop: async () => {
        for (const extra of ['', '-wal', '-shm', '.lock']) rmSync(`${file}${extra}`, { force: true });
      },
    };
  }
  const name = `yingcai_${suffix}`;
  await onServer(serverUrl, (orm) => orm.em.getConnection().execute(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    database: { dialect: 'postgresql', url: url.toString() },
    drop: () => onServer(serverUrl, (orm) => orm.em.getConnection().execute(`drop database if exists "${name}" with (force)`)),
  };
}

async function onServer(serverUrl: string, work: (orm: MikroORM) => Promise<unknown>): Promise<void> {
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: serverUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  try {
    await work(orm);
  } finally {
    await orm.close();
  }
}
