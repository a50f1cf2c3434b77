import { requestProblems } from '@yingcai/domain/requests';
import type { ValidatorFn } from 'type-graphql';
import type { z } from 'zod';
import { AppError } from './errors.js';

type TypeValue = Parameters<ValidatorFn>[1];

/** Input classes checked by a request schema of `domain` (the one the clients check with). */
const SCHEMAS = new Map<TypeValue, z.ZodType>();

/** Issue 11: a class decorator naming the domain schema an input is checked by before its resolver runs. */
export const checkedBy = (schema: z.ZodType) => (input: TypeValue): void => void SCHEMAS.set(input, schema);

/**
 * type-graphql's validateFn: an argument whose type has a schema is refused as BAD_USER_INPUT naming the
 * first field and its reason code (`extensions.field`, `extensions.reason`; all of them in `inputErrors`).
 */
export function validateRequest(value: unknown, type: TypeValue): void {
  const schema = SCHEMAS.get(type);
  const problems = schema ? requestProblems(schema, value) : [];
  if (problems.length === 0) return;
  const first = problems[0]!;
  throw new AppError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.reason}`).join('; '), { field: first.field, reason: first.reason, inputErrors: problems });
}
