import type { RuleViolation } from '../result.js';

/** One ranked choice of mentor; rank 1 is the first choice. */
export interface MentorChoice {
  mentorId: string;
  rank: number;
}

export interface MentorChoiceContext {
  /** The discipline the applicant applies in. */
  disciplineCode: string;
  /** How many mentors an applicant may rank, at least 1 (a setting of the cycle). */
  maxChoices: number;
  /** The mentors approved for the cycle, by discipline code. */
  approvedMentorIdsByDiscipline: Readonly<Record<string, readonly string[]>>;
}

const violation = (message: string): RuleViolation => ({ rule: 'R-APP-3', message });

function countAndRanks(choices: readonly MentorChoice[], maxChoices: number): RuleViolation[] {
  if (choices.length === 0) return [violation('choose at least one mentor')];
  const violations: RuleViolation[] = [];
  if (choices.length > maxChoices) violations.push(violation(`choose at most ${maxChoices} mentors, not ${choices.length}`));
  const ranks = choices.map((choice) => choice.rank).sort((a, b) => a - b);
  if (ranks.some((rank, index) => rank !== index + 1)) {
    violations.push(violation(`rank the choices 1 to ${choices.length}, each rank once; got ${choices.map((choice) => choice.rank).join(', ')}`));
  }
  const ids = choices.map((choice) => choice.mentorId);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const id of new Set(repeated)) violations.push(violation(`mentor ${id} is chosen more than once`));
  return violations;
}

function disciplineOf(mentorId: string, byDiscipline: MentorChoiceContext['approvedMentorIdsByDiscipline']): string | null {
  return Object.keys(byDiscipline).find((code) => byDiscipline[code]?.includes(mentorId)) ?? null;
}

function approval(mentorId: string, context: MentorChoiceContext): RuleViolation | null {
  const { disciplineCode, approvedMentorIdsByDiscipline: byDiscipline } = context;
  if (byDiscipline[disciplineCode]?.includes(mentorId)) return null;
  const other = disciplineOf(mentorId, byDiscipline);
  if (other === null) return violation(`mentor ${mentorId} is not an approved mentor of the cycle`);
  return violation(`mentor ${mentorId} is a mentor of ${other}, not of the chosen discipline ${disciplineCode}`);
}

/**
 * R-APP-3: 1 to maxChoices distinct mentors, ranked 1..n without gaps, each approved for the
 * cycle in the chosen discipline. Every problem is its own violation, mentors in rank order.
 * A maxChoices below 1 is a bad cycle setting and throws a RangeError.
 */
export function checkMentorChoices(choices: readonly MentorChoice[], context: MentorChoiceContext): RuleViolation[] {
  if (!Number.isInteger(context.maxChoices) || context.maxChoices < 1) {
    throw new RangeError(`maxChoices must be a whole number of at least 1, got ${context.maxChoices}`);
  }
  const inRankOrder = [...choices].sort((a, b) => a.rank - b.rank);
  const seen = new Set<string>();
  const approvals = inRankOrder.flatMap((choice) => {
    if (seen.has(choice.mentorId)) return [];
    seen.add(choice.mentorId);
    return [approval(choice.mentorId, context)].filter((found): found is RuleViolation => found !== null);
  });
  return [...countAndRanks(choices, context.maxChoices), ...approvals];
}
