import { createContext, useContext } from 'react';
import type { SessionAccount } from './access';

const SessionContext = createContext<SessionAccount | null>(null);

/** The signed-in staff account, given by the shell once `me` has answered. */
export const SessionProvider = SessionContext.Provider;

export function useSession(): SessionAccount {
  const account = useContext(SessionContext);
  if (!account) throw new Error('useSession needs the console shell (SessionProvider)');
  return account;
}
