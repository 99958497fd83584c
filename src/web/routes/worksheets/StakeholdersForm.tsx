import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stakeholderStrategy, type Stakeholder } from '../../../core/worksheets/stakeholders.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { QuadrantChart } from '../../components/QuadrantChart.js';
import { RatingSelect } from '../../components/RatingSelect.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import type { WorksheetFormProps } from './types.js';

/** 1.3: stakeholders on an interest/influence grid, with how and when each is involved. */
export function StakeholdersForm({ value, onChange, readOnly, error }: WorksheetFormProps<'1.3'>) {
  const { t } = useTranslation();
  const rows = value.stakeholders;
  const set = (stakeholders: Stakeholder[]) => onChange({ ...value, stakeholders });
  const update = (id: string, patch: Partial<Stakeholder>) => set(updateRow(rows, id, patch));
  const err = (path: string) => fieldError(error, `fields.stakeholders.${path}`);

  return (
    <Stack gap="md">
      <Text size="sm">{t('worksheets.stakeholders.intro')}</Text>
      <Text size="sm">{t('worksheets.ratingScale')}</Text>
      <PatientDataWarning id="stakeholders-warning" />
      {rows.map((s, i) => {
        const strategy = stakeholderStrategy(s);
        return (
          <Paper key={s.id} withBorder p="sm" component="fieldset">
            <Text component="legend" fw={700}>
              {t('worksheets.stakeholders.stakeholderN', { n: i + 1 })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('worksheets.stakeholders.name')} value={s.name} onChange={(e) => update(s.id, { name: e.currentTarget.value })} readOnly={readOnly} error={err(`${i}.name`)} />
              <TextInput label={t('worksheets.stakeholders.when')} value={s.when} onChange={(e) => update(s.id, { when: e.currentTarget.value })} readOnly={readOnly} error={err(`${i}.when`)} />
              <RatingSelect label={t('worksheets.stakeholders.interestLevel')} value={s.interestLevel} onChange={(v) => update(s.id, { interestLevel: v })} readOnly={readOnly} />
              <RatingSelect label={t('worksheets.stakeholders.influenceLevel')} value={s.influenceLevel} onChange={(v) => update(s.id, { influenceLevel: v })} readOnly={readOnly} />
              <Textarea label={t('worksheets.stakeholders.interest')} autosize minRows={1} value={s.interest} onChange={(e) => update(s.id, { interest: e.currentTarget.value })} readOnly={readOnly} aria-describedby="stakeholders-warning" error={err(`${i}.interest`)} />
              <Textarea label={t('worksheets.stakeholders.involvement')} autosize minRows={1} value={s.involvement} onChange={(e) => update(s.id, { involvement: e.currentTarget.value })} readOnly={readOnly} aria-describedby="stakeholders-warning" error={err(`${i}.involvement`)} />
            </SimpleGrid>
            {strategy && (
              <Text size="sm" mt="xs">
                <Text span fw={700}>{t('worksheets.stakeholders.strategy', { strategy: t(`worksheets.stakeholders.strategies.${strategy}`) })}</Text>
                {' — '}
                {t(`worksheets.stakeholders.strategyHelp.${strategy}`)}
              </Text>
            )}
            {!readOnly && (
              <Group justify="flex-end" mt="xs">
                <Button variant="subtle" color="red" size="xs" onClick={() => set(removeRow(rows, s.id))}>
                  {t('worksheets.removeRow', { name: s.name || t('worksheets.unnamed') })}
                </Button>
              </Group>
            )}
          </Paper>
        );
      })}
      {!readOnly && (
        <Group>
          <Button variant="default" onClick={() => set([...rows, { id: newId(), name: '', interest: '', interestLevel: null, influenceLevel: null, involvement: '', when: '' }])}>
            {t('worksheets.stakeholders.add')}
          </Button>
        </Group>
      )}
      <QuadrantChart
        title={t('worksheets.stakeholders.chartLabel')}
        xLabel={t('worksheets.stakeholders.interestLevel')}
        yLabel={t('worksheets.stakeholders.influenceLevel')}
        quadrants={[
          t('worksheets.stakeholders.quadrants.topLeft'),
          t('worksheets.stakeholders.quadrants.topRight'),
          t('worksheets.stakeholders.quadrants.bottomLeft'),
          t('worksheets.stakeholders.quadrants.bottomRight'),
        ]}
        points={rows
          .filter((s) => s.interestLevel != null && s.influenceLevel != null)
          .map((s) => ({ id: s.id, label: s.name || t('worksheets.unnamed'), x: s.interestLevel!, y: s.influenceLevel! }))}
      />
    </Stack>
  );
}
