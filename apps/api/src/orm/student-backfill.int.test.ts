import type { Migrator } from '@mikro-orm/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from './database.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';

describe('issue 11: the migration that adds students makes one of every admission confirmed before it', () => {
  let scratch: ScratchDatabase;
  let db: OpenDatabase;
  const raw = <T>(sql: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute(sql, params) as Promise<T[]>;
  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    db = await openDatabase(scratch.database, { demo: true, now: new Date('2025-11-15T10:00:00+08:00') });
  });
  afterAll(async () => {
    await db.close();
    await scratch.drop();
  });

  it('two confirmed applications of a database of the version before become two students without a mentor', async () => {
    const step = scratch.database.dialect === 'postgresql' ? 'Migration20261207210105_student' : 'Migration20261207210104_student';
    await (db.orm.getMigrator() as Migrator).down({ to: step });
    const confirmed = await raw<{ id: number }>("select id from application where submitted_at is not null order by id limit 2");
    await raw(`update application set status = 'confirmed' where id in (${confirmed.map(() => '?').join(', ')})`, confirmed.map((row) => row.id));
    await (db.orm.getMigrator() as Migrator).up();
    const students = await raw<{ application_id: number; mentor_id: string | null; discipline_code: string }>('select application_id, mentor_id, discipline_code from student order by application_id');
    expect(students.map((s) => Number(s.application_id))).toEqual(confirmed.map((row) => Number(row.id)));
    expect(students.every((s) => s.mentor_id === null && s.discipline_code.length > 0)).toBe(true);
  });
});
