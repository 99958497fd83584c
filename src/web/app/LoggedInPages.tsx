import { Suspense } from 'react';
import { parse } from 'regexparam';
import { Route, Switch, matchRoute } from 'wouter';
import { useCan } from '../lib/session.js';
import { useOpenBreaches } from '../queries/breaches.queries.js';
import { lazyWithTexts } from '../lib/lazyWithTexts.js';

/**
 * Each page behind the login, and its texts, load when first opened (issue 18, weight): the login
 * page no longer carries them all. The shell shows the loader meanwhile (Shell.tsx).
 */
const ProgrammesPage = lazyWithTexts(async () => (await import('../routes/programmes/ProgrammesPage.js')).ProgrammesPage, ['common', 'programmes']);
const NotFoundPage = lazyWithTexts(async () => (await import('../routes/NotFoundPage.js')).NotFoundPage, ['common']);
/** The open breaches above the programmes carry breach content too: loaded for the officers who see them. */
const OpenBreachesPanel = lazyWithTexts(async () => (await import('../routes/breaches/OpenBreachesPanel.js')).OpenBreachesPanel, ['breaches', 'common']);

/** The pages behind the login by their address, but for the programme list (Programmes below). */
const PAGES: Record<string, ReturnType<typeof lazyWithTexts>> = {
  '/dashboard': lazyWithTexts(async () => (await import('../routes/dashboard/DashboardPage.js')).DashboardPage, ['common', 'dashboard', 'reports']),
  '/programmes/:id': lazyWithTexts(
    async () => (await import('./navigator/NavigatorPage.js')).NavigatorPage,
    ['common', 'measurementPlan', 'navigator', 'programmes', 'worksheets'],
  ),
  '/programmes/:id/substeps/:key': lazyWithTexts(
    async () => (await import('./navigator/SubstepPage.js')).SubstepPage,
    ['common', 'measurementPlan', 'navigator', 'programmes', 'worksheets'],
  ),
  '/programmes/:id/measurement': lazyWithTexts(
    async () => (await import('../routes/measurement/MeasurementPlanPage.js')).MeasurementPlanPage,
    ['common', 'measurementPlan', 'navigator', 'programmes'],
  ),
  // The library, the knowledge checks and the breach register carry content most visits do not need.
  '/library': lazyWithTexts(async () => (await import('../routes/interventions/LibraryPage.js')).LibraryPage, ['common', 'library']),
  '/knowledge': lazyWithTexts(async () => (await import('../routes/knowledge/KnowledgePage.js')).KnowledgePage, ['common', 'knowledge']),
  '/breaches': lazyWithTexts(async () => (await import('../routes/breaches/BreachesPage.js')).BreachesPage, ['breaches', 'common']),
  '/breaches/:id': lazyWithTexts(async () => (await import('../routes/breaches/BreachPage.js')).BreachPage, ['breaches', 'common']),
  '/masterclass': lazyWithTexts(async () => (await import('../routes/masterclass/MasterclassPage.js')).MasterclassPage, ['common', 'masterclass']),
  '/masterclass/:id/p/:participationId/:key': lazyWithTexts(
    async () => (await import('../routes/masterclass/SharedItemPage.js')).SharedItemPage,
    ['common', 'masterclass', 'worksheets', 'surveys'],
  ),
  '/masterclass/:id/:tab?': lazyWithTexts(
    async () => (await import('../routes/masterclass/CohortPage.js')).CohortPage,
    ['common', 'masterclass', 'mcAssignments', 'mcExchange', 'mcPractice'],
  ),
  '/users': lazyWithTexts(async () => (await import('../routes/users/UsersPage.js')).UsersPage, ['auth', 'common', 'users']),
  '/audit': lazyWithTexts(async () => (await import('../routes/audit/AuditPage.js')).AuditPage, ['audit', 'common']),
  '/settings': lazyWithTexts(async () => (await import('../routes/settings/SettingsPage.js')).SettingsPage, ['auth', 'common', 'settings']),
  '/password': lazyWithTexts(async () => (await import('../routes/auth/ChangePasswordPage.js')).ChangePasswordPage, ['auth', 'common']),
};

/** Starts loading the page at `pathname`, if it is one of these (App.tsx, loadPageAt). */
export function loadPageAt(pathname: string) {
  const matches = (pattern: string) => matchRoute(parse, pattern, pathname)[0];
  const path = Object.keys(PAGES).find(matches);
  const opened = path ? PAGES[path] : matches('/programmes') ? ProgrammesPage : undefined;
  void opened?.load();
}

/** A privacy officer who also works on programmes sees the open breaches above them, while there are any. */
function Programmes() {
  const officer = useCan().handleBreaches === true;
  const open = useOpenBreaches(officer);
  const notices =
    officer && open.data?.breaches.length ? (
      <Suspense fallback={null}>
        <OpenBreachesPanel />
      </Suspense>
    ) : undefined;
  return <ProgrammesPage notices={notices} />;
}

/**
 * The routes behind the login, in a module of their own: the login page does not carry the list
 * of what each page loads (issue 18, weight).
 */
export function LoggedInPages() {
  return (
    <Switch>
      <Route path="/programmes" component={Programmes} />
      {Object.entries(PAGES).map(([path, Page]) => (
        <Route key={path} path={path} component={Page} />
      ))}
      <Route component={NotFoundPage} />
    </Switch>
  );
}
