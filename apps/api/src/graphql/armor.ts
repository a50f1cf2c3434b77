import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';

/** At most this many tokens in a document: graphql-js's own parser enforces it (a 400, like any syntax error). */
export const MAX_TOKENS = 1000;

/**
 * graphql-armor at its defaults (depth 6, aliases 15, cost 5000); no screen has needed more yet.
 * Depth is the nesting of fields: a fragment spread is not a level (armor counts it as one by default,
 * which refused the public site's own WebMyApplication, fragment in fragment, at depth 7).
 * Its token limit is left to the parser (`MAX_TOKENS`): armor's version answers a syntax error with
 * HTTP 500. Field suggestions are off in production so the schema cannot be guessed.
 */
export function createArmor<C extends BaseContext>(production: boolean) {
  const protection = new ApolloArmor({
    maxDepth: { n: 6, flattenFragments: true },
    maxAliases: { n: 15 },
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor types its plugins against Apollo's CommonJS build; they are the same plugins.
  return { plugins: protection.plugins as unknown as ApolloServerPlugin<C>[], validationRules: protection.validationRules };
}
