import { Anchor, Breadcrumbs, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { PageError } from '../../components/PageError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useProgramme } from '../../queries/programme.queries.js';
import { MeasurementPlanForm } from './MeasurementPlanForm.js';
import { useMeasurementPlan } from '../../queries/measurement.queries.js';

/** The measurement worksheet of a programme: beside the six steps, from step 2 to step 6. */
export function MeasurementPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  const plan = useMeasurementPlan(id);
  if (programme.isPending || plan.isPending)
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (!programme.data || !plan.data) return <PageError error={programme.error ?? plan.error} />;
  const canWork = programme.data.permissions.work;
  return (
    <Stack gap="sm" maw={880}>
      <Breadcrumbs aria-label={t('navigator.breadcrumb')}>
        <Anchor component={Link} to="/programmes">
          {t('programmes.pageTitle')}
        </Anchor>
        <Anchor component={Link} to={`/programmes/${id}`}>
          {programme.data.title}
        </Anchor>
        <Text span>{t('measurementPlan.title')}</Text>
      </Breadcrumbs>
      <PageTitle>{t('measurementPlan.title')}</PageTitle>
      {programme.data.targetBehaviour && (
        <Text size="sm">
          <Text span fw={700}>
            {t('navigator.targetBehaviour')}:{' '}
          </Text>
          {programme.data.targetBehaviour}
        </Text>
      )}
      <Text size="sm">{t('measurementPlan.intro')}</Text>
      {!canWork && <Text size="sm">{t('measurementPlan.readOnly')}</Text>}
      <MeasurementPlanForm key={id} programmeId={id} view={plan.data} canWork={canWork} />
    </Stack>
  );
}
