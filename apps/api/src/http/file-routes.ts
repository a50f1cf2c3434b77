import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../graphql/errors.js';
import { errorBody, STATUS } from './error-reply.js';

const TOO_LARGE = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_ERR_CTP_BODY_TOO_LARGE']);

/**
 * Errors of the file routes (Excel import and export) in one place: an AppError keeps its code,
 * a file over the limit or a request that is not multipart is BAD_USER_INPUT with a reason, and
 * anything else is logged and masked as INTERNAL.
 */
export function fileRouteErrors(maxMegabytes: number) {
  return (error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      const code = error.extensions.code as ErrorCode;
      return reply.code(STATUS[code] ?? 400).send(errorBody(error));
    }
    if (TOO_LARGE.has(error.code)) {
      return reply.code(413).send(errorBody(new AppError('BAD_USER_INPUT', `the file is larger than ${maxMegabytes} MB`, { reason: 'FILE_TOO_LARGE' })));
    }
    if (error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      return reply.code(400).send(errorBody(new AppError('BAD_USER_INPUT', 'send the file as multipart/form-data', { reason: 'NO_FILE' })));
    }
    request.log.error({ err: error }, 'unexpected error in a file route');
    return reply.code(500).send({ error: { code: 'INTERNAL', message: 'Internal error' } });
  };
}

/** Like Apollo's CSRF prevention: a POST must carry a header a form on another site cannot set. */
export function requirePreflightHeader(request: FastifyRequest): void {
  if (!request.headers['x-requested-with']) {
    throw new AppError('BAD_USER_INPUT', 'send the header x-requested-with', { reason: 'MISSING_HEADER' });
  }
}

