import { Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_SOURCE_LABELS, FINDING_KIND_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { COMB_FACTORS, TDF_DOMAINS, isCombFactor, tdfDomainsOf } from '#core/comb.js';
import { EVIDENCE_SOURCES, type DiagnosisEntry } from '#core/research/diagnosis.js';
import { FINDING_KINDS, type FindingKind } from '#core/research/interviews.js';
import { fieldError } from '../../components/fieldError.js';
import { RatingSelect } from '../../components/RatingSelect.js';
import { useCombText } from '../../lib/combText.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';

/** One point of the diagnosis: a barrier or enabler of a factor, its evidence, weight and what must change. */
export function DiagnosisEntryCard(props: {
  entry: DiagnosisEntry;
  index: number;
  warningId: string;
  onChange: (patch: Partial<DiagnosisEntry>) => void;
  onRemove: () => void;
  readOnly: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { factorName, tdfName, tdfLookFor } = useCombText();
  const { entry: e, index, warningId, onChange, onRemove, readOnly, error } = props;
  const domains = e.factor ? tdfDomainsOf(e.factor) : [];
  const err = (field: string) => fieldError(error, `fields.entries.${index}.${field}`);
  const title = t('worksheets.diagnosis.entryN', { n: index + 1 });

  return (
    <Paper withBorder p="sm" component="fieldset">
      <Text component="legend" fw={700}>
        {title}
      </Text>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('worksheets.diagnosis.factor')}
            value={e.factor ?? ''}
            onChange={(ev) => {
              const v = ev.currentTarget.value;
              // A domain belongs to one factor, so another factor drops it.
              onChange({ factor: isCombFactor(v) ? v : null, tdf: null });
            }}
            disabled={readOnly}
            error={err('factor')}
            data={[{ value: '', label: t('worksheets.diagnosis.noFactor') }, ...COMB_FACTORS.map((f) => ({ value: f, label: factorName(f) }))]}
          />
          <Radio.Group label={t('worksheets.diagnosis.kind')} value={e.kind} onChange={(v) => onChange({ kind: v as FindingKind })} error={err('kind')}>
            <Group gap="md" mt={6}>
              {FINDING_KINDS.map((k) => (
                <Radio key={k} value={k} label={l(FINDING_KIND_LABELS[k])} disabled={readOnly} />
              ))}
            </Group>
          </Radio.Group>
        </SimpleGrid>
        {domains.length > 0 && (
          <NativeSelect
            label={t('worksheets.diagnosis.tdf')}
            description={[t('worksheets.diagnosis.tdfHint'), ...domains.map((d) => `${tdfName(d)}: ${tdfLookFor(d)}`)].join(' ')}
            value={e.tdf ?? ''}
            onChange={(ev) => {
              const v = ev.currentTarget.value;
              onChange({ tdf: TDF_DOMAINS.find((d) => d === v) ?? null });
            }}
            disabled={readOnly}
            error={err('tdf')}
            data={[{ value: '', label: t('worksheets.diagnosis.noTdf') }, ...domains.map((d) => ({ value: d, label: tdfName(d) }))]}
          />
        )}
        <TextInput
          label={t('worksheets.diagnosis.description')}
          value={e.description}
          onChange={(ev) => onChange({ description: ev.currentTarget.value })}
          readOnly={readOnly}
          error={err('description')}
        />
        <Textarea
          label={t('worksheets.diagnosis.evidence')}
          description={t('worksheets.diagnosis.evidenceHint')}
          autosize
          minRows={2}
          value={e.evidence}
          onChange={(ev) => onChange({ evidence: ev.currentTarget.value })}
          readOnly={readOnly}
          aria-describedby={warningId}
          error={err('evidence')}
        />
        <Checkbox.Group
          label={t('worksheets.diagnosis.sources')}
          value={e.sources}
          // Kept in the list's order, whatever order they were ticked in.
          onChange={(v) => onChange({ sources: EVIDENCE_SOURCES.filter((s) => v.includes(s)) })}
          error={err('sources')}
        >
          <Group gap="md" mt={4}>
            {EVIDENCE_SOURCES.map((s) => (
              <Checkbox key={s} value={s} label={l(EVIDENCE_SOURCE_LABELS[s])} disabled={readOnly} />
            ))}
          </Group>
        </Checkbox.Group>
        <RatingSelect
          label={t('worksheets.diagnosis.weight')}
          value={e.weight}
          onChange={(weight) => onChange({ weight })}
          readOnly={readOnly}
          error={err('weight')}
        />
        <Textarea
          label={t('worksheets.diagnosis.mustChange')}
          description={t('worksheets.diagnosis.mustChangeHint')}
          autosize
          minRows={2}
          value={e.mustChange}
          onChange={(ev) => onChange({ mustChange: ev.currentTarget.value })}
          readOnly={readOnly}
          aria-describedby={warningId}
          error={err('mustChange')}
        />
        {!readOnly && (
          <Group justify="flex-end">
            <RemoveRowButton name={e.description || title} onRemove={onRemove} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
