import { Button, Center, Group, Loader, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { ACTION_STATUSES, boardColumns, sortForList, type ActionStatus } from '#core/execution/actions.js';
import { RowActions } from '../../components/RowActions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { useCandidates } from '../../queries/interventions.queries.js';
import { Section } from '../../components/Section.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { ActionForm } from './ActionForm.js';
import { useDay } from '../../lib/day.js';
import { OverdueBadge } from './format.js';
import { useActions, useRemoveAction, useUpdateAction, type Action } from '../../queries/execution.queries.js';

type View = 'list' | 'board';

/** Sub-step 5.1: the action plan, as a list (overdue first) or a board with a column per status. */
export function ActionsPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const list = useActions(programme.id);
  const candidates = useCandidates(programme.id);
  const [view, setView] = useState<View>('list');
  const [editing, setEditing] = useState<Action | 'new' | null>(null);
  const canWork = programme.permissions.work;
  const titleOf = (candidateId: string | null) => (candidateId ? (candidates.data?.candidates.find((c) => c.id === candidateId)?.title ?? null) : null);
  const data = list.data;
  const summary = data?.summary;

  return (
    <Section id="actions-title" title={t('execution.actions.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('execution.actions.intro')}</Text>
        {list.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={list.error} />
        {summary && (
          <Text size="sm" fw={700} role="status">
            {[
              t('execution.actions.summary.total', { count: summary.total }),
              t('execution.actions.summary.overdue', { count: summary.overdue }),
              t('execution.actions.summary.done', { count: summary.done }),
            ].join(' · ')}
          </Text>
        )}
        {data && data.actions.length === 0 && <Text size="sm">{t('execution.actions.empty')}</Text>}
        {data && data.actions.length > 0 && (
          <SegmentedControl
            aria-label={t('execution.actions.view')}
            value={view}
            onChange={(v) => setView(v as View)}
            data={[
              { value: 'list', label: t('execution.actions.list') },
              { value: 'board', label: t('execution.actions.board') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        )}
        {canWork && editing === null && (
          <Group>
            <Button onClick={() => setEditing('new')}>{t('execution.actions.add')}</Button>
          </Group>
        )}
        {editing !== null && (
          <Paper withBorder p="sm">
            <ActionForm
              key={editing === 'new' ? 'new' : editing.id}
              programme={programme}
              action={editing === 'new' ? null : editing}
              onDone={() => setEditing(null)}
            />
          </Paper>
        )}
        {data && data.actions.length > 0 && view === 'list' && (
          <ActionTable programmeId={programme.id} actions={sortForList(data.actions, data.today)} canWork={canWork} titleOf={titleOf} onEdit={setEditing} />
        )}
        {data && data.actions.length > 0 && view === 'board' && (
          <ActionBoard programmeId={programme.id} actions={data.actions} canWork={canWork} titleOf={titleOf} />
        )}
      </Stack>
    </Section>
  );
}

interface ViewProps {
  programmeId: string;
  actions: Action[];
  canWork: boolean;
  titleOf: (candidateId: string | null) => string | null;
}

function ActionTable({ programmeId, actions, canWork, titleOf, onEdit }: ViewProps & { onEdit: (action: Action) => void }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const day = useDay();
  const remove = useRemoveAction(programmeId);
  return (
    <>
      <ErrorAlert error={remove.error} />
      <ScrollRegion labelledBy="actions-table-caption">
        <Table striped={false} verticalSpacing="xs">
          <Table.Caption id="actions-table-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('execution.actions.listLabel')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('execution.actions.columns.title')}</Table.Th>
              <Table.Th scope="col">{t('execution.actions.columns.owner')}</Table.Th>
              <Table.Th scope="col">{t('execution.actions.columns.due')}</Table.Th>
              <Table.Th scope="col">{t('execution.actions.columns.status')}</Table.Th>
              {canWork && <Table.Th scope="col">{t('execution.actions.columns.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.map((a) => {
              const intervention = titleOf(a.candidateId);
              return (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={700}>
                      {a.title}
                    </Text>
                    {intervention && <Text size="xs">{t('execution.actions.forIntervention', { title: intervention })}</Text>}
                  </Table.Th>
                  <Table.Td>{a.owner.name}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <span>{a.due ? day(a.due) : t('execution.actions.noDue')}</span>
                      {a.overdue && <OverdueBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td>{l(ACTION_STATUS_LABELS[a.status])}</Table.Td>
                  {canWork && (
                    <Table.Td>
                      <RowActions texts="execution.actions" subject={{ title: a.title }} onEdit={() => onEdit(a)} onRemove={() => remove.mutateAsync(a.id)} />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}

function ActionBoard({ programmeId, actions, canWork, titleOf }: ViewProps) {
  const { t } = useTranslation();
  const l = useLocalized();
  const columns = boardColumns(actions);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      {ACTION_STATUSES.map((status) => {
        const headingId = `board-column-${status}`;
        return (
          <Paper key={status} withBorder p="xs" bg="gray.0" component="section" aria-labelledby={headingId}>
            <Title order={3} size="h5" id={headingId} mb="xs">
              {l(ACTION_STATUS_LABELS[status])} ({columns[status].length})
            </Title>
            {columns[status].length === 0 ? (
              <Text size="sm">{t('execution.actions.columnEmpty')}</Text>
            ) : (
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {columns[status].map((a) => (
                  <ActionCard key={a.id} programmeId={programmeId} action={a} canWork={canWork} intervention={titleOf(a.candidateId)} />
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function ActionCard({ programmeId, action: a, canWork, intervention }: { programmeId: string; action: Action; canWork: boolean; intervention: string | null }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const day = useDay();
  const update = useUpdateAction(programmeId);
  const titleId = `action-card-${a.id}`;
  const move = (status: ActionStatus) =>
    update.mutate({ id: a.id, title: a.title, description: a.description, candidateId: a.candidateId, owner: a.owner, due: a.due, status, channel: a.channel });
  return (
    <Paper component="li" withBorder p="xs" aria-labelledby={titleId} style={a.overdue ? { borderColor: '#c92a2a', borderWidth: 2 } : undefined}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text size="sm" fw={700} id={titleId}>
            {a.title}
          </Text>
          {a.overdue && <OverdueBadge />}
        </Group>
        {intervention && <Text size="xs">{t('execution.actions.forIntervention', { title: intervention })}</Text>}
        <Text size="xs">
          {a.owner.name} · {a.due ? t('execution.actions.dueOn', { date: day(a.due) }) : t('execution.actions.noDue')}
        </Text>
        <ErrorAlert error={update.error} />
        {canWork && (
          <NativeSelect
            size="xs"
            label={t('execution.actions.statusFor', { title: a.title })}
            value={a.status}
            disabled={update.isPending}
            onChange={(e) => move(e.currentTarget.value as ActionStatus)}
            data={ACTION_STATUSES.map((s) => ({ value: s, label: l(ACTION_STATUS_LABELS[s]) }))}
          />
        )}
      </Stack>
    </Paper>
  );
}
