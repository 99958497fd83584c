import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
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

/**
 * Login, set-up and accepting an invitation all answer with the new session: keep it and go on
 * to `destination`.
 */
export function useSessionStart(start: () => Promise<Session>, destination = '/') {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: start,
    onSuccess: (session) => {
      setCsrfToken(session.authenticated ? session.csrfToken : undefined);
      client.setQueryData(SESSION_KEY, session);
      navigate(destination, { replace: true });
    },
  });
}

export const hasRole = (user: SessionUser, ...roles: Role[]) => roles.some((r) => user.roles.includes(r));
