import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '#core/locale.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RowActions } from '../../components/RowActions.js';
import { Section } from '../../components/Section.js';
import { useDay } from '../../lib/day.js';
import {
  calendarPath,
  useCloseCohort,
  useRemoveAssignment,
  useRemoveSession,
  type Assignment,
  type CohortDetail,
  type CohortSession,
} from '../../queries/masterclass.queries.js';
import { AssignmentForm } from './AssignmentForm.js';
import { Fact, Facts } from './Facts.js';
import { sessionWhen, stepList } from './format.js';
import { useItemName } from './items.js';
import { SessionForm } from './SessionForm.js';

/** What is being edited on the tab: one thing at a time. */
type Editing =
  { kind: 'newSession' } | { kind: 'session'; id: string } | { kind: 'newAssignment'; sessionId: string } | { kind: 'assignment'; id: string } | null;

/**
 * The masterclass's plan: its sessions (when, where, which steps) with their assignments, for
 * everyone in it and as a calendar file; its trainers plan it here, see the code organisations join
 * with, and close it.
 */
export function ProgrammeTab({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const teach = cohort.you.trainer && cohort.running;
  const [editing, setEditing] = useState<Editing>(null);
  const done = () => setEditing(null);

  return (
    <Stack gap="lg">
      {teach && cohort.code && <CohortCode cohort={cohort} code={cohort.code} />}
      <Section id="cohort-sessions" title={t('masterclass.sessions.title')}>
        <Stack gap="md">
          {cohort.sessions.length === 0 ? (
            <Text size="sm">{t('masterclass.sessions.empty')}</Text>
          ) : (
            <Group gap="md" justify="space-between">
              <Text size="sm">{t('masterclass.sessions.timeNote')}</Text>
              <Anchor href={calendarPath(cohort.id)} download size="sm">
                {t('masterclass.calendar')}
              </Anchor>
            </Group>
          )}
          {cohort.sessions.map((session) =>
            editing?.kind === 'session' && editing.id === session.id ? (
              <SessionForm key={session.id} cohortId={cohort.id} session={session} onDone={done} />
            ) : (
              <SessionCard key={session.id} cohort={cohort} session={session} teach={teach} editing={editing} setEditing={setEditing} />
            ),
          )}
          {teach &&
            (editing?.kind === 'newSession' ? (
              <SessionForm cohortId={cohort.id} session={null} onDone={done} />
            ) : (
              <Group>
                <Button onClick={() => setEditing({ kind: 'newSession' })}>{t('masterclass.sessions.add')}</Button>
              </Group>
            ))}
        </Stack>
      </Section>
      {teach && <CloseCohort cohort={cohort} />}
    </Stack>
  );
}

function SessionCard(props: { cohort: CohortDetail; session: CohortSession; teach: boolean; editing: Editing; setEditing: (editing: Editing) => void }) {
  const { cohort, session, teach, editing, setEditing } = props;
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  const remove = useRemoveSession(cohort.id);
  const assignments = cohort.assignments.filter((a) => a.sessionId === session.id);
  const titleId = `session-${session.id}`;
  const words = { step: t('masterclass.sessions.step'), steps: t('masterclass.sessions.stepsWord'), and: t('masterclass.sessions.and') };

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {session.title}
        </Title>
        <Facts>
          <Fact label={t('masterclass.sessions.when')}>{sessionWhen(session.startsAt, session.minutes, locale)}</Fact>
          {session.place && <Fact label={t('masterclass.sessions.where')}>{session.place}</Fact>}
          {session.videoLink && (
            <Fact label={t('masterclass.sessions.video')}>
              <Anchor href={session.videoLink} target="_blank" rel="noopener noreferrer" size="sm">
                {t('masterclass.sessions.joinVideo')}
              </Anchor>
            </Fact>
          )}
          <Fact label={t('masterclass.sessions.steps')}>{stepList(session.steps, words)}</Fact>
        </Facts>
        {teach && (
          <RowActions
            texts="masterclass.sessions"
            subject={{ title: session.title }}
            onEdit={() => setEditing({ kind: 'session', id: session.id })}
            onRemove={() => remove.mutateAsync(session.id)}
          />
        )}
        <ErrorAlert error={remove.error} />
        <Title order={4} size="h6" mt="xs">
          {t('masterclass.assignments.title')}
        </Title>
        {assignments.length === 0 && <Text size="sm">{t('masterclass.assignments.empty')}</Text>}
        {assignments.map((assignment) =>
          editing?.kind === 'assignment' && editing.id === assignment.id ? (
            <AssignmentForm key={assignment.id} cohortId={cohort.id} session={session} assignment={assignment} onDone={() => setEditing(null)} />
          ) : (
            <AssignmentItem
              key={assignment.id}
              cohortId={cohort.id}
              assignment={assignment}
              teach={teach}
              onEdit={() => setEditing({ kind: 'assignment', id: assignment.id })}
            />
          ),
        )}
        {teach &&
          (editing?.kind === 'newAssignment' && editing.sessionId === session.id ? (
            <AssignmentForm cohortId={cohort.id} session={session} assignment={null} onDone={() => setEditing(null)} />
          ) : (
            <Group>
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing({ kind: 'newAssignment', sessionId: session.id })}
                aria-label={t('masterclass.assignments.addFor', { title: session.title })}
              >
                {t('masterclass.assignments.add')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

function AssignmentItem({ cohortId, assignment, teach, onEdit }: { cohortId: string; assignment: Assignment; teach: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const day = useDay({ weekday: true });
  const itemName = useItemName();
  const remove = useRemoveAssignment(cohortId);
  return (
    <Stack gap={4} pl="sm" style={{ borderInlineStart: '3px solid var(--mantine-color-gray-4)' }}>
      <Text fw={700} size="sm">
        {assignment.title}
      </Text>
      <Text size="sm">
        {t('masterclass.assignments.due', { date: day(assignment.dueDate) })}
        {assignment.relatesTo && ` · ${t('masterclass.assignments.relatesTo', { item: itemName(assignment.relatesTo) })}`}
      </Text>
      {assignment.instructions && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {assignment.instructions}
        </Text>
      )}
      {teach && (
        <RowActions texts="masterclass.assignments" subject={{ title: assignment.title }} onEdit={onEdit} onRemove={() => remove.mutateAsync(assignment.id)} />
      )}
      <ErrorAlert error={remove.error} />
    </Stack>
  );
}

/** The code organisations join with, for the trainers to hand out. */
function CohortCode({ cohort, code }: { cohort: CohortDetail; code: string }) {
  const { t } = useTranslation();
  return (
    <Section id="cohort-code" title={t('masterclass.code.title')}>
      <Stack gap="xs">
        <Text size="sm" maw={720}>
          {t('masterclass.code.intro')}
        </Text>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('masterclass.code.label')}
            value={code}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'monospace', fontSize: 18 } }}
            w={200}
          />
          <CopyButton value={code}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t('masterclass.code.copied') : t('masterclass.code.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('masterclass.places', { count: cohort.organisations, capacity: cohort.capacity })}</Text>
      </Stack>
    </Section>
  );
}

/** Closing: nothing can be handed in or shared any more; trainers keep what was shared for the retention. */
function CloseCohort({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const close = useCloseCohort(cohort.id);
  const days = t('masterclass.close.days', { count: cohort.retentionDays });
  return (
    <Section id="cohort-close" title={t('masterclass.close.title')}>
      <Text size="sm" mb="sm" maw={720}>
        {t('masterclass.close.intro', { days })}
      </Text>
      <ErrorAlert error={close.error} />
      <ConfirmButton
        label={t('masterclass.close.button')}
        title={t('masterclass.close.confirmTitle')}
        text={t('masterclass.close.confirmText', { days })}
        confirmLabel={t('masterclass.close.confirm')}
        color="red"
        onConfirm={() => close.mutateAsync()}
      />
    </Section>
  );
}
