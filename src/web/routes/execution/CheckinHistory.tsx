import { Accordion, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Section } from '../../components/Section.js';
import type { TextsUnder } from '../../i18n/keys.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { ActionForm } from './ActionForm.js';
import { CheckinForm } from './CheckinForm.js';
import { useDay } from '../../lib/day.js';
import { OverdueBadge } from './format.js';
import { useRemoveCheckin, type Checkin, type CheckinOverview } from '../../queries/execution.queries.js';

/** The recorded check-ins, newest first, each to unfold; a new one opens unfolded, to add the actions agreed at it. */
export function CheckinHistory({ programme, overview }: { programme: ProgrammeDetail; overview: CheckinOverview }) {
  const { t } = useTranslation();
  const day = useDay();
  const [editing, setEditing] = useState<Checkin | 'new' | null>(null);
  const [open, setOpen] = useState<string[]>([]);
  const canWork = programme.permissions.work;
  // The form takes the focus when it opens (CheckinForm). When it closes, the focus goes back to the
  // button that opened it; "Overleg vastleggen" was gone meanwhile, so its new self gets it.
  const recordButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const closing = useRef(false);
  useEffect(() => {
    if (editing !== null || !closing.current) return;
    closing.current = false;
    (opener.current?.isConnected ? opener.current : recordButton.current)?.focus();
  }, [editing]);
  const edit = (checkin: Checkin | 'new') => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(checkin);
  };
  const done = (id?: string) => {
    closing.current = true;
    setEditing(null);
    if (id && !open.includes(id)) setOpen([...open, id]);
  };

  return (
    <Section id="checkin-history-title" title={t('execution.checkins.history.title')}>
      <Stack gap="sm">
        {canWork && editing === null && (
          <Group>
            <Button ref={recordButton} onClick={() => edit('new')}>
              {t('execution.checkins.history.record')}
            </Button>
          </Group>
        )}
        {editing !== null && (
          <Paper withBorder p="sm">
            <CheckinForm
              key={editing === 'new' ? 'new' : editing.id}
              programme={programme}
              checkin={editing === 'new' ? null : editing}
              today={overview.today}
              onDone={done}
            />
          </Paper>
        )}
        {overview.checkins.length === 0 ? (
          <Text size="sm">{t('execution.checkins.history.empty')}</Text>
        ) : (
          <Accordion multiple value={open} onChange={setOpen} order={3} variant="separated">
            {overview.checkins.map((c) => (
              <Accordion.Item key={c.id} value={c.id}>
                <Accordion.Control>{t('execution.checkins.history.heading', { date: day(c.date) })}</Accordion.Control>
                <Accordion.Panel>
                  <CheckinRecord programme={programme} checkin={c} onEdit={() => edit(c)} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Stack>
    </Section>
  );
}

function CheckinRecord({ programme, checkin: c, onEdit }: { programme: ProgrammeDetail; checkin: Checkin; onEdit: () => void }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const day = useDay();
  const remove = useRemoveCheckin(programme.id);
  const [adding, setAdding] = useState(false);
  const canWork = programme.permissions.work;
  const label = (key: TextsUnder<'execution.checkins.history'>) => (
    <Title order={4} size="h6">
      {t(`execution.checkins.history.${key}`)}
    </Title>
  );

  return (
    <Stack gap="xs">
      {label('attendees')}
      <Text size="sm">{c.attendees.length > 0 ? c.attendees.join(', ') : t('execution.checkins.history.nobody')}</Text>
      {label('minutes')}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {c.minutes.trim() || t('execution.checkins.history.noMinutes')}
      </Text>
      {label('decisions')}
      {c.decisions.length === 0 ? (
        <Text size="sm">{t('execution.checkins.history.noDecisions')}</Text>
      ) : (
        <List size="sm">
          {c.decisions.map((d) => (
            <List.Item key={d.id}>
              {d.text} · {t(d.open ? 'execution.checkins.history.decisionOpen' : 'execution.checkins.history.decisionTaken')}
              {d.due && ` · ${t('execution.checkins.agenda.decisionDue', { date: day(d.due) })}`}
            </List.Item>
          ))}
        </List>
      )}
      {label('actions')}
      {c.actions.length === 0 ? (
        <Text size="sm">{t('execution.checkins.history.noActions')}</Text>
      ) : (
        <List size="sm">
          {c.actions.map((a) => (
            <List.Item key={a.id}>
              <Group gap="xs" wrap="wrap">
                <span>
                  {a.title} · {a.owner.name} · {a.due ? t('execution.actions.dueOn', { date: day(a.due) }) : t('execution.actions.noDue')} ·{' '}
                  {l(ACTION_STATUS_LABELS[a.status])}
                </span>
                {a.overdue && <OverdueBadge />}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <ErrorAlert error={remove.error} />
      {canWork && adding && (
        <Paper withBorder p="sm">
          <ActionForm programme={programme} action={null} checkinId={c.id} onDone={() => setAdding(false)} />
        </Paper>
      )}
      {canWork && !adding && (
        <Group gap="xs">
          <Button size="xs" onClick={() => setAdding(true)}>
            {t('execution.checkins.history.addAction')}
          </Button>
          <Button size="xs" variant="default" onClick={onEdit}>
            {t('execution.checkins.history.edit')}
          </Button>
          <ConfirmButton
            size="xs"
            variant="subtle"
            color="red"
            label={t('execution.checkins.history.remove')}
            title={t('execution.checkins.history.removeTitle')}
            text={t('execution.checkins.history.removeText')}
            confirmLabel={t('execution.checkins.history.remove')}
            onConfirm={() => remove.mutateAsync(c.id)}
          />
        </Group>
      )}
    </Stack>
  );
}
