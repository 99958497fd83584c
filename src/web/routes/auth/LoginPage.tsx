import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { post } from '../../lib/api.js';
import { useSession, useSessionStart, type Session } from '../../lib/session.js';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useSessionStart(() => post<Session>('/api/auth/login', { email, password }), from);

  if (session.data?.authenticated) return <Navigate to="/programmes" replace />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <PageTitle>{t('auth.loginTitle')}</PageTitle>
      <Stack>
        <Text>{t('auth.loginIntro')}</Text>
        {session.data && !session.data.authenticated && session.data.needsSetup && (
          <Alert color="blue">
            {t('auth.setupHint')}{' '}
            <Anchor component={Link} to="/setup">
              {t('auth.setupTitle')}
            </Anchor>
          </Alert>
        )}
        <ErrorAlert error={login.error} />
        <TextInput label={t('auth.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={fieldError(login.error, 'email')} />
        <PasswordInput label={t('auth.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
        <Button type="submit" loading={login.isPending}>
          {t('auth.loginButton')}
        </Button>
      </Stack>
    </form>
  );
}
