import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { adminResources, type AdminResource } from './resources';
import { AdminLayout } from './shell/admin-layout';

// Lazy: antd's Result carries its illustrations, which only a wrong address needs.
const NotFound = lazy(() => import('./shell/not-found').then((m) => ({ default: m.NotFound })));

/** Every resource becomes a route under the shell; the index opens the first one. */
export function createAdminRoutes(resources: readonly AdminResource[]): RouteObject[] {
  const first = resources[0];
  return [
    {
      path: '/',
      element: <AdminLayout resources={resources} />,
      children: [
        { index: true, element: first ? <Navigate to={first.path} replace /> : <NotFound /> },
        ...resources.map((r) => ({ path: r.path, element: r.element })),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

export function createAdminRouter() {
  return createBrowserRouter(createAdminRoutes(adminResources), { basename: '/admin' });
}
