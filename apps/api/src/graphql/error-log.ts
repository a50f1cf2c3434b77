import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { FastifyBaseLogger } from 'fastify';
import { rowOfCipherError } from '../crypto/cipher-rows.js';
import type { Context } from './context.js';
import { isClientError } from './errors.js';

/** Logs what clients see as INTERNAL, with the request id (and the row of a value that failed to decrypt); the logger's `err` serializer keeps values out. */
export function logUnexpectedErrors(logger: FastifyBaseLogger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isClientError(String(error.extensions?.code ?? ''), error)) continue;
            const err = unwrapResolverError(error);
            const row = contextValue ? await rowOfCipherError(err, (sql, params) => contextValue.em.fork().getConnection().execute(sql, params)).catch(() => null) : null;
            logger.error({ reqId: contextValue?.requestId, path: error.path, err, ...(row ? { row } : {}) }, 'unexpected error in a GraphQL request');
          }
        },
      };
    },
  };
}
