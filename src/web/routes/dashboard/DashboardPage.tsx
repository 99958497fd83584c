import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { PageTitle } from '../../components/PageTitle.js';
import { BreachFigures } from './BreachFigures.js';
import { ProgrammeCard } from './ProgrammeCard.js';
import { useDashboard } from '../../queries/dashboard.queries.js';

/**
 * The board dashboard (bestuursdashboard): every programme the user may read, each with one status
 * and its reasons, and below them the breach register's figures for those who may see them.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useDashboard();

  return (
    <>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <Text mb="md">{t('dashboard.intro')}</Text>
      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending && <Loading />}
      <Stack gap="lg">
        {dashboard.data?.programmes.length === 0 && <Text>{t('dashboard.empty')}</Text>}
        {dashboard.data && dashboard.data.programmes.length > 0 && (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {dashboard.data.programmes.map((p) => (
              <ProgrammeCard key={p.id} programme={p} />
            ))}
          </SimpleGrid>
        )}
        {dashboard.data?.breaches && <BreachFigures figures={dashboard.data.breaches} />}
      </Stack>
    </>
  );
}
