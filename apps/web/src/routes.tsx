import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { SiteLayout } from './layout/site-layout';
import { HomePage } from './routes/home/home-page';

// every page but home loads on demand, so the first load stays within budget
const NotFoundPage = lazy(() =>
  import('./routes/not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  {
    element: <SiteLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
