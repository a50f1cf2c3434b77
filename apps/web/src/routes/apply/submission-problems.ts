import { GraphQLRequestError } from '@yingcai/ui/public-query';

/** Rules with a sentence of their own in the strings file; any other is said with its ID and the server's message. */
const RULES_WITH_SENTENCES = new Set(['R-APP-1', 'R-APP-2', 'R-APP-3', 'R-APP-4', 'R-APP-5', 'R-CONSENT-1']);

export interface RuleProblem {
  rule: string;
  message: string;
  /** The key of its sentence in the apply strings. */
  key: string;
}

/** Why a submission was refused: the rules broken (RULE_VIOLATION) or the fields still empty (INCOMPLETE). */
export interface SubmissionProblems {
  rules: RuleProblem[];
  missing: string[];
  /** Anything else: the error, for the one-sentence description. */
  other: unknown;
}

export function problemsOf(error: unknown): SubmissionProblems {
  const failure = error instanceof GraphQLRequestError ? error.failure : {};
  if (failure.code === 'RULE_VIOLATION') {
    const rules = (failure.violations ?? []).map((v) => ({ ...v, key: RULES_WITH_SENTENCES.has(v.rule) ? `rules.${v.rule}` : 'rules.other' }));
    return { rules, missing: [], other: undefined };
  }
  if (failure.reason === 'INCOMPLETE') return { rules: [], missing: failure.fields ?? [], other: undefined };
  return { rules: [], missing: [], other: error };
}
