import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '#core/locale.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import type { AssignmentView, SubmissionSummary } from '#web/queries/masterclass-assignments.queries.js';
import { Fact, Facts } from '../Facts.js';
import { sessionStart } from '../format.js';
import { useItemName } from '../items.js';
import { Submission } from './Submission.js';
import { SubmissionForm } from './SubmissionForm.js';
import { SubmissionStateBadge } from './SubmissionState.js';

/**
 * The organisation's part of one assignment: its own answer (the duo hands it in, the admin reads
 * along) and, while the masterclass runs, the answers of the others in its subgroup for this assignment.
 */
export function ParticipantAssignment({ cohort, view }: { cohort: CohortDetail; view: AssignmentView }) {
  const { t } = useTranslation();
  const own = view.submissions.find((s) => s.own);
  const group = view.subgroups[0];
  const others = view.submissions.filter((s) => !s.own);
  const canSubmit = cohort.you.participant && cohort.running;
  return (
    <Stack gap="lg">
      <div>
        <Title order={4} size="h6" mb="xs">
          {t('mcAssignments.own.title')}
        </Title>
        {own && (
          <Stack gap="sm">
            <SubmissionFacts submission={own} />
            {canSubmit ? (
              <SubmissionForm cohortId={cohort.id} assignmentId={view.assignment.id} own={own} />
            ) : (
              <>
                {!cohort.you.participant && cohort.running && <Text size="sm">{t('mcAssignments.own.adminReads')}</Text>}
                <AnswerText cohortId={cohort.id} assignmentId={view.assignment.id} submission={own} />
              </>
            )}
          </Stack>
        )}
      </div>
      <div>
        <Title order={4} size="h6" mb="xs">
          {t('mcAssignments.group.title')}
        </Title>
        {!group ? (
          <Text size="sm">{t('mcAssignments.group.none')}</Text>
        ) : (
          <Stack gap="sm">
            <Text size="sm">
              {t('mcAssignments.group.with', {
                name: group.name,
                organisations:
                  group.members
                    .filter((m) => m.participationId !== own?.participationId)
                    .map((m) => m.organisationName)
                    .join(', ') || '—',
              })}
            </Text>
            {!cohort.running && <Text size="sm">{t('mcAssignments.group.closed')}</Text>}
            {others.map((submission) => (
              <Paper
                key={submission.participationId}
                withBorder
                p="sm"
                component="article"
                aria-labelledby={`mc-peer-${view.assignment.id}-${submission.participationId}`}
              >
                <Stack gap="xs">
                  <Title order={5} size="h6" id={`mc-peer-${view.assignment.id}-${submission.participationId}`}>
                    {submission.organisationName}
                  </Title>
                  <SubmissionFacts submission={submission} />
                  <AnswerText cohortId={cohort.id} assignmentId={view.assignment.id} submission={submission} />
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </div>
    </Stack>
  );
}

/** State and moments of one answer. */
function SubmissionFacts({ submission }: { submission: SubmissionSummary }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  return (
    <Facts>
      <Fact label={t('mcAssignments.answers.state')}>
        <SubmissionStateBadge state={submission.state} />
      </Fact>
      {submission.submittedAt && <Fact label={t('mcAssignments.submittedOn')}>{sessionStart(submission.submittedAt, locale)}</Fact>}
      {submission.updatedAt && submission.updatedAt !== submission.submittedAt && (
        <Fact label={t('mcAssignments.changedOn')}>{sessionStart(submission.updatedAt, locale)}</Fact>
      )}
    </Facts>
  );
}

/** An answer read-only: its text, and the worksheet it links to open on request. */
function AnswerText({ cohortId, assignmentId, submission }: { cohortId: string; assignmentId: string; submission: SubmissionSummary }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const [open, setOpen] = useState(false);
  if (!submission.submittedAt) return <Text size="sm">{t('mcAssignments.answers.nothing')}</Text>;
  const worksheet = submission.worksheet;
  const regionId = `mc-sheet-${assignmentId}-${submission.participationId}`;
  return (
    <Stack gap="xs">
      {submission.text && (
        <Text size="sm" maw={820} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {submission.text}
        </Text>
      )}
      {worksheet && (
        <>
          <Group>
            <Button
              size="compact-sm"
              variant="default"
              aria-expanded={open}
              aria-controls={regionId}
              aria-label={t('mcAssignments.worksheet.showFor', { item: itemName(worksheet.key) })}
              onClick={() => setOpen(!open)}
            >
              {t('mcAssignments.worksheet.show')}
            </Button>
          </Group>
          <div id={regionId}>{open && <Submission cohortId={cohortId} assignmentId={assignmentId} summary={submission} showText={false} />}</div>
        </>
      )}
    </Stack>
  );
}
