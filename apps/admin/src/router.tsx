import { Skeleton } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { adminResources, type AdminResource } from './resources';
import { StepWindowNotice } from './shell/step-window-notice';
import { AdminLayout } from './shell/admin-layout';
import { Guarded, OpenFirstResource } from './shell/guards';

// Lazy: antd's Result carries its illustrations, which only a wrong address needs.
const NotFound = lazy(() => import('./shell/not-found').then((m) => ({ default: m.NotFound })));
const LoginPage = lazy(() => import('./routes/session/login/login-page').then((m) => ({ default: m.LoginPage })));
const InvitationPage = lazy(() =>
  import('./routes/invitation/accept/invitation-page').then((m) => ({ default: m.InvitationPage })),
);

/** A page open to everyone, outside the shell. */
const publicPage = (page: ReactNode) => <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>{page}</Suspense>;

/** Login and invitation are public; every resource is a route under the shell, which asks for a staff session. */
export function createAdminRoutes(resources: readonly AdminResource[]): RouteObject[] {
  return [
    { path: '/login', element: publicPage(<LoginPage />) },
    { path: '/invitation', element: publicPage(<InvitationPage />) },
    {
      path: '/',
      element: <AdminLayout resources={resources} />,
      children: [
        { index: true, element: <OpenFirstResource resources={resources} fallback={<NotFound />} /> },
        ...resources.map((r) => ({ path: r.path, element: <Guarded requiredRole={r.requiredRole}>{r.windowStep && <StepWindowNotice step={r.windowStep} />}{r.element}</Guarded> })),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

export function createAdminRouter() {
  return createBrowserRouter(createAdminRoutes(adminResources), { basename: '/admin' });
}
