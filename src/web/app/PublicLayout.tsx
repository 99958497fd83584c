import { Container, Group, Paper, Text } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { LoadBoundary } from '../components/LoadBoundary.js';
import { Loading } from '../components/Loading.js';

/** Login, set-up and invitation pages: a single card with the language switch. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container size={480} py="xl">
      <header>
        <Group justify="space-between" mb="lg">
          <div>
            <Text fw={700} size="xl" c="blue.9">
              {t('common.appName')}
            </Text>
            <Text size="sm">{t('common.tagline')}</Text>
          </div>
          <LanguageSwitch loggedIn={false} />
        </Group>
      </header>
      <main id="main">
        <Paper withBorder p="lg">
          <LoadBoundary>
            <Suspense fallback={<Loading />}>{children}</Suspense>
          </LoadBoundary>
        </Paper>
      </main>
    </Container>
  );
}
