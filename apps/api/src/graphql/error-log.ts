import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { FastifyBaseLogger } from 'fastify';
import type { Context } from './context.js';
import { isClientError } from './errors.js';

/** Logs what clients see as INTERNAL, with the request id; the logger's `err` serializer keeps values out. */
export function logUnexpectedErrors(logger: FastifyBaseLogger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isClientError(String(error.extensions?.code ?? ''), error)) continue;
            logger.error({ reqId: contextValue?.requestId, path: error.path, err: unwrapResolverError(error) }, 'unexpected error in a GraphQL request');
          }
        },
      };
    },
  };
}
