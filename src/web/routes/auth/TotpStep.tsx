import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { post } from '../../lib/api.js';
import { useSessionStart, type LoggedIn } from '../../lib/session.js';

/** The second login step for an account with two-step verification: a code from the app or a recovery code. */
export function TotpStep({ challenge, destination, onRestart }: { challenge: string; destination: string; onRestart: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const login = useSessionStart(() => post<LoggedIn>('/api/auth/login/totp', { challenge, code }), destination);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('auth.totpStep.intro')}</Text>
        <ErrorAlert error={login.error} />
        <TextInput
          label={t('auth.totpStep.code')}
          autoComplete="one-time-code"
          autoCapitalize="none"
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError(login.error, 'code')}
        />
        <Group>
          <Button type="submit" loading={login.isPending}>
            {t('auth.totpStep.button')}
          </Button>
          <Button variant="subtle" onClick={onRestart}>
            {t('auth.totpStep.restart')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
