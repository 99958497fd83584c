import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { Redirect, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { currentAddress, useSession } from '../lib/session.js';
import { lazyWithTexts } from '../lib/lazyWithTexts.js';

/**
 * The shell comes with the first page behind the login, not with the login page (issue 18,
 * weight). `loadShell` may start that earlier (App.tsx).
 */
const Shell = lazyWithTexts(async () => (await import('./Shell.js')).Shell, ['common']);
export const loadShell = Shell.load;

/** Logged-in pages: the shell around them, or the login page when there is no session. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  // Re-rendered as the address changes; the query and fragment go along to the page after the login.
  useLocation();
  const loading = (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
  if (session.isPending) return loading;
  if (!session.data?.authenticated) return <Redirect to="/login" replace state={{ from: currentAddress() }} />;
  return (
    <Suspense fallback={loading}>
      <Shell session={session.data}>{children}</Shell>
    </Suspense>
  );
}
