import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../core/locale.js';
import type { Role } from '../../core/roles.js';
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

/** After login, set-up or accepting an invitation the answer is the new session. */
export function useStoreSession() {
  const client = useQueryClient();
  return (session: Session) => {
    setCsrfToken(session.authenticated ? session.csrfToken : undefined);
    client.setQueryData(SESSION_KEY, session);
  };
}

export const hasRole = (user: SessionUser, ...roles: Role[]) => roles.some((r) => user.roles.includes(r));
