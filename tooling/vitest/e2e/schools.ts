import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { inject } from 'vitest';

/**
 * Schools whose participation in the 2026 cycle the office approved, written into the server's
 * SQLite file: the server runs without demo data. Call before the page first asks for them (the
 * API caches the list for 10 s). Returns their ids by name.
 */
export function addParticipatingSchools(schools: { name: string; districtCode: string }[]): Map<string, string> {
  const db = new Database(inject('databaseFile'), { fileMustExist: true });
  try {
    const { cycleId } = db.prepare('select id as cycleId from cycle where year = 2026').get() as { cycleId: number };
    const insertSchool = db.prepare('insert into school (id, name, district_code, is_demo) values (?, ?, ?, 0)');
    const approve = db.prepare(
      `insert into participation (cycle_id, school_id, status, team, submitted_at, decided_at, version)
       values (?, ?, 'approved', ?, ?, ?, 1)`,
    );
    const team = JSON.stringify({ leader: null, contact: null, teachers: [] });
    const ids = new Map<string, string>();
    db.transaction(() => {
      for (const school of schools) {
        const id = randomUUID();
        insertSchool.run(id, school.name, school.districtCode);
        approve.run(cycleId, id, team, Date.now(), Date.now());
        ids.set(school.name, id);
      }
    })();
    return ids;
  } finally {
    db.close();
  }
}
