import { Alert, Button, Code, Image, List, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotpConfirmed, TotpEnrolment, TotpStatus } from '#contract/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { Section } from '../../components/Section.js';
import { get, post } from '../../lib/api.js';

const KEY = ['auth', 'totp'];

/** Two-step verification on the password page: set up with a QR code and a first code, or turn off. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const status = useQuery({ queryKey: KEY, queryFn: () => get<TotpStatus>('/api/auth/totp') });
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  return (
    <Section id="totp-title" title={t('auth.totp.title')}>
      <Stack>
        <Text size="sm">{t('auth.totp.intro')}</Text>
        <ErrorAlert error={status.error} />
        {recoveryCodes ? (
          <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
        ) : status.data && !status.data.available ? (
          <Text>{t('auth.totp.notAvailable')}</Text>
        ) : status.data?.enabled ? (
          <Disable recoveryCodesLeft={status.data.recoveryCodesLeft} />
        ) : status.data ? (
          <Enrol onConfirmed={setRecoveryCodes} />
        ) : null}
      </Stack>
    </Section>
  );
}

function Enrol({ onConfirmed }: { onConfirmed: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // Starting only shows the code to scan; confirming it is the change.
  const start = useMutation({ mutationFn: () => post<TotpEnrolment>('/api/auth/totp/enrol', { password }), meta: { feedback: false } });
  const confirm = useMutation({
    mutationFn: () => post<TotpConfirmed>('/api/auth/totp/confirm', { code }),
    onSuccess: async ({ recoveryCodes }) => {
      onConfirmed(recoveryCodes);
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (start.data) confirm.mutate();
    else start.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('auth.totp.disabled')}</Text>
        <ErrorAlert error={start.error ?? confirm.error} />
        {start.data ? (
          <>
            <Text size="sm">{t('auth.totp.scan')}</Text>
            <Image src={`data:image/svg+xml;base64,${btoa(start.data.qrSvg)}`} alt={t('auth.totp.qrAlt')} w={200} h={200} fit="contain" />
            <TextInput label={t('auth.totp.secret')} value={start.data.secret} readOnly onFocus={(e) => e.currentTarget.select()} />
            <TextInput
              label={t('auth.totp.code')}
              autoComplete="one-time-code"
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={fieldError(confirm.error, 'code')}
            />
            <Button type="submit" loading={confirm.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('auth.totp.confirmButton')}
            </Button>
          </>
        ) : (
          <>
            <PasswordInput
              label={t('auth.currentPassword')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(start.error, 'password')}
            />
            <Button type="submit" loading={start.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('auth.totp.startButton')}
            </Button>
          </>
        )}
      </Stack>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="blue" title={t('auth.totp.recoveryTitle')}>
        {t('auth.totp.recoveryIntro')}
      </Alert>
      <List>
        {codes.map((code) => (
          <List.Item key={code}>
            <Code>{code}</Code>
          </List.Item>
        ))}
      </List>
      <Button onClick={onDone} style={{ alignSelf: 'flex-start' }}>
        {t('auth.totp.done')}
      </Button>
    </Stack>
  );
}

function Disable({ recoveryCodesLeft }: { recoveryCodesLeft: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const disable = useMutation({
    mutationFn: () => post('/api/auth/totp/disable', { password, code }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    disable.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('auth.totp.enabled', { count: recoveryCodesLeft })}</Text>
        <Text size="sm">{t('auth.totp.disableIntro')}</Text>
        <ErrorAlert error={disable.error} />
        <PasswordInput
          label={t('auth.currentPassword')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError(disable.error, 'password')}
        />
        <TextInput
          label={t('auth.totp.code')}
          autoComplete="one-time-code"
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError(disable.error, 'code')}
        />
        <Button type="submit" color="red" variant="outline" loading={disable.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('auth.totp.disableButton')}
        </Button>
      </Stack>
    </form>
  );
}
