import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Suspense, useState, type FormEvent } from 'react';
import { Link, Redirect } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { useTranslation } from 'react-i18next';
import { lazyWithTexts } from '../../lib/lazyWithTexts.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { fieldError } from '../../components/fieldError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { post } from '../../lib/api.js';
import { returnAddress } from '../../lib/return-address.js';
import type { LoginAnswer } from '#contract/auth.js';
import { useKeepSession, useSession } from '../../lib/session.js';
import { DemoLogins } from './DemoLogins.js';
import { SsoLoginForm } from './SsoLoginForm.js';

/** The code step, for accounts with two-step verification only: loaded when needed (issue 18, weight). */
const TotpStep = lazyWithTexts(async () => (await import('./TotpStep.js')).TotpStep, ['auth', 'common']);

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  // Where RequireSession sent the browser from: the page to open after the login.
  const from = returnAddress(useHistoryState<{ from?: unknown } | null>()?.from);
  const keep = useKeepSession(from);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const login = useMutation({
    mutationFn: () => post<LoginAnswer>('/api/auth/login', { email, password }),
    onSuccess: (answer) => ('totpRequired' in answer ? setChallenge(answer.challenge) : keep(answer)),
    // Logging in saves nothing the user made: no "Opgeslagen".
    meta: { feedback: false },
  });

  // The landing page decides where each role starts (a viewer on the dashboard: App.tsx, Landing).
  if (session.data?.authenticated) return <Redirect to="/" replace />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  const restart = () => {
    setChallenge(null);
    setPassword('');
  };

  return (
    <Stack>
      <PageTitle>{t('auth.loginTitle')}</PageTitle>
      {challenge ? (
        <Suspense fallback={<Loading />}>
          <TotpStep challenge={challenge} destination={from} onRestart={restart} />
        </Suspense>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text>{t('auth.loginIntro')}</Text>
            {session.data && !session.data.authenticated && session.data.needsSetup && (
              <Alert color="blue">
                {t('auth.setupHint')} {/* Shade 9: the primary shade 8 reaches only 4.1:1 on the alert's light blue (WCAG 1.4.3 asks 4.5:1). */}
                <Anchor component={Link} to="/setup" c="blue.9" underline="always">
                  {t('auth.setupTitle')}
                </Anchor>
              </Alert>
            )}
            <ErrorAlert error={login.error} />
            <DemoLogins />
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(login.error, 'email')}
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={login.isPending}>
              {t('auth.loginButton')}
            </Button>
          </Stack>
        </form>
      )}
      <Divider label={t('auth.sso.or')} labelPosition="center" my="sm" />
      <SsoLoginForm />
    </Stack>
  );
}
