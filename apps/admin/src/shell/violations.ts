import { CombinedGraphQLErrors } from '@apollo/client';

/** One broken rule as the API reports it in `extensions.violations` of a RULE_VIOLATION. */
export interface Violation {
  rule: string;
  message: string;
}

const isViolation = (value: unknown): value is Violation =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Violation).rule === 'string' &&
  typeof (value as Violation).message === 'string';

/** The violations of a RULE_VIOLATION answer, or null for any other failure. */
export function violationsOf(error: unknown): Violation[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const extensions = first?.extensions ?? {};
  if (extensions.code !== 'RULE_VIOLATION') return null;
  const listed = Array.isArray(extensions.violations) ? extensions.violations.filter(isViolation) : [];
  if (listed.length > 0) return listed;
  // Without the list, the rule IDs and the server's sentence are still worth showing.
  const rules = Array.isArray(extensions.rules) ? extensions.rules.filter((r): r is string => typeof r === 'string') : [];
  return [{ rule: rules.join(', ') || 'RULE_VIOLATION', message: first?.message ?? '' }];
}

/** The figures a RULE_VIOLATION carries beside its rules (e.g. R-SEL-4's invited, required and maxAdmissions). */
export function figuresOf(error: unknown): Record<string, number> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const extensions = error.errors[0]?.extensions ?? {};
  return Object.fromEntries(Object.entries(extensions).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}
