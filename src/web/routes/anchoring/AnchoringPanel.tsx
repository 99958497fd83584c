import { Button, Center, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ANCHORING_AREA_LABELS, ANCHORING_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { ANCHORING_AREAS, ANCHORING_STATUSES, STANDARD_AREAS, type AnchoringArea, type AnchoringStatus } from '#core/anchoring/checklist.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { RowActions } from '../../components/RowActions.js';
import { Section } from '../../components/Section.js';
import { useDay } from '../../lib/day.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { AnchoringItemForm } from './AnchoringItemForm.js';
import { useAddStandardAnchoring, useAnchoring, useRemoveAnchoring, useUpdateAnchoring, type AnchoringItem } from '../../queries/anchoring.queries.js';

/** Sub-step 6.2: the anchoring checklist, grouped by the places where what works is laid down. */
export function AnchoringPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const checklist = useAnchoring(programme.id);
  const addStandard = useAddStandardAnchoring(programme.id);
  const [editing, setEditing] = useState<AnchoringItem | 'new' | null>(null);
  const canWork = programme.permissions.work;
  const items = checklist.data?.items ?? [];
  const progress = checklist.data?.progress;
  const inArea = (area: AnchoringArea) => items.filter((i) => i.area === area);
  // The standard button only adds to empty standard areas, so it is offered only while there is one.
  const standardToAdd = STANDARD_AREAS.some((area) => inArea(area).length === 0);
  // "Other" is never required: it shows only once the team has put something there.
  const areas = ANCHORING_AREAS.filter((area) => area !== 'other' || inArea(area).length > 0);
  const form = (item: AnchoringItem | null) => (
    <Paper withBorder p="sm">
      <AnchoringItemForm key={item?.id ?? 'new'} programme={programme} item={item} onDone={() => setEditing(null)} />
    </Paper>
  );

  return (
    <Section id="anchoring-title" title={t('anchoring.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('anchoring.intro')}</Text>
        {checklist.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={checklist.error} />
        {progress && (
          <Text size="sm" fw={700} role="status">
            {t('anchoring.progress', { ...progress })}
          </Text>
        )}
        {checklist.data && items.length === 0 && <Text size="sm">{t('anchoring.empty')}</Text>}
        {canWork && editing === null && (
          <Group>
            {standardToAdd && (
              <Button loading={addStandard.isPending} onClick={() => addStandard.mutate()}>
                {t('anchoring.addStandard')}
              </Button>
            )}
            <Button variant={standardToAdd ? 'default' : 'filled'} onClick={() => setEditing('new')}>
              {t('anchoring.add')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={addStandard.error} />
        {editing === 'new' && form(null)}
        {items.length > 0 &&
          areas.map((area) => (
            <AreaItems key={area} programmeId={programme.id} area={area} items={inArea(area)} canWork={canWork} onEdit={setEditing}>
              {editing !== null && editing !== 'new' && editing.area === area && form(editing)}
            </AreaItems>
          ))}
      </Stack>
    </Section>
  );
}

/** One area's items as a list; `children` is the edit form when one of them is being changed. */
function AreaItems(props: {
  programmeId: string;
  area: AnchoringArea;
  items: AnchoringItem[];
  canWork: boolean;
  onEdit: (item: AnchoringItem) => void;
  children: ReactNode;
}) {
  const { programmeId, area, items, canWork, onEdit, children } = props;
  const { t } = useTranslation();
  const l = useLocalized();
  const headingId = useId();
  const remove = useRemoveAnchoring(programmeId);
  const areaName = l(ANCHORING_AREA_LABELS[area]);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id={headingId}>
        {areaName}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('anchoring.areaEmpty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('anchoring.listLabel', { area: areaName })}>
          {items.map((item) => (
            <ItemCard
              key={item.id}
              programmeId={programmeId}
              item={item}
              canWork={canWork}
              onEdit={() => onEdit(item)}
              onRemove={() => remove.mutateAsync(item.id)}
            />
          ))}
        </Stack>
      )}
      <ErrorAlert error={remove.error} />
      {children}
    </Stack>
  );
}

/** An item with its owner, due date and note; for those who may work, its status and buttons. */
function ItemCard({
  programmeId,
  item,
  canWork,
  onEdit,
  onRemove,
}: {
  programmeId: string;
  item: AnchoringItem;
  canWork: boolean;
  onEdit: () => void;
  onRemove: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const day = useDay();
  const descriptionId = useId();
  const facts = [
    `${t('anchoring.fields.owner')}: ${item.owner.name || t('anchoring.noOwner')}`,
    `${t('anchoring.fields.due')}: ${item.due ? day(item.due) : t('anchoring.noDue')}`,
    // The status select says it for those who may change it.
    ...(canWork ? [] : [`${t('anchoring.fields.status')}: ${l(ANCHORING_STATUS_LABELS[item.status])}`]),
  ];
  return (
    <Paper component="li" withBorder p="xs" aria-labelledby={descriptionId}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 16rem' }}>
          <Text size="sm" fw={700} id={descriptionId}>
            {item.description}
          </Text>
          <Text size="xs">{facts.join(' · ')}</Text>
          {item.note && (
            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {t('anchoring.fields.note')}: {item.note}
            </Text>
          )}
        </Stack>
        {canWork && (
          <Group gap="xs" align="flex-start">
            <StatusSelect programmeId={programmeId} item={item} />
            <RowActions texts="anchoring" subject={{ description: item.description }} onEdit={onEdit} onRemove={onRemove} />
          </Group>
        )}
      </Group>
    </Paper>
  );
}

/** Settles an item in place; "not applicable" without a reason is refused, and says so here. */
function StatusSelect({ programmeId, item }: { programmeId: string; item: AnchoringItem }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const update = useUpdateAnchoring(programmeId);
  const error = update.error;
  return (
    <NativeSelect
      size="xs"
      w="11rem"
      aria-label={t('anchoring.statusFor', { description: item.description })}
      value={item.status}
      disabled={update.isPending}
      onChange={(e) => update.mutate({ ...item, status: e.currentTarget.value as AnchoringStatus })}
      data={ANCHORING_STATUSES.map((s) => ({ value: s, label: l(ANCHORING_STATUS_LABELS[s]) }))}
      error={error ? (fieldError(error, 'note') ?? error.message) : undefined}
    />
  );
}
