import { lazy, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { AdminResource } from '../resources';
import { mayOpen, type RequiredRole } from './access';
import { useSession } from './session';

// Lazy for the same reason as NotFound: Result's illustrations.
const Forbidden = lazy(() => import('./access-denied').then((m) => ({ default: m.Forbidden })));

/** A resource's screen, or a refusal when the signed-in account's roles do not reach it. */
export function Guarded({ requiredRole, children }: { requiredRole: RequiredRole; children: ReactNode }) {
  const account = useSession();
  return mayOpen(requiredRole, account.roles) ? children : <Forbidden />;
}

/** The console's start: the first screen of the menu this account may open. */
export function OpenFirstResource({ resources, fallback }: { resources: readonly AdminResource[]; fallback: ReactNode }) {
  const account = useSession();
  const first = resources.find((r) => r.inMenu && mayOpen(r.requiredRole, account.roles));
  return first ? <Navigate to={first.path} replace /> : fallback;
}
