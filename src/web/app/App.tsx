import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, useEffect } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { LoadBoundary } from '../components/LoadBoundary.js';
import { SaveStatus } from '../components/SaveStatus.js';
import { setUnauthenticatedHandler } from '../lib/api.js';
import { currentAddress, SESSION_KEY, useSession } from '../lib/session.js';
import { PublicLayout } from './PublicLayout.js';
import { lazyWithTexts } from '../lib/lazyWithTexts.js';
import { loadShell, RequireSession } from './RequireSession.js';
import { cssVariablesResolver, theme } from './theme.js';

/**
 * The pages before the login, each with the texts of logging in, loaded when opened (issue 18,
 * weight): whoever opens a page behind the login with a session carries none of it.
 */
const LoginPage = lazyWithTexts(async () => (await import('../routes/auth/LoginPage.js')).LoginPage, ['auth', 'common']);
const SetupPage = lazyWithTexts(async () => (await import('../routes/setup/SetupPage.js')).SetupPage, ['auth', 'common']);
const InvitePage = lazyWithTexts(async () => (await import('../routes/invite/InvitePage.js')).InvitePage, ['auth', 'common']);

/** The pages behind the login, loaded with the first of them (LoggedInPages.tsx). */
const LoggedInPages = lazy(async () => ({ default: (await import('./LoggedInPages.js')).LoggedInPages }));
const PUBLIC_PAGES: Record<string, { load: () => Promise<unknown> }> = { '/login': LoginPage, '/setup': SetupPage, '/invite': InvitePage };

/**
 * The page opened by its address (a bookmark, a reload, a link in a mail): its code and texts, and
 * behind the login the shell, start loading with the app, not after the session check (main.tsx);
 * on a phone each wait is a round trip. Not for the bare address: it leads to the login page or
 * behind it, depending on the session.
 */
export function loadPageAt(pathname: string) {
  if (pathname === '/') return;
  const publicPage = PUBLIC_PAGES[pathname];
  if (publicPage) return void publicPage.load();
  void loadShell();
  void import('./LoggedInPages.js').then(({ loadPageAt }) => loadPageAt(pathname));
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error) } },
});

/** A 401 anywhere means the session ended: forget it and show the login page. */
function SessionExpiry() {
  const [, navigate] = useLocation();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      queryClient.setQueryData(SESSION_KEY, { authenticated: false, needsSetup: false });
      navigate('/login', { state: { from: currentAddress() } });
    });
  }, [navigate]);
  return null;
}

/** The page the session starts on, as the server chose it for the user's roles (core/policies/session.ts homePage). */
function Landing() {
  const session = useSession().data;
  return <Redirect to={`/${session?.authenticated ? session.home : 'programmes'}`} replace />;
}

export function App() {
  return (
    // All of Mantine's CSS variables from here, so no style sheet carries them (src/build/mantine-styles.ts).
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} deduplicateCssVariables={false}>
      <QueryClientProvider client={queryClient}>
        <SaveStatus />
        <SessionExpiry />
        {/* The last resort: the shell itself did not load. */}
        <LoadBoundary>
          {/* The public pages share their layout, the pages behind the login the shell (kept mounted between them). */}
          <Switch>
            <Route path="/login">
              <PublicLayout>
                <LoginPage />
              </PublicLayout>
            </Route>
            <Route path="/setup">
              <PublicLayout>
                <SetupPage />
              </PublicLayout>
            </Route>
            <Route path="/invite">
              <PublicLayout>
                <InvitePage />
              </PublicLayout>
            </Route>
            <Route>
              <RequireSession>
                <Switch>
                  <Route path="/">
                    <Landing />
                  </Route>
                  <Route>
                    <LoggedInPages />
                  </Route>
                </Switch>
              </RequireSession>
            </Route>
          </Switch>
        </LoadBoundary>
      </QueryClientProvider>
    </MantineProvider>
  );
}
