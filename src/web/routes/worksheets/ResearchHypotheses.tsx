import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS, type CombFactor } from '#core/comb.js';
import type { FactorResearch } from '#core/research/interviews.js';
import { fieldError } from '../../components/fieldError.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { useCombText } from '../../lib/combText.js';
import { RemoveRowButton, WRAPPING_BUTTON } from '../../components/RemoveRowButton.js';

type Hypotheses = FactorResearch['hypotheses'];

/** 3.2 a: what the team thinks holds the behaviour back or helps it, per COM-B factor. */
export function ResearchHypotheses(props: { rows: Hypotheses; onChange: (rows: Hypotheses) => void; readOnly: boolean; error: unknown }) {
  const { t } = useTranslation();
  const { factorName, lookFor } = useCombText();
  const { rows, onChange, readOnly, error } = props;
  const add = (factor: CombFactor) => onChange([...rows, { id: newId(), factor, text: '' }]);

  return (
    <section aria-labelledby="hypotheses-title">
      <Title order={3} size="h5" id="hypotheses-title" mb="xs">
        {t('worksheets.research.hypothesesTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('worksheets.research.hypothesesIntro')}
      </Text>
      {fieldError(error, 'fields.hypotheses') && (
        <Text size="sm" c="red" role="alert" mb="xs">
          {fieldError(error, 'fields.hypotheses')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {COMB_FACTORS.map((factor) => {
          const own = rows.map((h, index) => ({ h, index })).filter(({ h }) => h.factor === factor);
          const name = factorName(factor);
          return (
            <Paper key={factor} withBorder p="sm" component="fieldset">
              <Title order={4} size="h6" component="legend">
                {name}
              </Title>
              <Text size="sm" mb="xs">
                <Text span fw={700} size="sm">
                  {t('worksheets.research.lookFor')}{' '}
                </Text>
                {lookFor(factor)}
              </Text>
              <Stack gap="xs">
                {own.length === 0 && <Text size="sm">{t('worksheets.research.noHypotheses')}</Text>}
                {own.map(({ h, index }, n) => {
                  const label = t('worksheets.research.hypothesisN', { n: n + 1, factor: name });
                  return (
                    <div key={h.id}>
                      <Textarea
                        label={label}
                        autosize
                        minRows={1}
                        value={h.text}
                        onChange={(e) => onChange(updateRow(rows, h.id, { text: e.currentTarget.value }))}
                        readOnly={readOnly}
                        error={fieldError(error, `fields.hypotheses.${index}.text`)}
                      />
                      {!readOnly && (
                        <Group justify="flex-end">
                          <RemoveRowButton name={h.text || label} onRemove={() => onChange(removeRow(rows, h.id))} />
                        </Group>
                      )}
                    </div>
                  );
                })}
                {!readOnly && (
                  <Group>
                    <Button variant="default" size="xs" styles={WRAPPING_BUTTON} onClick={() => add(factor)}>
                      {t('worksheets.research.addHypothesis', { factor: name })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
