import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ANCHORING_AREA_LABELS, ANCHORING_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { ANCHORING_AREAS, ANCHORING_STATUSES, type AnchoringArea, type AnchoringInput, type AnchoringStatus } from '#core/anchoring/checklist.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { OwnerField } from './OwnerField.js';
import { useCreateAnchoring, useUpdateAnchoring, type AnchoringItem } from '../../queries/anchoring.queries.js';
import { useItemForm } from '../../lib/item-form.js';

const initial = (item: AnchoringItem | null): AnchoringInput => ({
  area: item?.area ?? ANCHORING_AREAS[0],
  description: item?.description ?? '',
  owner: item ? { ...item.owner } : { userId: null, name: '' },
  due: item?.due ?? null,
  status: item?.status ?? 'todo',
  note: item?.note ?? '',
});

/** Adds an item to the anchoring checklist of 6.2, or changes one (`item`). */
export function AnchoringItemForm({ programme, item, onDone }: { programme: ProgrammeDetail; item: AnchoringItem | null; onDone: () => void }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const headingId = useId();
  const create = useCreateAnchoring(programme.id);
  const update = useUpdateAnchoring(programme.id);
  const { value, set, submit, saving, error } = useItemForm({ editing: item, initial: () => initial(item), create, update, onDone });
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {item ? t('anchoring.form.editLegend') : t('anchoring.form.addLegend')}
        </Title>
        <PatientDataWarning />
        <NativeSelect
          label={t('anchoring.form.area')}
          value={value.area}
          onChange={(e) => set('area', e.currentTarget.value as AnchoringArea)}
          data={ANCHORING_AREAS.map((a) => ({ value: a, label: l(ANCHORING_AREA_LABELS[a]) }))}
          error={fieldError(error, 'area')}
        />
        <Textarea
          label={t('anchoring.form.description')}
          required
          autosize
          minRows={2}
          value={value.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={fieldError(error, 'description')}
        />
        <OwnerField programme={programme} value={value.owner} onChange={(owner) => set('owner', owner)} error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('anchoring.form.due')}
            value={value.due ?? ''}
            onChange={(e) => set('due', e.currentTarget.value || null)}
            error={fieldError(error, 'due')}
          />
          <NativeSelect
            label={t('anchoring.form.status')}
            value={value.status}
            onChange={(e) => set('status', e.currentTarget.value as AnchoringStatus)}
            data={ANCHORING_STATUSES.map((s) => ({ value: s, label: l(ANCHORING_STATUS_LABELS[s]) }))}
            error={fieldError(error, 'status')}
          />
        </SimpleGrid>
        <Textarea
          label={t('anchoring.form.note')}
          autosize
          minRows={2}
          value={value.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={fieldError(error, 'note')}
        />
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('anchoring.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('anchoring.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
