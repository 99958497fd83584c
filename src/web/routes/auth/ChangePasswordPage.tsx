import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { post } from '../../lib/api.js';
import { NewPasswordField } from '../../components/PasswordField.js';
import { TwoFactorSection } from './TwoFactorSection.js';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation({
    mutationFn: () => post('/api/auth/password', { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
    },
    // The page says so itself ("wachtwoord gewijzigd").
    meta: { feedback: false },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <Stack style={{ maxWidth: 480 }}>
      <form onSubmit={submit} noValidate>
        <PageTitle>{t('auth.passwordTitle')}</PageTitle>
        <Stack>
          <ErrorAlert error={change.error} />
          {change.isSuccess && <Alert color="green">{t('auth.passwordChanged')}</Alert>}
          <PasswordInput
            label={t('auth.currentPassword')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldError(change.error, 'currentPassword')}
          />
          <NewPasswordField label={t('auth.newPassword')} value={newPassword} onChange={setNew} error={fieldError(change.error, 'newPassword')} />
          <Button type="submit" loading={change.isPending}>
            {t('auth.passwordButton')}
          </Button>
        </Stack>
      </form>
      <TwoFactorSection />
    </Stack>
  );
}
