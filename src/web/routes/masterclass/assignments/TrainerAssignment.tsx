import { Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '#core/locale.js';
import { ScrollRegion } from '#web/components/ScrollRegion.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import type { AssignmentView, SubmissionSummary } from '#web/queries/masterclass-assignments.queries.js';
import { sessionStart } from '../format.js';
import { SubgroupsEditor } from './SubgroupsEditor.js';
import { Submission } from './Submission.js';
import { SubmissionStateBadge } from './SubmissionState.js';

/** The trainer's part of one assignment: the subgroups (formed while the masterclass runs) and every organisation's answer. */
export function TrainerAssignment({ cohort, view }: { cohort: CohortDetail; view: AssignmentView }) {
  const { t } = useTranslation();
  const id = view.assignment.id;
  return (
    <Stack gap="lg">
      <div>
        <Title order={4} size="h6" mb="xs">
          {t('mcAssignments.subgroups.title')}
        </Title>
        {cohort.running ? (
          // Saved subgroups start a new draft: the editor starts again from what was saved.
          <SubgroupsEditor key={JSON.stringify(view.subgroups)} cohort={cohort} view={view} />
        ) : view.subgroups.length === 0 ? (
          <Text size="sm">{t('mcAssignments.subgroups.none')}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {view.subgroups.map((group) => (
              <List.Item key={group.id}>
                {t('mcAssignments.subgroups.line', { name: group.name, organisations: group.members.map((m) => m.organisationName).join(', ') })}
              </List.Item>
            ))}
          </List>
        )}
      </div>
      <Answers cohort={cohort} view={view} captionId={`mc-answers-${id}`} />
    </Stack>
  );
}

/** Every organisation's answer to the assignment with its state; one opens below the table. */
function Answers({ cohort, view, captionId }: { cohort: CohortDetail; view: AssignmentView; captionId: string }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  const [opened, setOpened] = useState<SubmissionSummary | null>(null);
  const groupOf = (participationId: string) => view.subgroups.find((g) => g.members.some((m) => m.participationId === participationId))?.name;
  const detailId = `${captionId}-detail`;
  return (
    <div>
      <Title order={4} size="h6" mb="xs">
        {t('mcAssignments.answers.title')}
      </Title>
      {view.submissions.length === 0 ? (
        <Text size="sm">{t('mcAssignments.answers.noOrganisations')}</Text>
      ) : (
        <ScrollRegion labelledBy={captionId}>
          <Table striped captionSide="top" miw={620}>
            <Table.Caption id={captionId} style={{ textAlign: 'start' }}>
              {t('mcAssignments.answers.caption', { title: view.assignment.title })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mcAssignments.answers.organisation')}</Table.Th>
                <Table.Th scope="col">{t('mcAssignments.answers.subgroup')}</Table.Th>
                <Table.Th scope="col">{t('mcAssignments.answers.state')}</Table.Th>
                <Table.Th scope="col">{t('mcAssignments.answers.submittedAt')}</Table.Th>
                <Table.Th scope="col">{t('mcAssignments.answers.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.submissions.map((s) => {
                const isOpen = opened?.participationId === s.participationId;
                return (
                  <Table.Tr key={s.participationId}>
                    <Table.Th scope="row" fw={400}>
                      {s.organisationName}
                    </Table.Th>
                    <Table.Td>{groupOf(s.participationId) ?? t('mcAssignments.answers.noSubgroup')}</Table.Td>
                    <Table.Td>
                      <SubmissionStateBadge state={s.state} />
                    </Table.Td>
                    <Table.Td>{s.submittedAt ? sessionStart(s.submittedAt, locale) : '—'}</Table.Td>
                    <Table.Td>
                      {s.submittedAt ? (
                        <Button
                          size="compact-sm"
                          variant={isOpen ? 'filled' : 'default'}
                          aria-expanded={isOpen}
                          aria-controls={detailId}
                          aria-label={t('mcAssignments.answers.openFor', { organisation: s.organisationName })}
                          onClick={() => setOpened(isOpen ? null : s)}
                        >
                          {t('mcAssignments.answers.open')}
                        </Button>
                      ) : (
                        t('mcAssignments.answers.nothing')
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <div id={detailId}>
        {opened && (
          <Stack gap="xs" mt="md" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)' }}>
            <Title order={5} size="h6">
              {t('mcAssignments.answers.of', { organisation: opened.organisationName })}
            </Title>
            <Submission cohortId={cohort.id} assignmentId={view.assignment.id} summary={opened} showText />
            <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setOpened(null)}>
              {t('mcAssignments.answers.close')}
            </Button>
          </Stack>
        )}
      </div>
    </div>
  );
}
