import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { createArmor, MAX_TOKENS } from './armor.js';
import { logUnexpectedErrors } from './error-log.js';
import { formatError } from './errors.js';
import { refuseControlCharacters } from './input-text.js';

export function createApollo(app: FastifyInstance, schema: GraphQLSchema, production: boolean): ApolloServer<Context> {
  const armor = createArmor<Context>(production);
  return new ApolloServer<Context>({
    schema,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    // Apollo's default: a POST must be JSON or carry a preflight header, so a form on another site cannot send one.
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM: Apollo's own handler re-raises the signal before the ORM is closed.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      ...armor.plugins,
      refuseControlCharacters(),
      logUnexpectedErrors(app.log),
      fastifyApolloDrainPlugin(app),
      // STACK.md: cache-control costs ~40 % of throughput on lists, and nothing here uses it.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN, which is unreachable where this runs.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
