import type { Mentor } from './mentor.entity.js';

/** What the directory's search matches: name and research fields, lower-cased so a LIKE works alike on SQLite and PostgreSQL. */
export function mentorSearchText(mentor: Pick<Mentor, 'name' | 'researchFields'>): string {
  return [mentor.name, ...mentor.researchFields].join(' ').toLowerCase();
}
