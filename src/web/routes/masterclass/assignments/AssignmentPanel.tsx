import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { Loading } from '#web/components/Loading.js';
import type { Assignment, CohortDetail } from '#web/queries/masterclass.queries.js';
import { useAssignmentView } from '#web/queries/masterclass-assignments.queries.js';
import { useItemName } from '../items.js';
import { ParticipantAssignment } from './ParticipantAssignment.js';
import { TrainerAssignment } from './TrainerAssignment.js';

/** One opened assignment: what to do, then the trainer's or the organisation's part of it. */
export function AssignmentPanel({ cohort, assignment }: { cohort: CohortDetail; assignment: Assignment }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const view = useAssignmentView(cohort.id, assignment.id);
  return (
    <Stack gap="md">
      <Stack gap={4} maw={820}>
        {assignment.instructions ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {assignment.instructions}
          </Text>
        ) : (
          <Text size="sm">{t('mcAssignments.noInstructions')}</Text>
        )}
        {assignment.relatesTo && <Text size="sm">{t('masterclass.assignments.relatesTo', { item: itemName(assignment.relatesTo) })}</Text>}
      </Stack>
      <ErrorAlert error={view.error} />
      {view.isPending && <Loading />}
      {view.data && (view.data.trainer ? <TrainerAssignment cohort={cohort} view={view.data} /> : <ParticipantAssignment cohort={cohort} view={view.data} />)}
    </Stack>
  );
}
