import type { MentorChoice } from '../applications/mentor-choices.js';
import type { RuleViolation } from '../result.js';

/** A student of the cohort waiting for a mentor, with the mentors they ranked when applying (R-APP-3). */
export interface StudentChoices {
  studentId: string;
  choices: readonly MentorChoice[];
}

/** A mentor approved for the cycle: how many students they take this cycle, how many they have. */
export interface MentorPlaces {
  mentorId: string;
  capacity: number;
  taken: number;
}

export interface MentorProposal {
  studentId: string;
  /** Null: none of the student's choices has room; the office chooses by hand. */
  mentorId: string | null;
  /** Which of the student's choices it is (1 = first), or null. */
  choiceRank: number | null;
}

/**
 * The office's starting point for assigning mentors: students in the order given (the admission
 * ranking, best first) each get their highest-ranked choice that still has room. A mentor is never
 * proposed beyond the capacity they declared for the cycle.
 */
export function proposeMentors(students: readonly StudentChoices[], mentors: readonly MentorPlaces[]): MentorProposal[] {
  const free = new Map(mentors.map((m) => [m.mentorId, m.capacity - m.taken]));
  return students.map(({ studentId, choices }) => {
    const choice = [...choices].sort((a, b) => a.rank - b.rank).find((c) => (free.get(c.mentorId) ?? 0) > 0);
    if (!choice) return { studentId, mentorId: null, choiceRank: null };
    free.set(choice.mentorId, free.get(choice.mentorId)! - 1);
    return { studentId, mentorId: choice.mentorId, choiceRank: choice.rank };
  });
}

/**
 * R-APP-3: a student's mentor is a mentor of the student's discipline approved for the cycle, within
 * the places that mentor offers. Null when the assignment may be made.
 */
export function assignmentViolation(mentor: (MentorPlaces & { disciplineCode: string }) | null, studentDiscipline: string): RuleViolation | null {
  if (!mentor) return { rule: 'R-APP-3', message: 'the mentor is not approved for this cycle' };
  if (mentor.disciplineCode !== studentDiscipline) return { rule: 'R-APP-3', message: `the mentor is of ${mentor.disciplineCode}, the student of ${studentDiscipline}` };
  if (mentor.taken >= mentor.capacity) return { rule: 'R-APP-3', message: `the mentor takes ${mentor.capacity} students this cycle and has ${mentor.taken}` };
  return null;
}
