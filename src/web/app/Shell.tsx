import { Badge, Button, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { LoadBoundary } from '../components/LoadBoundary.js';
import { Loading } from '../components/Loading.js';
import type { LoggedOut } from '#contract/auth.js';
import { post, setCsrfToken } from '../lib/api.js';
import type { Session } from '../lib/session.js';
import { useOpenBreaches } from '../queries/breaches.queries.js';
import { useTakesPartInCohort } from '../queries/masterclass-menu.queries.js';
import './Shell.css';

type LoggedIn = Extract<Session, { authenticated: true }>;

/**
 * Header, navigation and main area of every logged-in page. Plain elements with a style sheet of
 * their own (Shell.css) rather than Mantine's AppShell, Burger and NavLink: those brought 15 kB of
 * gzip JavaScript (resizing, collapsing sub-menus, scroll locking) to the first page after the login
 * that it never uses (issue 18, weight).
 */
export function Shell({ session, children }: { session: LoggedIn; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  // The menu folds away below Mantine's "sm" only (Shell.css); opened there and then widened, it is a plain column again.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [pathname, navigate] = useLocation();
  const menuButton = useRef<HTMLButtonElement>(null);
  const main = useRef<HTMLElement>(null);
  // The phone menu closes whenever the page changes (a link, the app's name, the browser's Back).
  useEffect(close, [pathname, close]);
  const queryClient = useQueryClient();
  const { can } = session;
  // Without a mail server a new report would otherwise go unnoticed: its count stands by the link.
  const openBreaches = useOpenBreaches(can.readBreaches).data?.breaches.length ?? 0;
  // Trainers and those who may join see the masterclass by their rules; anyone else once their organisation takes part.
  const takesPart = useTakesPartInCohort(!can.createCohort && !can.joinCohort);

  const links = [
    // A trainer alone runs masterclasses: the programmes and what hangs on them are not theirs.
    { to: '/programmes', label: t('common.nav.programmes'), show: can.listProgrammes },
    { to: '/dashboard', label: t('common.nav.dashboard'), show: can.listProgrammes },
    { to: '/library', label: t('common.nav.library'), show: true },
    { to: '/knowledge', label: t('common.nav.knowledge'), show: can.listProgrammes },
    { to: '/masterclass', label: t('common.nav.masterclass'), show: can.createCohort || can.joinCohort || takesPart },
    {
      to: '/breaches',
      label: t('common.nav.breaches'),
      show: can.readBreaches,
      // The number is for the eye; a screen reader hears what it counts.
      badge: openBreaches > 0 && (
        <Badge color="red.9" variant="filled">
          <span aria-hidden>{openBreaches}</span>
          <VisuallyHidden>{t('common.nav.openBreaches', { count: openBreaches })}</VisuallyHidden>
        </Badge>
      ),
    },
    { to: '/users', label: t('common.nav.users'), show: can.manageUsers },
    { to: '/audit', label: t('common.nav.audit'), show: can.readAudit },
    { to: '/settings', label: t('common.nav.settings'), show: can.updateOrganisation },
    { to: '/password', label: t('common.nav.password'), show: true },
  ].filter((l) => l.show);

  const logout = async () => {
    const answer = await post<LoggedOut>('/api/auth/logout').catch(() => undefined);
    setCsrfToken(undefined);
    queryClient.clear();
    // After a single sign-on the provider's session ends too; it sends the browser back to /login.
    if (answer?.providerLogoutUrl) window.location.assign(answer.providerLogoutUrl);
    else navigate('/login');
  };

  // aria-expanded says whether it is open; the name stays the same (WAI-ARIA disclosure pattern).
  const menuLabel = [t('common.menu'), openBreaches > 0 ? t('common.nav.openBreaches', { count: openBreaches }) : ''].filter(Boolean).join(', ');
  // Escape closes the open phone menu, from anywhere, and gives the focus back to its button.
  useEffect(() => {
    if (!opened) return;
    const closeOnEscape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [opened, close]);
  // A link chosen from the phone menu hides the menu, and with it the focused link: focus goes to
  // the page, once it is no longer inert.
  const focusPage = useRef(false);
  const chosen = () => {
    focusPage.current = opened;
    close();
  };
  useEffect(() => {
    if (opened || !focusPage.current) return;
    focusPage.current = false;
    main.current?.focus({ preventScroll: true });
  }, [opened]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-header-group">
          {/* On a phone the navigation is folded away: the menu button carries the open breaches' signal too. */}
          <button
            ref={menuButton}
            type="button"
            className="shell-menu-button"
            aria-expanded={opened}
            aria-controls="shell-nav"
            aria-label={menuLabel}
            onClick={toggle}
          >
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden focusable="false">
              <path d={opened ? 'M5 5l14 14M19 5L5 19' : 'M3 6h18M3 12h18M3 18h18'} stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
            {openBreaches > 0 && <span className="shell-menu-signal" />}
          </button>
          <Text component={Link} to="/" fw={700} size="lg" c="blue.9" td="none">
            {t('common.appName')}
          </Text>
          <Text visibleFrom="sm" size="sm">
            {session.organisation.name}
          </Text>
          {/* On a phone there is no room beside the buttons; the demo notice opens every page there too. */}
          {session.organisation.isDemo && (
            <Badge color="yellow" variant="filled" autoContrast visibleFrom="sm">
              {t('common.demoBadge')}
            </Badge>
          )}
        </div>
        <div className="shell-header-group">
          <LanguageSwitch loggedIn />
          <Button variant="subtle" size="xs" onClick={() => void logout()}>
            {t('common.logout')}
          </Button>
        </div>
      </header>
      <nav id="shell-nav" className="shell-nav" data-open={opened || undefined} aria-label={t('common.mainNav')}>
        <Text size="sm" mb="xs">
          {t('common.loggedInAs', { name: session.user.name })}
        </Text>
        {links.map((l) => (
          // The page already open is not a step in the history: Back goes to the page before it.
          <Link
            key={l.to}
            to={l.to}
            replace={pathname === l.to}
            className="shell-link"
            aria-current={pathname.startsWith(l.to) ? 'page' : undefined}
            onClick={chosen}
          >
            <span>{l.label}</span>
            {l.badge}
          </Link>
        ))}
      </nav>
      {/* Behind the open phone menu the page can be neither reached nor read. */}
      <main ref={main} id="main" className="shell-main" tabIndex={-1} inert={opened && phone}>
        {session.organisation.isDemo && (
          <Text size="sm" mb="md" fw={600}>
            {t('common.demoNotice')}
          </Text>
        )}
        {/* Each page is loaded when first opened (LoggedInPages.tsx): the loader shows meanwhile. */}
        {/* A page that cannot load says so; another page, chosen from the menu, tries afresh. */}
        <LoadBoundary key={pathname}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </LoadBoundary>
      </main>
    </>
  );
}
