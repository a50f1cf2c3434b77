import type { z } from 'zod';

/** One field a request schema refused, and why (the reason code the screens translate). */
export interface RequestProblem {
  field: string;
  reason: string;
}

/** The first problem of each field of a request, in the schema's order; empty when it is acceptable. */
export function requestProblems(schema: z.ZodType, value: unknown): RequestProblem[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  const seen = new Set<string>();
  return parsed.error.issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, reason: issue.message }];
  });
}
