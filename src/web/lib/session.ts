import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import type { Locale } from '../../core/locale.js';
import type { Role } from '../../core/roles.js';
import type { Sector } from '../../core/sector.js';
import { get, setCsrfToken } from './api.js';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  locale: Locale;
}

export interface SessionOrganisation {
  id: string;
  name: string;
  isDemo: boolean;
  minGroupSize: number;
  defaultLocale: Locale;
  sector: Sector;
}

export type Session =
  | { authenticated: false; needsSetup: boolean }
  | { authenticated: true; csrfToken: string; user: SessionUser; organisation: SessionOrganisation };

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
  return (session: Session) => {
    setCsrfToken(session.authenticated ? session.csrfToken : undefined);
    client.setQueryData(SESSION_KEY, session);
    navigate(destination, { replace: true });
  };
}

/** Login, set-up and accepting an invitation all answer with the new session: keep it and go on. */
export function useSessionStart(start: () => Promise<Session>, destination = '/') {
  // The page it opens says it worked: no "Opgeslagen".
  return useMutation({ mutationFn: start, onSuccess: useKeepSession(destination), meta: { feedback: false } });
}

export const hasRole = (user: SessionUser, ...roles: Role[]) => roles.some((r) => user.roles.includes(r));
