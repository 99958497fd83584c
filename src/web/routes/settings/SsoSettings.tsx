import { ActionIcon, Alert, Button, Group, NativeSelect, Paper, PasswordInput, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoAnswer } from '#contract/auth.js';
import { ROLES, type Role } from '#core/roles.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { get, put } from '../../lib/api.js';

interface SsoForm {
  enabled: boolean;
  loginName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  defaultRole: Role;
  groupClaim: string;
  groupRoles: { group: string; role: Role }[];
  ssoOnly: boolean;
  logoutAtProvider: boolean;
}

const KEY = ['organisation', 'sso'];
const EMPTY: SsoForm = {
  enabled: true,
  loginName: '',
  issuer: '',
  clientId: '',
  clientSecret: '',
  defaultRole: 'member',
  groupClaim: 'groups',
  groupRoles: [],
  ssoOnly: false,
  logoutAtProvider: true,
};

/** The organisation's single sign-on with OpenID Connect, on the settings page (admins). */
export function SsoSettings() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const answer = useQuery({ queryKey: KEY, queryFn: () => get<SsoAnswer>('/api/organisation/sso') });
  const [form, setForm] = useState<SsoForm>(EMPTY);
  useEffect(() => {
    const sso = answer.data?.sso;
    if (!sso) return;
    // Not settings: the PUT's strict body would refuse them, so saving a second time failed.
    const { clientSecretSet: _, updatedAt: __, ...settings } = sso;
    setForm({ ...settings, clientSecret: '' });
  }, [answer.data]);
  const save = useMutation({
    // An empty secret field keeps the stored secret.
    mutationFn: () => put<SsoAnswer>('/api/organisation/sso', { ...form, clientSecret: form.clientSecret || undefined }),
    onSuccess: (saved) => client.setQueryData(KEY, saved),
  });
  const set = (changes: Partial<SsoForm>) => setForm((f) => ({ ...f, ...changes }));
  const setGroup = (index: number, changes: Partial<SsoForm['groupRoles'][number]>) =>
    set({ groupRoles: form.groupRoles.map((g, i) => (i === index ? { ...g, ...changes } : g)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`common.roles.${role}`) }));
  const stored = answer.data?.sso;
  const startLink = stored && `${window.location.origin}/api/auth/sso/${stored.loginName}/start`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sso-settings-title" maw={560}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="sso-settings-title">
            {t('auth.ssoSettings.title')}
          </Title>
          <Text size="sm">{t('auth.ssoSettings.intro')}</Text>
          <ErrorAlert error={answer.error ?? save.error} />
          {answer.data && (
            <TextInput label={t('auth.ssoSettings.callbackUrl')} value={answer.data.callbackUrl} readOnly onFocus={(e) => e.currentTarget.select()} />
          )}
          <Switch label={t('auth.ssoSettings.enabled')} checked={form.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
          <TextInput
            label={t('auth.ssoSettings.loginName')}
            description={t('auth.ssoSettings.loginNameHint')}
            required
            value={form.loginName}
            onChange={(e) => set({ loginName: e.currentTarget.value })}
            error={fieldError(save.error, 'loginName')}
          />
          {startLink && <TextInput label={t('auth.ssoSettings.startLink')} value={startLink} readOnly onFocus={(e) => e.currentTarget.select()} />}
          <TextInput
            label={t('auth.ssoSettings.issuer')}
            description={t('auth.ssoSettings.issuerHint')}
            required
            type="url"
            value={form.issuer}
            onChange={(e) => set({ issuer: e.currentTarget.value })}
            error={fieldError(save.error, 'issuer')}
          />
          <TextInput
            label={t('auth.ssoSettings.clientId')}
            required
            value={form.clientId}
            onChange={(e) => set({ clientId: e.currentTarget.value })}
            error={fieldError(save.error, 'clientId')}
          />
          <PasswordInput
            label={t('auth.ssoSettings.clientSecret')}
            description={stored?.clientSecretSet ? t('auth.ssoSettings.clientSecretKept') : undefined}
            required={!stored}
            autoComplete="off"
            value={form.clientSecret}
            onChange={(e) => set({ clientSecret: e.currentTarget.value })}
            error={fieldError(save.error, 'clientSecret')}
          />
          <NativeSelect
            label={t('auth.ssoSettings.defaultRole')}
            description={t('auth.ssoSettings.defaultRoleHint')}
            data={roleOptions}
            value={form.defaultRole}
            onChange={(e) => set({ defaultRole: e.currentTarget.value as Role })}
          />
          <TextInput
            label={t('auth.ssoSettings.groupClaim')}
            description={t('auth.ssoSettings.groupClaimHint')}
            value={form.groupClaim}
            onChange={(e) => set({ groupClaim: e.currentTarget.value })}
            error={fieldError(save.error, 'groupClaim')}
          />
          <Title order={3} size="h5">
            {t('auth.ssoSettings.groupRolesTitle')}
          </Title>
          <Text size="sm">{t('auth.ssoSettings.groupRolesHint')}</Text>
          {form.groupRoles.map((mapping, index) => (
            <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                label={t('auth.ssoSettings.group')}
                style={{ flex: 1 }}
                value={mapping.group}
                onChange={(e) => setGroup(index, { group: e.currentTarget.value })}
                error={fieldError(save.error, `groupRoles.${index}.group`)}
              />
              <NativeSelect
                label={t('auth.ssoSettings.role')}
                data={roleOptions}
                value={mapping.role}
                onChange={(e) => setGroup(index, { role: e.currentTarget.value as Role })}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('auth.ssoSettings.removeGroup', { group: mapping.group })}
                onClick={() => set({ groupRoles: form.groupRoles.filter((_, i) => i !== index) })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="default"
            onClick={() => set({ groupRoles: [...form.groupRoles, { group: '', role: 'member' }] })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('auth.ssoSettings.addGroup')}
          </Button>
          <Switch
            label={t('auth.ssoSettings.ssoOnly')}
            description={t('auth.ssoSettings.ssoOnlyHint')}
            checked={form.ssoOnly}
            onChange={(e) => set({ ssoOnly: e.currentTarget.checked })}
          />
          <Switch
            label={t('auth.ssoSettings.logoutAtProvider')}
            description={t('auth.ssoSettings.logoutAtProviderHint')}
            checked={form.logoutAtProvider}
            onChange={(e) => set({ logoutAtProvider: e.currentTarget.checked })}
          />
          {answer.data && form.logoutAtProvider && (
            <TextInput
              label={t('auth.ssoSettings.postLogoutRedirectUri')}
              value={answer.data.postLogoutRedirectUri}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('auth.ssoSettings.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
