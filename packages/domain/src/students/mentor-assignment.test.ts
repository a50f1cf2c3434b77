import { describe, expect, it } from 'vitest';
import { assignmentViolation, proposeMentors } from './mentor-assignment.js';

const ranked = (studentId: string, ...mentorIds: string[]) => ({ studentId, choices: mentorIds.map((mentorId, i) => ({ mentorId, rank: i + 1 })) });

describe('R-APP-3 mentors proposed from the students\' ranked choices, within each mentor\'s capacity', () => {
  it('the better-ranked student gets the first choice; the next goes to their second when the first is full', () => {
    const proposal = proposeMentors([ranked('s1', 'chen', 'li'), ranked('s2', 'chen', 'li'), ranked('s3', 'chen')], [
      { mentorId: 'chen', capacity: 2, taken: 1 },
      { mentorId: 'li', capacity: 3, taken: 0 },
    ]);
    expect(proposal).toEqual([
      { studentId: 's1', mentorId: 'chen', choiceRank: 1 },
      { studentId: 's2', mentorId: 'li', choiceRank: 2 },
      { studentId: 's3', mentorId: null, choiceRank: null },
    ]);
  });

  it('choices are taken by rank, not by the order they were stored in', () => {
    const proposal = proposeMentors([{ studentId: 's1', choices: [{ mentorId: 'li', rank: 2 }, { mentorId: 'chen', rank: 1 }] }], [
      { mentorId: 'chen', capacity: 1, taken: 0 },
      { mentorId: 'li', capacity: 1, taken: 0 },
    ]);
    expect(proposal[0]).toMatchObject({ mentorId: 'chen', choiceRank: 1 });
  });

  it('a choice of a mentor no longer approved for the cycle is passed over', () => {
    expect(proposeMentors([ranked('s1', 'gone', 'li')], [{ mentorId: 'li', capacity: 1, taken: 0 }])[0]).toMatchObject({ mentorId: 'li', choiceRank: 2 });
  });

  it('a full mentor, another discipline\'s mentor or one not approved is refused by R-APP-3', () => {
    expect(assignmentViolation({ mentorId: 'chen', capacity: 3, taken: 3, disciplineCode: 'physics' }, 'physics')?.rule).toBe('R-APP-3');
    expect(assignmentViolation({ mentorId: 'chen', capacity: 3, taken: 0, disciplineCode: 'chemistry' }, 'physics')?.message).toBe('the mentor is of chemistry, the student of physics');
    expect(assignmentViolation(null, 'physics')?.rule).toBe('R-APP-3');
    expect(assignmentViolation({ mentorId: 'chen', capacity: 3, taken: 2, disciplineCode: 'physics' }, 'physics')).toBeNull();
  });
});
