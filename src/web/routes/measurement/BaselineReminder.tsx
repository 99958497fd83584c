import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDay } from '../../lib/day.js';
import { useMeasurementPlan } from '../../queries/measurement.queries.js';

/** On 3.4 and 4.1: the 0-meting must be planned and taken before the interventions, or nothing shows their effect. */
export function BaselineReminder({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const day = useDay();
  const plan = useMeasurementPlan(programmeId);
  const reminder = plan.data?.reminder;
  if (!reminder) return null;
  const planned = plan.data?.plan.baselinePlannedOn;
  return (
    // The heading is plain text in the alert's body colour: the light variant's coloured title is too pale.
    <Alert color="yellow" variant="light" p="sm">
      <Text fw={700} size="sm">
        {t('measurementPlan.card.title')}
      </Text>
      <Text size="sm">{t(`measurementPlan.reminder.${reminder}`, { date: planned ? day(planned) : '' })}</Text>
      <Anchor component={Link} to={`/programmes/${programmeId}/measurement`} size="sm">
        {t('measurementPlan.open')}
      </Anchor>
    </Alert>
  );
}
