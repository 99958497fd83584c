import { Accordion, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CRITERIA, type Criterion } from '#core/worksheets/problem-inventory.js';
import { fieldError, listFieldError } from '../../components/fieldError.js';
import { useCareContext } from '../../lib/localized.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';

const isDefault = (id: string): id is (typeof DEFAULT_CRITERIA)[number] => (DEFAULT_CRITERIA as readonly string[]).includes(id);

/** A criterion's name: the team's own, or the translated default (in the organisation's word for whom it cares for). */
export function useCriterionName() {
  const { t } = useTranslation();
  const careContext = useCareContext();
  return (c: Criterion) => c.label || (isDefault(c.id) ? t(`worksheets.problems.defaultCriteria.${c.id}`, careContext) : t('worksheets.unnamed'));
}

/**
 * 1.1's scoring criteria, folded to one line that names them with their weights: a team sets them
 * once, and reads them after. A refused save unfolds them when it has a message for a criterion.
 */
export function CriteriaEditor({
  criteria,
  onChange,
  readOnly,
  error,
}: {
  criteria: Criterion[];
  onChange: (criteria: Criterion[]) => void;
  readOnly: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const criterionName = useCriterionName();
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    if (listFieldError(error, 'fields.criteria')) setOpen('criteria');
  }, [error]);
  const summary = criteria.map((c) => `${criterionName(c)} ${t('worksheets.problems.weightOption', { n: c.weight })}`).join(', ');

  return (
    <Accordion value={open} onChange={setOpen} order={3} variant="contained">
      <Accordion.Item value="criteria">
        <Accordion.Control>
          <Text fw={700} component="span" display="block">
            {t('worksheets.problems.criteriaTitle')}
          </Text>
          <Text size="xs" component="span" display="block" lineClamp={2}>
            {summary}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" mb="xs">
            {t('worksheets.problems.criteriaIntro')}
          </Text>
          <Stack gap="xs">
            {criteria.map((c, i) => (
              <Group key={c.id} align="flex-end" gap="xs">
                <TextInput
                  label={t('worksheets.problems.criterionName')}
                  value={c.label || (isDefault(c.id) ? criterionName(c) : '')}
                  onChange={(e) => onChange(updateRow(criteria, c.id, { label: e.currentTarget.value }))}
                  readOnly={readOnly}
                  error={fieldError(error, `fields.criteria.${i}.label`)}
                  style={{ flex: '1 1 14rem' }}
                />
                <NativeSelect
                  label={t('worksheets.problems.weight')}
                  value={String(c.weight)}
                  onChange={(e) => onChange(updateRow(criteria, c.id, { weight: Number(e.currentTarget.value) }))}
                  disabled={readOnly}
                  data={['1', '2', '3'].map((n) => ({ value: n, label: t('worksheets.problems.weightOption', { n }) }))}
                />
                {!readOnly && <RemoveRowButton name={criterionName(c)} onRemove={() => onChange(removeRow(criteria, c.id))} />}
              </Group>
            ))}
            {!readOnly && (
              <Group>
                <Button variant="default" size="xs" onClick={() => onChange([...criteria, { id: newId(), label: '', weight: 1 }])}>
                  {t('worksheets.problems.addCriterion')}
                </Button>
              </Group>
            )}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
