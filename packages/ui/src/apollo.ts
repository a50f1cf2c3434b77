import { ApolloClient, HttpLink, InMemoryCache, type PossibleTypesMap } from '@apollo/client';

/**
 * The one Apollo Client a front end uses; the API answers on the same origin at /graphql.
 * `possibleTypes` (from @yingcai/schema) lets the cache match fragments on interfaces.
 */
export function createApolloClient(possibleTypes: PossibleTypesMap = {}, uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({ possibleTypes }),
  });
}
