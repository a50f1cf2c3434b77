import { MikroORM } from '@mikro-orm/core';
import type { Migrator } from '@mikro-orm/migrations';
import { afterEach, describe, expect, it } from 'vitest';
import { Cycle } from '../modules/cycles/cycle.entity.js';
import { createOrmOptions, MIGRATIONS_TABLE } from './config.js';
import { DatabaseVersionError, openDatabase, type OpenDatabase } from './database.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { DatabaseInUseError } from './sqlite-lock.js';

describe('opening the database', () => {
  let scratch: ScratchDatabase | undefined;
  const opened: OpenDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    await scratch?.drop();
    // A dropped database is gone: the next test makes its own (a start never creates one, issue 21).
    scratch = undefined;
  });

  async function open(): Promise<OpenDatabase> {
    scratch ??= await createScratchDatabase(process.env.TEST_DATABASE_URL);
    const db = await openDatabase(scratch.database);
    opened.push(db);
    return db;
  }

  it('migrates and seeds a new database once: a second start adds nothing', async () => {
    const first = await open();
    expect(await first.orm.em.fork().count(Cycle)).toBe(1);
    await first.close();
    opened.pop();
    const second = await open();
    expect(await second.orm.em.fork().count(Cycle)).toBe(1);
  });

  it('the committed migrations match the entities (CI fails when a migration is missing)', async () => {
    const { orm } = await open();
    const migrator = orm.getMigrator() as Migrator;
    expect(await migrator.getPendingMigrations()).toEqual([]);
    expect(await migrator.checkMigrationNeeded()).toBe(false);
  });

  it('refuses a database migrated by a newer version and leaves it as it was', async () => {
    const first = await open();
    const connection = first.orm.em.getConnection();
    await connection.execute(`insert into ${MIGRATIONS_TABLE} (name, executed_at) values ('Migration29990101000000_future', ?)`, [new Date().toISOString()]);
    await first.close();
    opened.pop();

    await expect(openDatabase(scratch!.database)).rejects.toThrow(DatabaseVersionError);
    await expect(openDatabase(scratch!.database)).rejects.toThrow(/newer version of Yingcai.*Migration29990101000000_future/);

    const again = await MikroORM.init(createOrmOptions(scratch!.database));
    const rows = await again.em.getConnection().execute(`select name from ${MIGRATIONS_TABLE}`);
    expect(rows.map((r: { name: string }) => r.name)).toContain('Migration29990101000000_future');
    expect(await again.em.fork().count(Cycle)).toBe(1);
    await again.close();
  });

  it.runIf(!process.env.TEST_DATABASE_URL)('refuses a second process on the same SQLite file, naming it', async () => {
    await open();
    const path = scratch!.database.dialect === 'sqlite' ? scratch!.database.file : '';
    await expect(openDatabase(scratch!.database)).rejects.toThrow(DatabaseInUseError);
    await expect(openDatabase(scratch!.database)).rejects.toThrow(`${path} is in use by another Yingcai process: stop it first`);
  });
});
