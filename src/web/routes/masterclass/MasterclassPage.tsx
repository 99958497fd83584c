import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { PageTitle } from '../../components/PageTitle.js';
import { Section } from '../../components/Section.js';
import { useCan } from '../../lib/session.js';
import { useCohorts } from '../../queries/masterclass.queries.js';
import { CohortTable } from './CohortTable.js';
import { JoinCohortForm } from './JoinCohortForm.js';
import { NewCohortForm } from './NewCohortForm.js';

/** The masterclasses the caller teaches and those their organisation takes part in; a new one (trainers), joining one (admins, coordinators). */
export function MasterclassPage() {
  const { t } = useTranslation();
  const can = useCan();
  const cohorts = useCohorts();
  const [creating, setCreating] = useState(false);
  const data = cohorts.data;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('masterclass.title')}</PageTitle>
        <Text maw={820}>{t('masterclass.intro')}</Text>
        {can.createCohort && (
          <Text maw={820} mt="xs">
            {t('masterclass.introTrainer')}
          </Text>
        )}
      </div>
      <ErrorAlert error={cohorts.error} />
      {cohorts.isPending && <Loading />}
      {data && can.createCohort && (
        <Section id="masterclass-teaching" title={t('masterclass.teaching.title')}>
          <Stack gap="sm">
            {data.teaching.length === 0 ? (
              <Text size="sm">{t('masterclass.teaching.empty')}</Text>
            ) : (
              <CohortTable cohorts={data.teaching} captionId="masterclass-teaching-caption" caption={t('masterclass.teaching.title')} showTrainer={false} />
            )}
            {creating ? (
              <NewCohortForm onDone={() => setCreating(false)} />
            ) : (
              <Group>
                <Button onClick={() => setCreating(true)}>{t('masterclass.create.open')}</Button>
              </Group>
            )}
          </Stack>
        </Section>
      )}
      {data && (data.participating.length > 0 || !can.createCohort) && (
        <Section id="masterclass-participating" title={t('masterclass.participating.title')}>
          {data.participating.length === 0 ? (
            <Stack gap={4}>
              <Text size="sm">{t('masterclass.participating.empty')}</Text>
              {!can.joinCohort && <Text size="sm">{t('masterclass.participating.emptyAsk')}</Text>}
            </Stack>
          ) : (
            <CohortTable
              cohorts={data.participating}
              captionId="masterclass-participating-caption"
              caption={t('masterclass.participating.title')}
              showTrainer
            />
          )}
        </Section>
      )}
      {can.joinCohort && <JoinCohortForm />}
    </Stack>
  );
}
