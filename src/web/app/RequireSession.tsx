import { Center, Loader } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { loadAllTexts } from '../i18n/index.js';
import { useSession } from '../lib/session.js';

/**
 * The shell and the texts of the pages behind the login come with the first page behind it, not
 * with the login page (issue 18, weight). `loadShell` may start that earlier (App.tsx).
 */
let shellLoading: Promise<{ default: typeof import('./Shell.js').Shell }> | undefined;
export const loadShell = () => (shellLoading ??= Promise.all([import('./Shell.js'), loadAllTexts()]).then(([{ Shell }]) => ({ default: Shell })));
const Shell = lazy(loadShell);

/** Logged-in pages: the shell around them, or the login page when there is no session. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const loading = (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
  if (session.isPending) return loading;
  if (!session.data?.authenticated) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return (
    <Suspense fallback={loading}>
      <Shell session={session.data} />
    </Suspense>
  );
}
