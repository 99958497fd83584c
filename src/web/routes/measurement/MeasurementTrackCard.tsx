import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMeasurementPlan } from '../../queries/measurement.queries.js';

/** The measurement track beside the steps: how complete its plan is, and the way to its worksheet. */
export function MeasurementTrackCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const plan = useMeasurementPlan(programmeId);
  const missing = plan.data?.missing.length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="measurement-track-title">
      <Title order={2} size="h4" id="measurement-track-title" mb="xs">
        {t('measurementPlan.card.title')}
      </Title>
      <Text size="sm">{t('measurementPlan.card.intro')}</Text>
      {missing !== undefined && (
        <Text size="sm" mt={4}>
          {missing === 0 ? t('measurementPlan.card.complete') : t('measurementPlan.card.missing', { count: missing })}
        </Text>
      )}
      <Anchor component={Link} to={`/programmes/${programmeId}/measurement`} size="sm" mt={4} display="inline-block">
        {t('measurementPlan.open')}
      </Anchor>
    </Paper>
  );
}
