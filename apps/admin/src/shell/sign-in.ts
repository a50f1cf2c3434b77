import { useApolloClient, useMutation } from '@apollo/client/react';
import { AdminLogoutDocument, AdminMeDocument } from '@yingcai/schema';
import { useCallback, useState } from 'react';
import { useHref, useNavigate, type Location } from 'react-router';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import type { SessionAccount } from './access';
import { useDescribeFailure } from './api-failure';

const LOGIN = '/login';

/** Where the login screen sends someone back to: a path of the console, never another site or the login itself. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next === LOGIN || next.startsWith(`${LOGIN}?`) ? '/' : next;
}

/** The login address that brings a signed-out visitor back to where they were going. */
export function loginPathFor(location: Pick<Location, 'pathname' | 'search'>): string {
  const here = `${location.pathname}${location.search}`;
  return here === '/' ? LOGIN : `${LOGIN}?next=${encodeURIComponent(here)}`;
}

/** After login or accepting an invitation: forget anything cached for someone else, then open the console. */
export function useEnterConsole(): (account: SessionAccount, next?: string) => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (account, next = '/') => {
      await client.clearStore();
      client.writeQuery({ query: AdminMeDocument, data: { me: account } });
      await navigate(safeNext(next), { replace: true });
    },
    [client, navigate],
  );
}

/**
 * Logs out, then reloads on the login screen so that nothing of this account stays in memory.
 * `failure` is the sentence to show when the API could not be reached (the session then still holds).
 */
export function useLogout(): { logout: () => Promise<void>; loggingOut: boolean; failure: string | null } {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const loginHref = useHref(LOGIN);
  const [mutate, { loading }] = useMutation(AdminLogoutDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const logout = useCallback(async () => {
    setFailure(null);
    try {
      await mutate();
    } catch (error) {
      setFailure(t('session.loggedOutFailed', { reason: describe(error) }));
      return;
    }
    window.location.assign(loginHref);
  }, [mutate, t, describe, loginHref]);
  return { logout, loggingOut: loading, failure };
}
