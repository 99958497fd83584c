import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { Loading } from '#web/components/Loading.js';
import { ScrollRegion } from '#web/components/ScrollRegion.js';
import { useDay } from '#web/lib/day.js';
import type { CohortDetail, CohortSession } from '#web/queries/masterclass.queries.js';
import { usePreparation, type SessionPreparation } from '#web/queries/masterclass-assignments.queries.js';
import { toDateAndTime } from '../format.js';
import { SubmissionStateBadge } from './SubmissionState.js';

/** The trainers' view of one session: per organisation, whether it prepared each of the session's assignments. Loads when opened. */
export function Preparation({ cohort, session }: { cohort: CohortDetail; session: CohortSession }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = `mc-preparation-${session.id}`;
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {t('mcAssignments.preparation.title')}
      </Title>
      <Button
        variant="default"
        size="xs"
        aria-expanded={open}
        aria-controls={regionId}
        aria-label={t('mcAssignments.preparation.showFor', { session: session.title })}
        onClick={() => setOpen(!open)}
      >
        {t('mcAssignments.preparation.show')}
      </Button>
      <div id={regionId}>{open && <PreparationTable cohortId={cohort.id} sessionId={session.id} />}</div>
    </div>
  );
}

function PreparationTable({ cohortId, sessionId }: { cohortId: string; sessionId: string }) {
  const preparation = usePreparation(cohortId, sessionId);
  return (
    <Stack gap="xs" mt="sm">
      <ErrorAlert error={preparation.error} />
      {preparation.isPending && <Loading />}
      {preparation.data && <Overview preparation={preparation.data} />}
    </Stack>
  );
}

function Overview({ preparation }: { preparation: SessionPreparation }) {
  const { t } = useTranslation();
  const day = useDay();
  const organisations = preparation.assignments[0]?.rows ?? [];
  if (organisations.length === 0) return <Text size="sm">{t('mcAssignments.answers.noOrganisations')}</Text>;
  const captionId = `mc-preparation-caption-${preparation.session.id}`;
  return (
    <ScrollRegion labelledBy={captionId}>
      <Table striped captionSide="top" miw={200 + 180 * preparation.assignments.length}>
        <Table.Caption id={captionId} style={{ textAlign: 'start' }}>
          {t('mcAssignments.preparation.caption', { session: preparation.session.title })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('mcAssignments.answers.organisation')}</Table.Th>
            {preparation.assignments.map(({ assignment }) => (
              <Table.Th key={assignment.id} scope="col">
                {assignment.title}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((organisation) => (
            <Table.Tr key={organisation.participationId}>
              <Table.Th scope="row" fw={400}>
                {organisation.organisationName}
              </Table.Th>
              {preparation.assignments.map(({ assignment, rows }) => {
                const row = rows.find((r) => r.participationId === organisation.participationId);
                return (
                  <Table.Td key={assignment.id}>
                    {row && <SubmissionStateBadge state={row.state} />}
                    {row?.submittedAt && (
                      <Text size="xs" mt={2}>
                        {t('mcAssignments.preparation.on', { date: day(toDateAndTime(row.submittedAt).date) })}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
