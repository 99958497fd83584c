import { List, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DemoLogins as Logins } from '#contract/setup.js';
import { get } from '../../lib/api.js';

/**
 * In an installation with the demo organisation: which demo login holds which roles, so a visitor
 * knows whom to log in as. The server lists none otherwise; the password stays in its console.
 */
export function DemoLogins() {
  const { t } = useTranslation();
  const demo = useQuery({ queryKey: ['demo-logins'], queryFn: () => get<Logins>('/api/demo/logins'), staleTime: Infinity, retry: false });
  const logins = demo.data?.logins ?? [];
  if (logins.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="demo-logins-title">
      <Title order={2} size="h5" id="demo-logins-title">
        {t('auth.demoLogins.title')}
      </Title>
      <List size="sm" spacing={4} my="xs">
        {logins.map((login) => (
          <List.Item key={login.email} style={{ overflowWrap: 'anywhere' }}>
            {t('auth.demoLogins.login', { email: login.email, roles: login.roles.map((r) => t(`common.roles.${r}`)).join(', ') })}
          </List.Item>
        ))}
      </List>
      <Text size="sm">{t('auth.demoLogins.intro')}</Text>
    </Paper>
  );
}
