import { AppShell, Badge, Burger, Button, Group, Indicator, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { Loading } from '../components/Loading.js';
import { post, setCsrfToken } from '../lib/api.js';
import { hasRole, type Session } from '../lib/session.js';
import { useOpenBreaches } from '../routes/breaches/queries.js';

type LoggedIn = Extract<Session, { authenticated: true }>;

/** Header, navigation and main area of every logged-in page. */
export function Shell({ session }: { session: LoggedIn }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isAdmin = hasRole(session.user, 'admin');
  const readsBreaches = isAdmin || hasRole(session.user, 'privacy');
  // Without a mail server a new report would otherwise go unnoticed: its count stands by the link.
  const openBreaches = useOpenBreaches(readsBreaches).data?.breaches.length ?? 0;

  const links = [
    { to: '/programmes', label: t('common.nav.programmes'), show: true },
    { to: '/dashboard', label: t('common.nav.dashboard'), show: true },
    { to: '/library', label: t('common.nav.library'), show: true },
    { to: '/knowledge', label: t('common.nav.knowledge'), show: true },
    {
      to: '/breaches',
      label: t('common.nav.breaches'),
      show: readsBreaches,
      // The number is for the eye; a screen reader hears what it counts.
      badge: openBreaches > 0 && (
        <Badge color="red.9" variant="filled">
          <span aria-hidden>{openBreaches}</span>
          <VisuallyHidden>{t('common.nav.openBreaches', { count: openBreaches })}</VisuallyHidden>
        </Badge>
      ),
    },
    { to: '/users', label: t('common.nav.users'), show: isAdmin },
    { to: '/audit', label: t('common.nav.audit'), show: isAdmin },
    { to: '/settings', label: t('common.nav.settings'), show: isAdmin },
    { to: '/password', label: t('common.nav.password'), show: true },
  ].filter((l) => l.show);

  const logout = async () => {
    const answer = await post<{ providerLogoutUrl: string | null }>('/api/auth/logout').catch(() => undefined);
    setCsrfToken(undefined);
    queryClient.clear();
    // After a single sign-on the provider's session ends too; it sends the browser back to /login.
    if (answer?.providerLogoutUrl) window.location.assign(answer.providerLogoutUrl);
    else navigate('/login');
  };

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {/* On a phone the navigation is folded away: the menu button carries the open breaches' signal too. */}
            <Indicator disabled={openBreaches === 0} color="red.9" size={10} offset={4} hiddenFrom="sm">
              <Burger
                opened={opened}
                onClick={toggle}
                size="sm"
                aria-label={[opened ? t('common.closeNav') : t('common.openNav'), openBreaches > 0 ? t('common.nav.openBreaches', { count: openBreaches }) : ''].filter(Boolean).join(', ')}
              />
            </Indicator>
            <Text component={Link} to="/" fw={700} size="lg" c="blue.9" td="none">
              {t('common.appName')}
            </Text>
            <Text visibleFrom="sm" size="sm">
              {session.organisation.name}
            </Text>
            {session.organisation.isDemo && (
              <Badge color="yellow" variant="filled" autoContrast>
                {t('common.demoBadge')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch loggedIn />
            <Button variant="subtle" size="xs" onClick={logout}>
              {t('common.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('common.mainNav')}>
        <Stack gap={4}>
          <Text size="sm" mb="xs">
            {t('common.loggedInAs', { name: session.user.name })}
          </Text>
          {links.map((l) => (
            <NavLink
              key={l.to}
              component={Link}
              to={l.to}
              label={l.label}
              rightSection={l.badge}
              active={location.pathname.startsWith(l.to)}
              variant="filled"
              aria-current={location.pathname.startsWith(l.to) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {session.organisation.isDemo && (
          <Text size="sm" mb="md" fw={600}>
            {t('common.demoNotice')}
          </Text>
        )}
        {/* Each page is loaded when first opened (App.tsx): the loader shows meanwhile. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
