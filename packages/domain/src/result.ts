/** A recoverable outcome: a rule a user can trip is returned, never thrown. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** The ID of a rule in RULES.md, e.g. `R-APP-2`. */
export type RuleId = `R-${string}-${number}`;

export interface RuleViolation {
  rule: RuleId;
  message: string;
}
