import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import type { LoggedIn, Session, SessionCan } from '#contract/auth.js';
import { get, setCsrfToken } from './api.js';

export type { LoggedIn, Session, SessionCan, SessionUser } from '#contract/auth.js';

export const SESSION_KEY = ['session'];

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      const session = await get<Session>('/api/auth/session');
      setCsrfToken(session.authenticated ? session.csrfToken : undefined);
      return session;
    },
    staleTime: 60_000,
  });
}

/** The address of the page open now, for the login page to come back to (RequireSession, a 401 in App). */
export const currentAddress = () => window.location.pathname + window.location.search + window.location.hash;

/** Keeps a new session (login, set-up, accepting an invitation) and goes on to `destination`. */
export function useKeepSession(destination = '/') {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  return (session: LoggedIn) => {
    setCsrfToken(session.csrfToken);
    client.setQueryData(SESSION_KEY, session);
    navigate(destination, { replace: true });
  };
}

/** Login, set-up and accepting an invitation all answer with the new session: keep it and go on. */
export function useSessionStart(start: () => Promise<LoggedIn>, destination = '/') {
  // The page it opens says it worked: no "Opgeslagen".
  return useMutation({ mutationFn: start, onSuccess: useKeepSession(destination), meta: { feedback: false } });
}

/** What the logged-in user may do, as the server's policies answer it (`can`); nothing without a session. */
export function useCan(): Partial<SessionCan> {
  const session = useSession().data;
  return session?.authenticated ? session.can : {};
}
