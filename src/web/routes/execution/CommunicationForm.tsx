import { Autocomplete, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNICATION_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { COMMUNICATION_STATUSES, SUGGESTED_CHANNELS, type CommunicationInput, type CommunicationStatus } from '#core/execution/communication.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useCreateCommunication, useUpdateCommunication, type CommunicationItem } from '../../queries/execution.queries.js';
import { useItemForm } from '../../lib/item-form.js';

const initial = (item: CommunicationItem | null): CommunicationInput => ({
  audience: item?.audience ?? '',
  message: item?.message ?? '',
  channel: item?.channel ?? '',
  planned: item?.planned ?? null,
  ownerName: item?.ownerName ?? '',
  status: item?.status ?? 'planned',
});

/** Adds a message to the communication plan of 5.1, or changes one (`item`). */
export function CommunicationForm({ programmeId, item, onDone }: { programmeId: string; item: CommunicationItem | null; onDone: () => void }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const headingId = useId();
  const create = useCreateCommunication(programmeId);
  const update = useUpdateCommunication(programmeId);
  const { value, set, submit, saving, error } = useItemForm({ editing: item, initial: () => initial(item), create, update, onDone });
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {item ? t('execution.communication.form.editLegend') : t('execution.communication.form.addLegend')}
        </Title>
        <PatientDataWarning id={`${headingId}-warning`} />
        <TextInput
          label={t('execution.communication.form.audience')}
          required
          value={value.audience}
          onChange={(e) => set('audience', e.currentTarget.value)}
          error={fieldError(error, 'audience')}
        />
        <Textarea
          label={t('execution.communication.form.message')}
          required
          autosize
          minRows={2}
          value={value.message}
          onChange={(e) => set('message', e.currentTarget.value)}
          error={fieldError(error, 'message')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            label={t('execution.communication.form.channel')}
            description={t('execution.communication.form.channelHint')}
            required
            value={value.channel}
            onChange={(v) => set('channel', v)}
            data={SUGGESTED_CHANNELS.map((c) => t(`execution.communication.channels.${c}`))}
            error={fieldError(error, 'channel')}
          />
          <TextInput
            type="date"
            label={t('execution.communication.form.planned')}
            value={value.planned ?? ''}
            onChange={(e) => set('planned', e.currentTarget.value || null)}
            error={fieldError(error, 'planned')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('execution.communication.form.owner')}
            value={value.ownerName}
            onChange={(e) => set('ownerName', e.currentTarget.value)}
            error={fieldError(error, 'ownerName')}
          />
          <NativeSelect
            label={t('execution.communication.form.status')}
            value={value.status}
            onChange={(e) => set('status', e.currentTarget.value as CommunicationStatus)}
            data={COMMUNICATION_STATUSES.map((s) => ({ value: s, label: l(COMMUNICATION_STATUS_LABELS[s]) }))}
            error={fieldError(error, 'status')}
          />
        </SimpleGrid>
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('execution.communication.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('execution.communication.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
