import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { LocaleProvider } from './shell/locale-provider';

interface AppProps {
  client: ApolloClient;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ client, router }: AppProps) {
  return (
    <ApolloProvider client={client}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </ApolloProvider>
  );
}
