import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { CycleSelectionProvider } from '../shell/cycle-selection';
import { LocaleProvider } from '../shell/locale-provider';

/** Renders a screen as the console would: locale, mocked API, the selected cycle and a router. */
export function renderInConsole(screen: ReactNode, mocks: readonly MockLink.MockedResponse[], path = '/') {
  const router = createMemoryRouter([{ path: '*', element: <CycleSelectionProvider>{screen}</CycleSelectionProvider> }], {
    initialEntries: [path],
  });
  return render(
    <MockedProvider mocks={mocks}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </MockedProvider>,
  );
}
