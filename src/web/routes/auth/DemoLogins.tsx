import { List, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DemoLogins as Logins } from '#contract/setup.js';
import { get } from '../../lib/api.js';

/**
 * In an installation with the demo organisation: which demo login holds which roles, per demo
 * organisation (the demo organisation, the masterclass's training organisation and another
 * participant), so a visitor knows whom to log in as. The server lists none otherwise; the password
 * stays in its console.
 */
export function DemoLogins() {
  const { t } = useTranslation();
  const demo = useQuery({ queryKey: ['demo-logins'], queryFn: () => get<Logins>('/api/demo/logins'), staleTime: Infinity, retry: false });
  const logins = demo.data?.logins ?? [];
  if (logins.length === 0) return null;
  const organisations = [...new Set(logins.map((l) => l.organisation))];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="demo-logins-title">
      <Title order={2} size="h5" id="demo-logins-title">
        {t('auth.demoLogins.title')}
      </Title>
      {organisations.map((organisation) => (
        <div key={organisation}>
          <Text size="sm" fw={600} mt="xs">
            {organisation}
          </Text>
          <List size="sm" spacing={4} mb="xs">
            {logins
              .filter((login) => login.organisation === organisation)
              .map((login) => (
                <List.Item key={login.email} style={{ overflowWrap: 'anywhere' }}>
                  {t('auth.demoLogins.login', { email: login.email, roles: login.roles.map((r) => t(`common.roles.${r}`)).join(', ') })}
                </List.Item>
              ))}
          </List>
        </div>
      ))}
      {logins.some((login) => login.roles.includes('trainer')) && <Text size="sm">{t('auth.demoLogins.masterclass')}</Text>}
      <Text size="sm">{t('auth.demoLogins.intro')}</Text>
    </Paper>
  );
}
