import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The one Apollo Client a front end uses; the API answers on the same origin at /graphql. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
