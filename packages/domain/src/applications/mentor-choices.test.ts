import { describe, expect, it } from 'vitest';
import { checkMentorChoices, type MentorChoice, type MentorChoiceContext } from './mentor-choices.js';

const context: MentorChoiceContext = {
  disciplineCode: 'physics',
  maxChoices: 3,
  approvedMentorIdsByDiscipline: { physics: ['p1', 'p2', 'p3', 'p4'], chemistry: ['c1'] },
};
const ranked = (...ids: string[]): MentorChoice[] => ids.map((mentorId, index) => ({ mentorId, rank: index + 1 }));

describe('R-APP-3 checkMentorChoices: 1..maxChoices distinct mentors, ranked, approved in the chosen discipline', () => {
  it.each<[string, MentorChoice[], string[]]>([
    ['one mentor', ranked('p1'), []],
    ['three mentors, the maximum', ranked('p1', 'p2', 'p3'), []],
    ['given out of order, ranks 1..3', [{ mentorId: 'p2', rank: 2 }, { mentorId: 'p3', rank: 3 }, { mentorId: 'p1', rank: 1 }], []],
    ['no mentor', [], ['choose at least one mentor']],
    ['four mentors, one too many', ranked('p1', 'p2', 'p3', 'p4'), ['choose at most 3 mentors, not 4']],
    ['a mentor twice', ranked('p1', 'p1'), ['mentor p1 is chosen more than once']],
    ['ranks with a gap', [{ mentorId: 'p1', rank: 1 }, { mentorId: 'p2', rank: 3 }], ['rank the choices 1 to 2, each rank once; got 1, 3']],
    ['ranks not from 1', [{ mentorId: 'p1', rank: 2 }], ['rank the choices 1 to 1, each rank once; got 2']],
    ['the same rank twice', [{ mentorId: 'p1', rank: 1 }, { mentorId: 'p2', rank: 1 }], ['rank the choices 1 to 2, each rank once; got 1, 1']],
    ['a mentor of another discipline', ranked('p1', 'c1'), ['mentor c1 is a mentor of chemistry, not of the chosen discipline physics']],
    ['a mentor not approved for the cycle', ranked('x9'), ['mentor x9 is not an approved mentor of the cycle']],
    ['every problem at once', ranked('c1', 'c1', 'x9', 'p1'), [
      'choose at most 3 mentors, not 4',
      'mentor c1 is chosen more than once',
      'mentor c1 is a mentor of chemistry, not of the chosen discipline physics',
      'mentor x9 is not an approved mentor of the cycle',
    ]],
  ])('R-APP-3 %s', (_, choices, messages) => {
    const violations = checkMentorChoices(choices, context);
    expect(violations.map((violation) => violation.message)).toEqual(messages);
    for (const violation of violations) expect(violation.rule).toBe('R-APP-3');
  });

  it('R-APP-3 a discipline without approved mentors refuses every choice', () => {
    expect(checkMentorChoices(ranked('p1'), { ...context, disciplineCode: 'biology' })).toEqual([
      { rule: 'R-APP-3', message: 'mentor p1 is a mentor of physics, not of the chosen discipline biology' },
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN])('R-APP-3 maxChoices %s is a bad cycle setting and throws', (maxChoices) => {
    expect(() => checkMentorChoices(ranked('p1'), { ...context, maxChoices })).toThrow(RangeError);
  });

  it('R-APP-3 maxChoices 1: one mentor only', () => {
    expect(checkMentorChoices(ranked('p1'), { ...context, maxChoices: 1 })).toEqual([]);
    expect(checkMentorChoices(ranked('p1', 'p2'), { ...context, maxChoices: 1 })).toHaveLength(1);
  });
});
