import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import { lazy, useEffect } from 'react';
import { SaveStatus } from '../components/SaveStatus.js';
import { setUnauthenticatedHandler } from '../lib/api.js';
import { hasRole, SESSION_KEY, useSession } from '../lib/session.js';
import { LoginPage } from '../routes/auth/LoginPage.js';
import { PublicLayout } from './PublicLayout.js';
import { lazyWithTexts } from './lazyWithTexts.js';
import { loadShell, RequireSession } from './RequireSession.js';
import { cssVariablesResolver, theme } from './theme.js';

/** Set-up and accepting an invitation happen once per person: loaded when opened, not with the login page. */
const SetupPage = lazyWithTexts(async () => (await import('../routes/setup/SetupPage.js')).SetupPage, ['auth', 'common']);
const InvitePage = lazyWithTexts(async () => (await import('../routes/invite/InvitePage.js')).InvitePage, ['auth', 'common']);

/** The pages behind the login, loaded with the first of them (LoggedInPages.tsx). */
const LoggedInPages = lazy(async () => ({ default: (await import('./LoggedInPages.js')).LoggedInPages }));
const PUBLIC_PATHS = ['/', '/login', '/setup', '/invite'];

/**
 * A page behind the login opened by its address (a bookmark, a reload): its code, the shell and the
 * texts start loading with the app, not after the session check (main.tsx); on a phone each wait
 * is a round trip. Not for the bare address: whoever is not logged in lands on the login page from
 * there, and would load them for nothing.
 */
export function loadPageAt(pathname: string) {
  if (PUBLIC_PATHS.includes(pathname)) return;
  void loadShell();
  void import('./LoggedInPages.js').then(({ loadPageAt }) => loadPageAt(pathname));
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error) } },
});

/** A 401 anywhere means the session ended: forget it and show the login page. */
function SessionExpiry() {
  const navigate = useNavigate();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      queryClient.setQueryData(SESSION_KEY, { authenticated: false, needsSetup: false });
      navigate('/login');
    });
  }, [navigate]);
  return null;
}

/**
 * Privacy officers who do not work on programmes land on the breach register; viewers are the board:
 * they land on the dashboard; everyone else on the programmes they work on.
 */
function Landing() {
  const session = useSession().data;
  const user = session?.authenticated === true ? session.user : undefined;
  const officerOnly = user !== undefined && hasRole(user, 'privacy') && !hasRole(user, 'coordinator', 'member');
  const board = user !== undefined && hasRole(user, 'viewer');
  return <Navigate to={officerOnly ? '/breaches' : board ? '/dashboard' : '/programmes'} replace />;
}

export function App() {
  return (
    // All of Mantine's CSS variables from here, so no style sheet carries them (src/build/mantine-styles.ts).
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} deduplicateCssVariables={false}>
      <QueryClientProvider client={queryClient}>
        <SaveStatus />
        <BrowserRouter>
          <SessionExpiry />
          <Routes>
            <Route element={<PublicLayout />}>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/setup" element={<SetupPage />} />
              <Route path="/invite" element={<InvitePage />} />
            </Route>
            <Route element={<RequireSession />}>
              <Route path="/" element={<Landing />} />
              <Route path="*" element={<LoggedInPages />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
