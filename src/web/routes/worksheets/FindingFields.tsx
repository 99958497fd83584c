import { Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FINDING_KIND_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { COMB_FACTORS } from '#core/comb.js';
import { FINDING_KINDS, type Finding, type FindingKind } from '#core/research/interviews.js';
import { fieldError } from '../../components/fieldError.js';
import { useCombText } from '../../lib/combText.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';

/** One finding of an interview: what came up, barrier or enabler, and its COM-B factors (its code). */
export function FindingFields(props: {
  finding: Finding;
  n: number;
  /** The API path of this finding, e.g. "fields.interviews.0.findings.2". */
  path: string;
  warningId: string;
  onChange: (patch: Partial<Finding>) => void;
  onRemove: () => void;
  readOnly: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { factorName } = useCombText();
  const { finding: f, n, path, warningId, onChange, onRemove, readOnly, error } = props;
  const uncoded = f.factors.length === 0;
  const uncodedId = `finding-${f.id}-uncoded`;
  const factorsError = fieldError(error, `${path}.factors`);
  const toggle = (factor: (typeof COMB_FACTORS)[number], on: boolean) =>
    // Kept in the model's factor order.
    onChange({ factors: COMB_FACTORS.filter((x) => (x === factor ? on : f.factors.includes(x))) });

  return (
    <Paper withBorder p="xs" component="fieldset">
      <Text component="legend" fw={700} size="sm">
        {t('worksheets.research.findingN', { n })}
      </Text>
      <Stack gap="xs">
        <Textarea
          label={t('worksheets.research.findingText')}
          autosize
          minRows={1}
          value={f.text}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          readOnly={readOnly}
          aria-describedby={warningId}
          error={fieldError(error, `${path}.text`)}
        />
        <Radio.Group
          label={t('worksheets.research.kind')}
          value={f.kind}
          onChange={(v) => onChange({ kind: v as FindingKind })}
          error={fieldError(error, `${path}.kind`)}
        >
          <Group gap="md" mt={4}>
            {FINDING_KINDS.map((k) => (
              <Radio key={k} value={k} label={l(FINDING_KIND_LABELS[k])} disabled={readOnly} />
            ))}
          </Group>
        </Radio.Group>
        <fieldset aria-describedby={uncoded ? uncodedId : undefined} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" size="sm" fw={500}>
            {t('worksheets.research.factors')}
          </Text>
          {uncoded && (
            <Text id={uncodedId} size="sm" fw={700}>
              {t('worksheets.research.uncoded')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" verticalSpacing={6} mt={4}>
            {COMB_FACTORS.map((factor) => (
              <Checkbox
                key={factor}
                label={factorName(factor)}
                checked={f.factors.includes(factor)}
                onChange={(e) => toggle(factor, e.currentTarget.checked)}
                disabled={readOnly}
              />
            ))}
          </SimpleGrid>
          {factorsError && (
            <Text size="sm" c="red" role="alert">
              {factorsError}
            </Text>
          )}
        </fieldset>
        {!readOnly && (
          <Group justify="flex-end">
            <RemoveRowButton name={f.text || t('worksheets.research.findingN', { n })} onRemove={onRemove} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
