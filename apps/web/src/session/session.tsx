import { WebSessionDocument, type WebMeFragment } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** The signed-in account: undefined while the site asks, null when nobody is signed in. */
export type SessionMe = WebMeFragment | null | undefined;

interface Session {
  me: SessionMe;
  /** A page signed in (login, verify) or learnt the account afresh. */
  signedIn: (me: WebMeFragment) => void;
  /** A page signed out, or learnt nobody is signed in. */
  signedOut: () => void;
}

const SessionContext = createContext<Session>({ me: undefined, signedIn: () => {}, signedOut: () => {} });

/**
 * Who is signed in, for the header and the account pages. The session cookie is httpOnly, so the
 * site asks the API once (`me`) after the first paint; pages that sign in or out say so here.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<SessionMe>(undefined);
  // a page that signs in or out before the first answer arrives knows better than that answer
  const told = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    requestGraphQL(WebSessionDocument, {}, controller.signal).then(
      (data) => told.current || setMe(data.me ?? null),
      () => controller.signal.aborted || told.current || setMe(null),
    );
    return () => controller.abort();
  }, []);

  const signedIn = useCallback((next: WebMeFragment) => {
    told.current = true;
    setMe(next);
  }, []);
  const signedOut = useCallback(() => {
    told.current = true;
    setMe(null);
  }, []);
  const value = useMemo(() => ({ me, signedIn, signedOut }), [me, signedIn, signedOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
