import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../graphql/errors.js';

export const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  INTERNAL: 500,
};

/**
 * A REST route's failure with the same closed codes GraphQL puts in `extensions.code`:
 * `{ error: { code, message, ...extensions } }`. Anything but an AppError is logged and masked.
 */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof AppError) return reply.code(STATUS[error.extensions.code as ErrorCode]).send(errorBody(error));
  request.log.error({ err: error }, 'unexpected error in a REST request');
  return reply.code(500).send({ error: { code: 'INTERNAL', message: 'Internal error' } });
}

/** A REST error body: the same codes as GraphQL's `extensions.code`, so a client switches on one set. */
export function errorBody(error: AppError): { error: Record<string, unknown> } {
  const { code, ...extensions } = error.extensions as { code: ErrorCode };
  return { error: { code, message: error.message, ...extensions } };
}
