import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { possibleTypes } from '@yingcai/schema';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { SessionAccount } from '../shell/access';
import { CycleSelectionProvider } from '../shell/cycle-selection';
import { LocaleProvider } from '../shell/locale-provider';
import { SessionProvider } from '../shell/session';
import { anAccount } from './fixtures/session';

/** Renders a screen as the console would: locale, mocked API, a signed-in account, the selected cycle and a router. */
export function renderInConsole(
  screen: ReactNode,
  mocks: readonly MockLink.MockedResponse[],
  path = '/',
  account: SessionAccount = anAccount(),
) {
  const element = (
    <SessionProvider value={account}>
      <CycleSelectionProvider>{screen}</CycleSelectionProvider>
    </SessionProvider>
  );
  return renderRoutes([{ path: '*', element }], mocks, path);
}

/** Renders routes with a memory router (no basename) over the mocked API; returns the router to read where it went. */
export function renderRoutes(routes: RouteObject[], mocks: readonly MockLink.MockedResponse[], path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ possibleTypes })}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </MockedProvider>,
  );
  return { ...result, router };
}
