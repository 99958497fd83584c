import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '#core/sector.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SectorChoice } from '../../components/SectorChoice.js';
import { post } from '../../lib/api.js';
import { fragmentParam } from '../../lib/fragment.js';
import { useSessionStart, type LoggedIn } from '../../lib/session.js';
import { NewPasswordField } from '../../components/PasswordField.js';

export function SetupPage() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ token: fragmentParam('token'), organisationName: '', sector: '' as Sector | '', name: '', email: '', password: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  // Nothing chosen is sent as missing, so the server says the choice is required.
  const setup = useSessionStart(() => post<LoggedIn>('/api/setup', { ...form, sector: form.sector || undefined }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate();
  };
  const err = (field: string) => fieldError(setup.error, field);

  return (
    <form onSubmit={submit} noValidate>
      <PageTitle>{t('auth.setupTitle')}</PageTitle>
      <Stack>
        <Text>{t('auth.setupIntro')}</Text>
        <ErrorAlert error={setup.error} />
        <TextInput
          label={t('auth.setupToken')}
          description={t('auth.setupTokenHint')}
          required
          value={form.token}
          onChange={(e) => set('token')(e.currentTarget.value)}
          error={err('token')}
        />
        <TextInput
          label={t('auth.organisationName')}
          required
          value={form.organisationName}
          onChange={(e) => set('organisationName')(e.currentTarget.value)}
          error={err('organisationName')}
        />
        <SectorChoice
          value={form.sector}
          onChange={set('sector')}
          description={`${t('common.sector.hint')} ${t('auth.setupSectorHint')}`}
          error={err('sector')}
        />
        <TextInput
          label={t('auth.yourName')}
          autoComplete="name"
          required
          value={form.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={err('name')}
        />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={form.email}
          onChange={(e) => set('email')(e.currentTarget.value)}
          error={err('email')}
        />
        <NewPasswordField label={t('auth.password')} value={form.password} onChange={set('password')} error={err('password')} />
        <Button type="submit" loading={setup.isPending}>
          {t('auth.setupButton')}
        </Button>
      </Stack>
    </form>
  );
}
