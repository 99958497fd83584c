import { Anchor, Center, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, type AgendaKind } from '#core/execution/checkins.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Section } from '../../components/Section.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { CheckinHistory } from './CheckinHistory.js';
import { useDay } from '../../lib/day.js';
import { OverdueBadge } from './format.js';
import { useCheckins, type AgendaItem, type CheckinOverview } from '../../queries/execution.queries.js';

/** Sub-step 5.3: the next check-in of the series planned in 1.4, its agenda, and the minutes of earlier ones. */
export function CheckinsPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const overview = useCheckins(programme.id);
  const data = overview.data;

  return (
    <Stack>
      <Section id="checkins-title" title={t('execution.checkins.title')}>
        <Stack gap="xs">
          <Text size="sm">{t('execution.checkins.intro')}</Text>
          {overview.isPending && (
            <Center>
              <Loader aria-label={t('common.loading')} />
            </Center>
          )}
          <ErrorAlert error={overview.error} />
          {data && <NextCheckin programmeId={programme.id} overview={data} />}
        </Stack>
      </Section>
      {data && <Agenda overview={data} />}
      {data && <CheckinHistory programme={programme} overview={data} />}
    </Stack>
  );
}

/** When the team meets next, or where to plan the series when there is none. */
function NextCheckin({ programmeId, overview }: { programmeId: string; overview: CheckinOverview }) {
  const { t } = useTranslation();
  const day = useDay();
  const { next, last, today, meetingDays } = overview;
  return (
    <>
      {next ? (
        <Text fw={700}>{t(next === today ? 'execution.checkins.nextToday' : 'execution.checkins.next', { date: day(next) })}</Text>
      ) : (
        <Text size="sm">
          {t(meetingDays.length === 0 ? 'execution.checkins.notPlanned' : 'execution.checkins.seriesOver')}{' '}
          <Anchor component={Link} to={`/programmes/${programmeId}/substeps/1.4`}>
            {t('execution.checkins.planLink')}
          </Anchor>
        </Text>
      )}
      {last && <Text size="sm">{t('execution.checkins.last', { date: day(last) })}</Text>}
    </>
  );
}

/** The agenda under its four headings; every heading shows, so "nothing overdue" is said too. */
function Agenda({ overview }: { overview: CheckinOverview }) {
  const { t } = useTranslation();
  const day = useDay();
  const byKind = (kind: AgendaKind) => overview.agenda.filter((i) => i.kind === kind);
  const heading = (kind: AgendaKind) =>
    kind === 'dueBeforeNext' && overview.next
      ? t('execution.checkins.agenda.headings.dueBeforeNextDate', { date: day(overview.next) })
      : t(`execution.checkins.agenda.headings.${kind}`);
  return (
    <Section id="agenda-title" title={t('execution.checkins.agenda.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('execution.checkins.agenda.intro')}</Text>
        {AGENDA_KINDS.map((kind) => {
          const items = byKind(kind);
          return (
            <section key={kind} aria-labelledby={`agenda-${kind}`}>
              <Title order={3} size="h5" id={`agenda-${kind}`} mb={4}>
                {heading(kind)} ({items.length})
              </Title>
              {items.length === 0 ? (
                <Text size="sm">{t('execution.checkins.agenda.empty')}</Text>
              ) : (
                <List size="sm" spacing={4}>
                  {items.map((item) => (
                    <List.Item key={item.refId}>
                      <AgendaLine item={item} />
                    </List.Item>
                  ))}
                </List>
              )}
            </section>
          );
        })}
      </Stack>
    </Section>
  );
}

function AgendaLine({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const day = useDay();
  const details = [
    item.owner && t('execution.checkins.agenda.owner', { name: item.owner }),
    item.due && t(item.kind === 'openDecision' ? 'execution.checkins.agenda.decisionDue' : 'execution.checkins.agenda.due', { date: day(item.due) }),
  ].filter(Boolean);
  return (
    <Group gap="xs" wrap="wrap">
      <Text span size="sm" fw={700}>
        {item.title}
      </Text>
      {details.length > 0 && (
        <Text span size="sm">
          {details.join(' · ')}
        </Text>
      )}
      {item.kind === 'overdue' && <OverdueBadge />}
    </Group>
  );
}
