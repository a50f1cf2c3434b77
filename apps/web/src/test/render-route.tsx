import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../routes';
import { mockOperations } from './graphql-mock';

/** The whole site at a path, the API answering by operation name. */
export function renderRoute(path: string, answers: Parameters<typeof mockOperations>[0]) {
  const api = mockOperations(answers);
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  return { ...view, api };
}
