import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '#contract/users.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { get, post } from '../../lib/api.js';
import { fragmentParam } from '../../lib/fragment.js';
import { useSessionStart, type LoggedIn } from '../../lib/session.js';
import { NewPasswordField } from '../../components/PasswordField.js';

export function InvitePage() {
  const { t } = useTranslation();
  const [token] = useState(() => fragmentParam('token'));
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => get<Invitation>(`/api/invitations/${encodeURIComponent(token)}`),
    enabled: token !== '',
    retry: false,
  });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  useEffect(() => {
    if (invitation.data) setName(invitation.data.name);
  }, [invitation.data]);
  const accept = useSessionStart(() => post<LoggedIn>('/api/invitations/accept', { token, name, password }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <PageTitle>{t('auth.inviteTitle')}</PageTitle>
      <Stack>
        {!token && <Alert color="red">{t('auth.inviteMissing')}</Alert>}
        <ErrorAlert error={invitation.error ?? accept.error} />
        {invitation.data?.ssoLoginName && (
          <>
            <Text>{t('auth.inviteSso', { organisation: invitation.data.organisationName })}</Text>
            {/* A navigation, not a fetch: the provider's login page must open in this window. */}
            <Button component="a" href={`/api/auth/sso/${encodeURIComponent(invitation.data.ssoLoginName)}/start`}>
              {t('auth.sso.button')}
            </Button>
          </>
        )}
        {invitation.data && !invitation.data.ssoLoginName && (
          <>
            <Text>{t('auth.inviteIntro', { organisation: invitation.data.organisationName })}</Text>
            <TextInput label={t('auth.email')} value={invitation.data.email} readOnly />
            <TextInput
              label={t('auth.yourName')}
              autoComplete="name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(accept.error, 'name')}
            />
            <NewPasswordField label={t('auth.password')} value={password} onChange={setPassword} error={fieldError(accept.error, 'password')} />
            <Button type="submit" loading={accept.isPending}>
              {t('auth.inviteButton')}
            </Button>
          </>
        )}
      </Stack>
    </form>
  );
}
