import { DataloaderType, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import type { Database } from '../env.js';
import { entities } from './entities.js';
import { migrationsOf } from './migrations/index.js';

export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** One configuration for both dialects: only the driver and the migration folder differ. */
export function createOrmOptions(database: Database): Options {
  const common: Options = {
    entities,
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    // Issue 21: a database that is not there is refused (reachable.ts), never created by a start.
    ensureDatabase: false,
    extensions: [Migrator, SeedManager],
    migrations: {
      tableName: MIGRATIONS_TABLE,
      migrationsList: migrationsOf(database.dialect),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  };
  if (database.dialect === 'sqlite') {
    return { ...common, driver: BetterSqliteDriver, dbName: database.file };
  }
  return { ...common, driver: PostgreSqlDriver, clientUrl: database.url, pool: { min: 0, max: database.poolMax ?? 10 } };
}
