import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, matchPath, useNavigate } from 'react-router-dom';
import { Suspense, lazy, useEffect, type ComponentType } from 'react';
import { SaveStatus } from '../components/SaveStatus.js';
import { setUnauthenticatedHandler } from '../lib/api.js';
import { hasRole, SESSION_KEY, useSession } from '../lib/session.js';
import { LoginPage } from '../routes/auth/LoginPage.js';
import { useOpenBreaches } from '../routes/breaches/queries.js';
import { PublicLayout } from './PublicLayout.js';
import { loadShell, RequireSession } from './RequireSession.js';
import { cssVariablesResolver, theme } from './theme.js';

/** Set-up and accepting an invitation happen once per person: loaded when opened, not with the login page. */
const SetupPage = lazy(async () => ({ default: (await import('../routes/setup/SetupPage.js')).SetupPage }));
const InvitePage = lazy(async () => ({ default: (await import('../routes/invite/InvitePage.js')).InvitePage }));

/**
 * A page behind the login, loaded when first opened (issue 18, weight): the login page no longer
 * carries them all. The shell shows the loader meanwhile (Shell.tsx). `load` starts that earlier.
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return Object.assign(lazy(async () => ({ default: await load() })), { load });
}

const ProgrammesPage = page(async () => (await import('../routes/programmes/ProgrammesPage.js')).ProgrammesPage);
const NotFoundPage = lazy(async () => ({ default: (await import('../routes/NotFoundPage.js')).NotFoundPage }));
/** The open breaches above the programmes carry breach content too: loaded for the officers who see them. */
const OpenBreachesPanel = lazy(async () => ({ default: (await import('../routes/breaches/OpenBreachesPanel.js')).OpenBreachesPanel }));

/** The pages behind the login by their address, but for the programme list (Programmes below). */
const PAGES: Record<string, ReturnType<typeof page>> = {
  '/dashboard': page(async () => (await import('../routes/dashboard/DashboardPage.js')).DashboardPage),
  '/programmes/:id': page(async () => (await import('../routes/navigator/NavigatorPage.js')).NavigatorPage),
  '/programmes/:id/substeps/:key': page(async () => (await import('../routes/navigator/SubstepPage.js')).SubstepPage),
  '/programmes/:id/measurement': page(async () => (await import('../routes/measurement/MeasurementPlanPage.js')).MeasurementPlanPage),
  // The library, the knowledge checks and the breach register carry content most visits do not need.
  '/library': page(async () => (await import('../routes/interventions/LibraryPage.js')).LibraryPage),
  '/knowledge': page(async () => (await import('../routes/knowledge/KnowledgePage.js')).KnowledgePage),
  '/breaches': page(async () => (await import('../routes/breaches/BreachesPage.js')).BreachesPage),
  '/breaches/:id': page(async () => (await import('../routes/breaches/BreachPage.js')).BreachPage),
  '/users': page(async () => (await import('../routes/users/UsersPage.js')).UsersPage),
  '/audit': page(async () => (await import('../routes/audit/AuditPage.js')).AuditPage),
  '/settings': page(async () => (await import('../routes/settings/SettingsPage.js')).SettingsPage),
  '/password': page(async () => (await import('../routes/auth/ChangePasswordPage.js')).ChangePasswordPage),
};

/**
 * A page behind the login opened by its address (a bookmark, a reload): its code, the shell and the
 * texts start loading with the app, not after the session check and the shell (main.tsx); on a
 * phone each wait is a round trip. Not for the bare address: whoever is not logged in lands on the
 * login page from there, and would load them for nothing.
 */
export function loadPageAt(pathname: string) {
  const path = Object.keys(PAGES).find((pattern) => matchPath(pattern, pathname));
  const opened = path ? PAGES[path] : matchPath('/programmes', pathname) ? ProgrammesPage : undefined;
  if (!opened) return;
  void loadShell();
  void opened.load();
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

/** A privacy officer who also works on programmes sees the open breaches above them, while there are any. */
function Programmes() {
  const session = useSession().data;
  const officer = session?.authenticated === true && hasRole(session.user, 'privacy');
  const open = useOpenBreaches(officer);
  const notices = officer && open.data?.breaches.length ? (
    <Suspense fallback={null}>
      <OpenBreachesPanel />
    </Suspense>
  ) : undefined;
  return <ProgrammesPage notices={notices} />;
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
              <Route path="/programmes" element={<Programmes />} />
              {Object.entries(PAGES).map(([path, Page]) => (
                <Route key={path} path={path} element={<Page />} />
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
