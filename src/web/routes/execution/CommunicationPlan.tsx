import { Button, Center, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNICATION_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { RowActions } from '../../components/RowActions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { Section } from '../../components/Section.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { CommunicationForm } from './CommunicationForm.js';
import { useDay } from '../../lib/day.js';
import { useCommunication, useRemoveCommunication, type CommunicationItem } from '../../queries/execution.queries.js';

/** 5.1's communication plan: which message reaches which audience, through which channel, when. */
export function CommunicationPlan({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const day = useDay();
  const plan = useCommunication(programme.id);
  const remove = useRemoveCommunication(programme.id);
  const [editing, setEditing] = useState<CommunicationItem | 'new' | null>(null);
  const canWork = programme.permissions.work;
  const items = plan.data?.items;

  return (
    <Section id="communication-title" title={t('execution.communication.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('execution.communication.intro')}</Text>
        {plan.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={plan.error ?? remove.error} />
        {items && items.length === 0 && <Text size="sm">{t('execution.communication.empty')}</Text>}
        {canWork && editing === null && (
          <Group>
            <Button onClick={() => setEditing('new')}>{t('execution.communication.add')}</Button>
          </Group>
        )}
        {editing !== null && (
          <Paper withBorder p="sm">
            <CommunicationForm
              key={editing === 'new' ? 'new' : editing.id}
              programmeId={programme.id}
              item={editing === 'new' ? null : editing}
              onDone={() => setEditing(null)}
            />
          </Paper>
        )}
        {items && items.length > 0 && (
          <ScrollRegion labelledBy="communication-table-caption">
            <Table verticalSpacing="xs">
              <Table.Caption id="communication-table-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
                {t('execution.communication.listLabel')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('execution.communication.columns.audience')}</Table.Th>
                  <Table.Th scope="col">{t('execution.communication.columns.message')}</Table.Th>
                  <Table.Th scope="col">{t('execution.communication.columns.channel')}</Table.Th>
                  <Table.Th scope="col">{t('execution.communication.columns.planned')}</Table.Th>
                  <Table.Th scope="col">{t('execution.communication.columns.owner')}</Table.Th>
                  <Table.Th scope="col">{t('execution.communication.columns.status')}</Table.Th>
                  {canWork && <Table.Th scope="col">{t('execution.communication.columns.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Th scope="row">{item.audience}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{item.message}</Table.Td>
                    <Table.Td>{item.channel}</Table.Td>
                    <Table.Td>{item.planned ? day(item.planned) : t('execution.communication.noDate')}</Table.Td>
                    <Table.Td>{item.ownerName || t('execution.communication.noOwner')}</Table.Td>
                    <Table.Td>{l(COMMUNICATION_STATUS_LABELS[item.status])}</Table.Td>
                    {canWork && (
                      <Table.Td>
                        <RowActions
                          texts="execution.communication"
                          subject={{ audience: item.audience }}
                          onEdit={() => setEditing(item)}
                          onRemove={() => remove.mutateAsync(item.id)}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Stack>
    </Section>
  );
}
