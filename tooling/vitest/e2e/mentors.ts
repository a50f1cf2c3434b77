import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { inject } from 'vitest';

export interface E2eMentor {
  name: string;
  disciplineCode: string;
  researchFields: string[];
  profile: string;
}

/**
 * Mentors approved for the 2026 cycle, written into the server's SQLite file: the server runs
 * without demo data and no screen approves mentors yet. search_text follows the API's
 * mentorSearchText (name and fields, lower-cased). Returns their ids by name.
 */
export function addApprovedMentors(mentors: E2eMentor[]): Map<string, string> {
  const db = new Database(inject('databaseFile'), { fileMustExist: true });
  try {
    const { cycleId } = db.prepare('select id as cycleId from cycle where year = 2026').get() as { cycleId: number };
    const { universityId } = db.prepare("select id as universityId from university where name = '山西大学'").get() as { universityId: number };
    const insertMentor = db.prepare(
      `insert into mentor (id, name, university_id, discipline_code, title, honours, research_fields, profile, search_text, is_demo)
       values (?, ?, ?, ?, '教授', '[]', ?, ?, ?, 0)`,
    );
    const appoint = db.prepare(
      `insert into mentor_appointment (cycle_id, mentor_id, status, capacity, team, recommended_at, approved_at, version)
       values (?, ?, 'approved', 3, '[]', ?, ?, 1)`,
    );
    const ids = new Map<string, string>();
    db.transaction(() => {
      for (const mentor of mentors) {
        const id = randomUUID();
        const searchText = [mentor.name, ...mentor.researchFields].join(' ').toLowerCase();
        insertMentor.run(id, mentor.name, universityId, mentor.disciplineCode, JSON.stringify(mentor.researchFields), mentor.profile, searchText);
        appoint.run(cycleId, id, Date.now(), Date.now());
        ids.set(mentor.name, id);
      }
    })();
    return ids;
  } finally {
    db.close();
  }
}
