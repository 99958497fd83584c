import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router-dom';
import { Suspense, lazy, useEffect } from 'react';
import { setUnauthenticatedHandler } from '../lib/api.js';
import { hasRole, SESSION_KEY, useSession } from '../lib/session.js';
import { LoginPage } from '../routes/auth/LoginPage.js';
import { InvitePage } from '../routes/invite/InvitePage.js';
import { useOpenBreaches } from '../routes/breaches/queries.js';
import { SetupPage } from '../routes/setup/SetupPage.js';
import { PublicLayout } from './PublicLayout.js';
import { RequireSession } from './RequireSession.js';
import { cssVariablesResolver, theme } from './theme.js';

/**
 * Every page behind the login is loaded when first opened (issue 18, weight): the login page no
 * longer carries them all. The shell shows the loader meanwhile (Shell.tsx).
 */
const AuditPage = lazy(async () => ({ default: (await import('../routes/audit/AuditPage.js')).AuditPage }));
const ChangePasswordPage = lazy(async () => ({ default: (await import('../routes/auth/ChangePasswordPage.js')).ChangePasswordPage }));
const DashboardPage = lazy(async () => ({ default: (await import('../routes/dashboard/DashboardPage.js')).DashboardPage }));
const NavigatorPage = lazy(async () => ({ default: (await import('../routes/navigator/NavigatorPage.js')).NavigatorPage }));
const SubstepPage = lazy(async () => ({ default: (await import('../routes/navigator/SubstepPage.js')).SubstepPage }));
const MeasurementPlanPage = lazy(async () => ({ default: (await import('../routes/measurement/MeasurementPlanPage.js')).MeasurementPlanPage }));
const NotFoundPage = lazy(async () => ({ default: (await import('../routes/NotFoundPage.js')).NotFoundPage }));
const ProgrammesPage = lazy(async () => ({ default: (await import('../routes/programmes/ProgrammesPage.js')).ProgrammesPage }));
const SettingsPage = lazy(async () => ({ default: (await import('../routes/settings/SettingsPage.js')).SettingsPage }));
const UsersPage = lazy(async () => ({ default: (await import('../routes/users/UsersPage.js')).UsersPage }));
/** The library is a page of its own, with content most visits do not need: loaded when opened. */
const LibraryPage = lazy(async () => ({ default: (await import('../routes/interventions/LibraryPage.js')).LibraryPage }));
/** The knowledge checks carry the scenario set: also loaded when opened. */
const KnowledgePage = lazy(async () => ({ default: (await import('../routes/knowledge/KnowledgePage.js')).KnowledgePage }));
/** The breach register carries the breach content and forms: loaded when opened, by the few who use it. */
const BreachesPage = lazy(async () => ({ default: (await import('../routes/breaches/BreachesPage.js')).BreachesPage }));
const BreachPage = lazy(async () => ({ default: (await import('../routes/breaches/BreachPage.js')).BreachPage }));
/** The open breaches above the programmes carry breach content too: loaded for the officers who see them. */
const OpenBreachesPanel = lazy(async () => ({ default: (await import('../routes/breaches/OpenBreachesPanel.js')).OpenBreachesPanel }));

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
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
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
              <Route path="/dashboard" element={<DashboardPage />} />
              <Route path="/programmes" element={<Programmes />} />
              <Route path="/programmes/:id" element={<NavigatorPage />} />
              <Route path="/programmes/:id/substeps/:key" element={<SubstepPage />} />
              <Route path="/programmes/:id/measurement" element={<MeasurementPlanPage />} />
              <Route path="/library" element={<LibraryPage />} />
              <Route path="/knowledge" element={<KnowledgePage />} />
              <Route path="/breaches" element={<BreachesPage />} />
              <Route path="/breaches/:id" element={<BreachPage />} />
              <Route path="/users" element={<UsersPage />} />
              <Route path="/audit" element={<AuditPage />} />
              <Route path="/settings" element={<SettingsPage />} />
              <Route path="/password" element={<ChangePasswordPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
