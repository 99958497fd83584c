import { Center, Loader } from '@mantine/core';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session.js';
import { Shell } from './Shell.js';

/** Logged-in pages: the shell around them, or the login page when there is no session. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!session.data?.authenticated) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Shell session={session.data} />;
}
