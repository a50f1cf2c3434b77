import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RuleViolation } from '@yingcai/domain';

/** The closed set of codes a client may see in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RULE_VIOLATION'
  | 'INTERNAL';

/** An error a user can cause; anything else thrown is a bug and reaches clients as INTERNAL. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const notFound = (message: string): AppError => new AppError('NOT_FOUND', message);

export const ruleViolation = (violations: RuleViolation[], figures: Record<string, number> = {}): AppError =>
  new AppError('RULE_VIOLATION', violations.map((v) => `${v.rule}: ${v.message}`).join('; '), {
    rules: violations.map((v) => v.rule),
    violations,
    ...figures,
  });

const CLIENT_CODES = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RULE_VIOLATION']);

/** Apollo's own request errors: the client sent a bad document or variables. */
const REQUEST_CODES = new Set<string>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/** Who an error is for: a client's own mistake with a closed code, a bad request document, or a bug (INTERNAL). */
function kindOf(formattedCode: string, error: unknown): 'client' | 'request' | 'internal' {
  if (isAppError(error) && CLIENT_CODES.has(formattedCode)) return 'client';
  return REQUEST_CODES.has(formattedCode) ? 'request' : 'internal';
}

/** Whether a client caused the error, rather than a bug or a failing database (those are logged). */
export const isClientError = (formattedCode: string, error: unknown): boolean => kindOf(formattedCode, error) !== 'internal';

/** An AppError thrown by a resolver, or by a plugin before execution (Apollo wraps those as `originalError`). */
function isAppError(error: unknown): boolean {
  return unwrapResolverError(error) instanceof AppError || (error as { originalError?: unknown } | null)?.originalError instanceof AppError;
}

/** The one mapper from anything thrown to what a client sees: codes pass, internals are masked (and logged by `logUnexpectedErrors`). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const kind = kindOf(String(formatted.extensions?.code ?? ''), error);
  if (kind === 'client') return withoutStacktrace(formatted);
  if (kind === 'request') return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
