import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS, isCombFactor } from '#core/comb.js';
import type { SurveyItem } from '#core/survey/definition.js';
import { removeRow, updateRow } from '../../lib/rows.js';
import { useCombText } from '../../lib/combText.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';
import { ItemTextFields } from './BankFieldsets.js';
import { addOwnItem, bankItem, type BuilderModel } from './builderModel.js';

/** The team's own statements: text in both languages and, optionally, the factor it measures. */
export function OwnStatements(props: { model: BuilderModel; onChange: (items: SurveyItem[]) => void; err: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  const { factorName } = useCombText();
  const { model, onChange, err } = props;
  const own = model.items.map((item, index) => ({ item, index })).filter(({ item }) => !bankItem(item.bankId));

  return (
    <section aria-labelledby="survey-own-title">
      <Title order={4} size="h5" id="survey-own-title" mb={4}>
        {t('surveys.builder.ownTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('surveys.builder.ownIntro')}
      </Text>
      <Stack gap="sm">
        {own.map(({ item, index }, k) => (
          <Paper key={item.id} withBorder p="sm" component="fieldset">
            <Text component="legend" fw={700}>
              {t('surveys.builder.ownN', { n: k + 1 })}
            </Text>
            <Stack gap="xs">
              <ItemTextFields item={item} n={index + 1} index={index} err={err} onChange={(text) => onChange(updateRow(model.items, item.id, { text }))} />
              <Group align="flex-end" justify="space-between">
                <NativeSelect
                  label={t('surveys.builder.factor')}
                  value={item.factor ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    onChange(updateRow(model.items, item.id, { factor: isCombFactor(value) ? value : null }));
                  }}
                  data={[{ value: '', label: t('surveys.builder.noFactor') }, ...COMB_FACTORS.map((f) => ({ value: f, label: factorName(f) }))]}
                  error={err(`items.${index}.factor`)}
                />
                <RemoveRowButton
                  name={item.text.nl || item.text.en || t('surveys.builder.ownN', { n: k + 1 })}
                  onRemove={() => onChange(removeRow(model.items, item.id))}
                />
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button variant="default" onClick={() => onChange(addOwnItem(model))}>
            {t('surveys.builder.addOwn')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
