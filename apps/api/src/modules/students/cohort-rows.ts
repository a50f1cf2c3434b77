import type { EntityManager } from '@mikro-orm/core';
import type { MentorChoice } from '@yingcai/domain/applications';
import { readRows } from '../../orm/read-rows.js';

export interface StudentRow {
  id: number;
  version: number;
  /** Whose record it is (the audit of a read names them). */
  accountId: string;
  disciplineCode: string;
  mentorId: string | null;
  mentorName: string | null;
  applicationNumber: string;
  name: string;
  schoolName: string | null;
  choices: MentorChoice[];
  assessment: number;
  interview: number | null;
  consentWithdrawn: boolean;
}

export interface MentorRow {
  mentorId: string;
  name: string;
  disciplineCode: string;
  capacity: number;
  taken: number;
}

// JSON and numbers come back as text and bigint on one dialect or the other.
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** The cohort of a cycle as plain rows, one statement: a list reads rows, not entity graphs. */
export async function studentRows(em: EntityManager, cycleId: number): Promise<StudentRow[]> {
  const rows = await readRows<Record<string, unknown>>(em, `
    select s.id, s.version, s.account_id, s.discipline_code, s.mentor_id, m.name as mentor_name, a.application_number, a.name,
           sc.name as school_name, a.mentor_choices, a.assessment_score, ia.score as interview_score,
           case when gc.withdrawn_at is null then 0 else 1 end as consent_withdrawn
      from student s
      join application a on a.id = s.application_id
      left join school sc on sc.id = a.school_id
      left join mentor m on m.id = s.mentor_id
      left join interview_assignment ia on ia.application_id = a.id
      left join guardian_consent gc on gc.account_id = s.account_id
     where s.cycle_id = ?
     order by s.discipline_code, a.application_number`, [cycleId]);
  return rows.map((r) => ({
    id: Number(r.id), version: Number(r.version), accountId: String(r.account_id), disciplineCode: String(r.discipline_code), mentorId: (r.mentor_id as string | null) ?? null,
    mentorName: (r.mentor_name as string | null) ?? null, applicationNumber: String(r.application_number), name: String(r.name),
    schoolName: (r.school_name as string | null) ?? null, choices: json<MentorChoice[]>(r.mentor_choices) ?? [],
    assessment: Number(r.assessment_score ?? 0), interview: numberOrNull(r.interview_score), consentWithdrawn: Number(r.consent_withdrawn) === 1,
  }));
}

/** The mentors approved for the cycle, with the places they offer and how many students they have. */
export async function mentorRows(em: EntityManager, cycleId: number): Promise<MentorRow[]> {
  const rows = await readRows<Record<string, unknown>>(em, `
    select ma.mentor_id, m.name, m.discipline_code, ma.capacity,
           (select count(*) from student s where s.cycle_id = ma.cycle_id and s.mentor_id = ma.mentor_id) as taken
      from mentor_appointment ma
      join mentor m on m.id = ma.mentor_id
     where ma.cycle_id = ? and ma.status = 'approved'
     order by m.discipline_code, m.name`, [cycleId]);
  return rows.map((r) => ({ mentorId: String(r.mentor_id), name: String(r.name), disciplineCode: String(r.discipline_code), capacity: Number(r.capacity), taken: Number(r.taken) }));
}
