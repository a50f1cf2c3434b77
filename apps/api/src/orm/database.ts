import { toProgrammeDate } from '@yingcai/domain/cycle';
import { MikroORM } from '@mikro-orm/core';
import type { DataKeys } from '../crypto/field-cipher.js';
import { useDataKeys } from '../crypto/field-keys.js';
import type { Migrator } from '@mikro-orm/migrations';
import type { Database } from '../env.js';
import { StartupError } from '../startup-error.js';
import { Cycle } from '../modules/cycles/cycle.entity.js';
import { createOrmOptions } from './config.js';
import { migrationsOf } from './migrations/index.js';
import { seedDemoData, type DemoLogin } from './seeders/demo-data.js';
import { refuseDemoIntoRealData, refuseDemoSignIns } from './seeders/demo-guard.js';
import { describeDatabase, refuseUnreachable } from './reachable.js';
import { seedDemoApplications } from './seeders/demo-applications.js';
import { seedDemoCycles } from './seeders/demo-cycles.js';
import { seedDemoParticipations } from './seeders/demo-participations.js';
import { ProgrammeSeeder } from './seeders/programme.seeder.js';
import { acquireSqliteLock } from './sqlite-lock.js';

export class DatabaseVersionError extends StartupError {}

export interface OpenDatabase {
  orm: MikroORM;
  /** Demo logins, when demo data was asked for. */
  demoLogins: DemoLogin[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** DEMO=1: seed the demo data, refused when the database holds real accounts. */
  demo?: boolean;
  /** A production start: refused while a demo account can sign in. */
  production?: boolean;
  /** The keys of the encrypted columns (issue 22); a process that gives none must have set them (tests do, once). */
  keys?: DataKeys;
  /** The day the demo data follows (each cycle in the phase its windows give); the clock unless pinned. */
  now?: Date;
}

/** Opens the database, brings it to this version's schema, and seeds a new one. */
export async function openDatabase(database: Database, options: OpenOptions = {}): Promise<OpenDatabase> {
  if (options.keys) useDataKeys(options.keys);
  const releaseLock = database.dialect === 'sqlite' ? acquireSqliteLock(database.file) : () => {};
  let orm: MikroORM | undefined;
  let demoLogins: DemoLogin[] = [];
  try {
    orm = await MikroORM.init(createOrmOptions(database));
    await refuseUnreachable(orm, database);
    if (database.dialect === 'sqlite') await useWriteAheadLog(orm);
    await migrate(orm, database);
    await seedWhenEmpty(orm);
    if (options.production) await refuseDemoSignIns(orm.em.fork(), describeDatabase(database));
    if (options.demo) {
      await refuseDemoIntoRealData(orm.em.fork(), describeDatabase(database));
      demoLogins = await seedDemoData(orm.em.fork());
      await seedDemoParticipations(orm.em.fork());
      const now = options.now ?? new Date();
      await seedDemoCycles(orm.em.fork(), toProgrammeDate(now));
      await seedDemoApplications(orm.em.fork(), now);
    }
  } catch (error) {
    await orm?.close();
    releaseLock();
    throw error;
  }
  const opened = orm;
  return {
    orm: opened,
    demoLogins,
    async close() {
      await opened.close();
      releaseLock();
    },
  };
}

/**
 * The embedded database as SQLite servers run it: a write-ahead log, so readers never wait for a writer
 * and a commit appends instead of rewriting pages, synced at checkpoints rather than at every commit
 * (a power cut may lose the last commits, never corrupt the file). Issue 23's audit of every list read
 * is a write per request; with the rollback journal each one cost a sync to disk.
 */
async function useWriteAheadLog(orm: MikroORM): Promise<void> {
  const connection = orm.em.getConnection();
  await connection.execute('pragma journal_mode = WAL');
  await connection.execute('pragma synchronous = NORMAL');
}

async function migrate(orm: MikroORM, database: Database): Promise<void> {
  const migrator = orm.getMigrator() as Migrator;
  const known = new Set(migrationsOf(database.dialect).map((m) => m.name));
  const newer = (await migrator.getExecutedMigrations()).find((m) => !known.has(m.name));
  // A database migrated by a newer Yingcai is left untouched: running old code on it could lose data.
  if (newer) {
    throw new DatabaseVersionError(
      `the database was migrated by a newer version of Yingcai (unknown migration ${newer.name}); run that version or restore a backup`,
    );
  }
  await migrator.up();
}

async function seedWhenEmpty(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  if ((await em.count(Cycle)) > 0) return;
  await orm.getSeeder().seed(ProgrammeSeeder);
}
