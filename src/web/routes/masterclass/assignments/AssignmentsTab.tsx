import { Accordion, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '#core/locale.js';
import { Section } from '#web/components/Section.js';
import { useDay } from '#web/lib/day.js';
import type { Assignment, CohortDetail, CohortSession } from '#web/queries/masterclass.queries.js';
import { sessionWhen } from '../format.js';
import { AssignmentPanel } from './AssignmentPanel.js';
import { Preparation } from './Preparation.js';

/**
 * The masterclass's assignments, per session. Trainers form the subgroups, read every answer and
 * see per session who prepared; the duo hands in its organisation's answer and reads those of its
 * subgroup; the organisation's admin reads along. An assignment loads only when opened: reading
 * another organisation's answer is written in that organisation's audit log.
 */
export function AssignmentsTab({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const sessions = cohort.sessions.filter((session) => cohort.assignments.some((a) => a.sessionId === session.id));
  const intro = cohort.you.trainer ? 'introTrainer' : cohort.you.participant ? 'introDuo' : 'introAdmin';
  return (
    <Stack gap="lg">
      <Section id="mc-assignments" title={t('mcAssignments.title')}>
        <Stack gap="xs" maw={820}>
          <Text size="sm">{t(`mcAssignments.${intro}`)}</Text>
          {!cohort.running && <Text size="sm">{t('mcAssignments.closed')}</Text>}
          {sessions.length === 0 && <Text size="sm">{t('mcAssignments.empty')}</Text>}
        </Stack>
      </Section>
      {sessions.map((session) => (
        <SessionAssignments key={session.id} cohort={cohort} session={session} assignments={cohort.assignments.filter((a) => a.sessionId === session.id)} />
      ))}
    </Stack>
  );
}

function SessionAssignments({ cohort, session, assignments }: { cohort: CohortDetail; session: CohortSession; assignments: Assignment[] }) {
  const { t, i18n } = useTranslation();
  const day = useDay({ weekday: true });
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  const [open, setOpen] = useState<string[]>([]);
  return (
    <Section id={`mc-assignments-${session.id}`} title={session.title}>
      <Stack gap="sm">
        <Text size="sm">{sessionWhen(session.startsAt, session.minutes, locale)}</Text>
        <Accordion multiple value={open} onChange={setOpen} variant="contained" order={3}>
          {assignments.map((assignment) => (
            <Accordion.Item key={assignment.id} value={assignment.id}>
              <Accordion.Control>
                <Text fw={700} size="sm" span>
                  {assignment.title}
                </Text>
                <Text size="sm" span>
                  {' · '}
                  {t('masterclass.assignments.due', { date: day(assignment.dueDate) })}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>{open.includes(assignment.id) && <AssignmentPanel cohort={cohort} assignment={assignment} />}</Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        {cohort.you.trainer && <Preparation cohort={cohort} session={session} />}
      </Stack>
    </Section>
  );
}
