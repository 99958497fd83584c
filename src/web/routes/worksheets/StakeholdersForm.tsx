import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_STRATEGY_LABELS } from '#content/worksheet-labels.js';
import { inSentence } from '#core/locale.js';
import { stakeholderStrategy, type Stakeholder, type StakeholderStrategy } from '#core/worksheets/stakeholders.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { QuadrantChart } from '../../components/QuadrantChart.js';
import { RatingSelect } from '../../components/RatingSelect.js';
import { useLocalized } from '../../lib/localized.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';
import type { WorksheetFormProps } from './types.js';

const STRATEGIES: readonly StakeholderStrategy[] = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'];

/** 1.3: stakeholders on an interest/influence grid, with how and when each is involved. */
export function StakeholdersForm({ value, onChange, readOnly, error }: WorksheetFormProps<'1.3'>) {
  const { t } = useTranslation();
  const l = useLocalized();
  const rows = value.stakeholders;
  const set = (stakeholders: Stakeholder[]) => onChange({ ...value, stakeholders });
  const update = (id: string, patch: Partial<Stakeholder>) => set(updateRow(rows, id, patch));
  const err = (path: string) => fieldError(error, `fields.stakeholders.${path}`);
  const nameOf = (s: Stakeholder) => s.name.trim() || t('worksheets.unnamed');
  const strategyName = (s: StakeholderStrategy) => l(STAKEHOLDER_STRATEGY_LABELS[s]);
  const rated = rows.flatMap((s) => {
    const strategy = stakeholderStrategy(s);
    return strategy && s.interestLevel != null && s.influenceLevel != null ? [{ s, strategy, x: s.interestLevel, y: s.influenceLevel }] : [];
  });

  return (
    <Stack gap="md">
      <Text size="sm">{t('worksheets.stakeholders.intro')}</Text>
      <Text size="sm">
        {t('worksheets.stakeholders.ratingIntro')} {t('worksheets.ratingScale')}
      </Text>
      <PatientDataWarning id="stakeholders-warning" />
      {rows.map((s, i) => {
        const strategy = stakeholderStrategy(s);
        return (
          <Paper key={s.id} withBorder p="sm" component="fieldset">
            <Text component="legend" fw={700}>
              {t('worksheets.stakeholders.stakeholderN', { n: i + 1 })}
            </Text>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('worksheets.stakeholders.name')}
                  value={s.name}
                  onChange={(e) => update(s.id, { name: e.currentTarget.value })}
                  readOnly={readOnly}
                  error={err(`${i}.name`)}
                />
                <Textarea
                  label={t('worksheets.stakeholders.interest')}
                  autosize
                  minRows={2}
                  value={s.interest}
                  onChange={(e) => update(s.id, { interest: e.currentTarget.value })}
                  readOnly={readOnly}
                  aria-describedby="stakeholders-warning"
                  error={err(`${i}.interest`)}
                />
              </SimpleGrid>
              <SimpleGrid cols={2}>
                <RatingSelect
                  label={t('worksheets.stakeholders.interestLevel')}
                  value={s.interestLevel}
                  onChange={(v) => update(s.id, { interestLevel: v })}
                  readOnly={readOnly}
                  error={err(`${i}.interestLevel`)}
                />
                <RatingSelect
                  label={t('worksheets.stakeholders.influenceLevel')}
                  value={s.influenceLevel}
                  onChange={(v) => update(s.id, { influenceLevel: v })}
                  readOnly={readOnly}
                  error={err(`${i}.influenceLevel`)}
                />
              </SimpleGrid>
              <Text size="sm">
                {strategy ? (
                  <>
                    <Text span size="sm" fw={700}>
                      {t('worksheets.stakeholders.strategy', { strategy: inSentence(strategyName(strategy)) })}
                    </Text>
                    {' — '}
                    {t(`worksheets.stakeholders.strategyHelp.${strategy}`)}
                  </>
                ) : (
                  t('worksheets.stakeholders.strategyUnrated')
                )}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Textarea
                  label={t('worksheets.stakeholders.involvement')}
                  autosize
                  minRows={2}
                  value={s.involvement}
                  onChange={(e) => update(s.id, { involvement: e.currentTarget.value })}
                  readOnly={readOnly}
                  aria-describedby="stakeholders-warning"
                  error={err(`${i}.involvement`)}
                />
                <TextInput
                  label={t('worksheets.stakeholders.when')}
                  placeholder={t('worksheets.stakeholders.whenPlaceholder')}
                  value={s.when}
                  onChange={(e) => update(s.id, { when: e.currentTarget.value })}
                  readOnly={readOnly}
                  error={err(`${i}.when`)}
                />
              </SimpleGrid>
            </Stack>
            {!readOnly && (
              <Group justify="flex-end" mt="xs">
                <RemoveRowButton name={s.name} onRemove={() => set(removeRow(rows, s.id))} />
              </Group>
            )}
          </Paper>
        );
      })}
      {rows.length === 0 && <Text size="sm">{t('worksheets.stakeholders.none')}</Text>}
      {!readOnly && (
        <Group>
          <Button
            variant="default"
            onClick={() => set([...rows, { id: newId(), name: '', interest: '', interestLevel: null, influenceLevel: null, involvement: '', when: '' }])}
          >
            {t('worksheets.stakeholders.add')}
          </Button>
        </Group>
      )}

      <Paper withBorder p="sm" component="section" aria-labelledby="stakeholders-grid">
        <Title order={3} size="h5" id="stakeholders-grid" mb="xs">
          {t('worksheets.stakeholders.chartTitle')}
        </Title>
        {rated.length === 0 ? (
          <Text size="sm">{t('worksheets.stakeholders.chartEmpty')}</Text>
        ) : (
          <QuadrantChart
            title={t('worksheets.stakeholders.chartLabel')}
            xLabel={t('worksheets.stakeholders.interestLevel')}
            yLabel={t('worksheets.stakeholders.influenceLevel')}
            // Each quadrant is named by the approach it calls for: high influence on top, high interest on the right.
            quadrants={[strategyName('keepSatisfied'), strategyName('manageClosely'), strategyName('monitor'), strategyName('keepInformed')]}
            points={rated.map(({ s, strategy, x, y }) => ({
              id: s.id,
              label: t('worksheets.stakeholders.pointLabel', { name: nameOf(s), interest: x, influence: y, strategy: inSentence(strategyName(strategy)) }),
              x,
              y,
            }))}
          />
        )}
        {rated.length > 0 && (
          <>
            <Title order={4} size="h6" mt="sm">
              {t('worksheets.stakeholders.byStrategy')}
            </Title>
            <List size="sm" spacing={4}>
              {STRATEGIES.map((strategy) => {
                const names = rated.filter((r) => r.strategy === strategy).map((r) => nameOf(r.s));
                return (
                  <List.Item key={strategy}>
                    <Text span size="sm" fw={700}>
                      {strategyName(strategy)}:
                    </Text>{' '}
                    {names.length > 0 ? names.join(', ') : '–'}
                  </List.Item>
                );
              })}
            </List>
          </>
        )}
      </Paper>
    </Stack>
  );
}
