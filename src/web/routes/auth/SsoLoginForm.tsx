import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';

const REMEMBERED = 'wegwijs.ssoLoginName';
const LOGIN_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const REASONS = ['unknown', 'unavailable', 'expired', 'refused', 'noEmail', 'otherOrganisation', 'deactivated'] as const;
const isReason = (value: string | null): value is (typeof REASONS)[number] => (REASONS as readonly (string | null)[]).includes(value);

/**
 * Single sign-on: the organisation's login name (remembered on this device) leads the browser to
 * the organisation's identity provider; a failed attempt comes back here as ?sso=<reason>.
 */
export function SsoLoginForm() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [name, setName] = useState(() => localStorage.getItem(REMEMBERED) ?? '');
  const [invalid, setInvalid] = useState(false);
  const failure = params.get('sso');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const loginName = name.trim().toLowerCase();
    if (!LOGIN_NAME.test(loginName)) return setInvalid(true);
    localStorage.setItem(REMEMBERED, loginName);
    // A navigation, not a fetch: the provider's login page must open in this window.
    window.location.assign(`/api/auth/sso/${encodeURIComponent(loginName)}/start`);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="sso-title">
      <Stack>
        <Title order={2} size="h4" id="sso-title">
          {t('auth.sso.title')}
        </Title>
        <Text size="sm">{t('auth.sso.intro')}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {t(`auth.sso.errors.${isReason(failure) ? failure : 'refused'}`)}
          </Alert>
        )}
        <TextInput
          label={t('auth.sso.loginName')}
          description={t('auth.sso.loginNameHint')}
          autoComplete="organization"
          autoCapitalize="none"
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setInvalid(false);
          }}
          error={invalid ? t('auth.sso.loginNameInvalid') : undefined}
        />
        <Button type="submit" variant="default">
          {t('auth.sso.button')}
        </Button>
      </Stack>
    </form>
  );
}
