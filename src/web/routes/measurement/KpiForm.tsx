import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_DIRECTION_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { COMB_FACTORS, type CombFactor } from '#core/comb.js';
import { INDICATORS, type IndicatorKey } from '#core/interventions/indicators.js';
import {
  KPI_DIRECTIONS,
  KPI_MEASURES,
  SURVEY_INDICATOR,
  defaultDirection,
  type KpiChange,
  type KpiDirection,
  type KpiInput,
  type KpiMeasures,
} from '#core/measurement/kpis.js';
import { fixedChanges } from '#core/measurement/plan.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { useCandidates } from '../../queries/interventions.queries.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { useCombText } from '../../lib/combText.js';
import { decimalSeparator } from '../../lib/measurement-format.js';
import { useCreateKpi, useMeasurementPlan, useUpdateKpi, type Kpi } from '../../queries/measurement.queries.js';
import { useItemForm } from '../../lib/item-form.js';

const blank = (): KpiChange => ({
  name: '',
  unit: '',
  indicator: null,
  factor: null,
  measures: null,
  candidateId: null,
  direction: 'increase',
  baseline: null,
  baselineDate: null,
  target: null,
  targetDate: null,
  notes: '',
  targetChangeReason: '',
});

/** Adds a KPI (`kpi` null; `start` pre-fills it, e.g. from a plan's indicator) or changes one. */
export function KpiForm({ programme, kpi, start, onDone }: { programme: ProgrammeDetail; kpi: Kpi | null; start?: Partial<KpiInput>; onDone: () => void }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const text = useInterventionText();
  const { factorName, locale } = useCombText();
  const headingId = useId();
  const create = useCreateKpi(programme.id);
  const update = useUpdateKpi(programme.id);
  const candidates = useCandidates(programme.id);
  const chosen = (candidates.data?.candidates ?? []).filter((c) => c.decision === 'chosen' || c.id === kpi?.candidateId);
  const plan = useMeasurementPlan(programme.id).data;
  const { value, setValue, set, submit, saving, error } = useItemForm<KpiChange>({
    editing: kpi,
    initial: () => {
      if (!kpi) return { ...blank(), ...start };
      const { id: _id, kind: _kind, measurements: _m, progress: _p, missing: _missing, ...input } = kpi;
      return { ...input, targetChangeReason: '' };
    },
    create,
    update,
    onDone,
  });

  /** A built-in indicator fills in its name, unit and direction where the team has not typed its own yet. */
  const chooseIndicator = (indicator: IndicatorKey | null) =>
    setValue((old) => {
      const untouched = (field: 'name' | 'unit', of: (k: IndicatorKey) => string) =>
        old[field] === '' || (old.indicator !== null && old[field] === of(old.indicator));
      return {
        ...old,
        indicator,
        factor: indicator === SURVEY_INDICATOR ? old.factor : null,
        // A built-in indicator says itself what it measures.
        measures: indicator ? null : old.measures,
        ...(indicator && untouched('name', text.indicator) ? { name: text.indicator(indicator) } : {}),
        ...(indicator && untouched('unit', text.indicatorUnit) ? { unit: text.indicatorUnit(indicator) } : {}),
        ...(indicator ? { direction: defaultDirection(indicator) } : {}),
      };
    });

  const number = (v: number | string) => (typeof v === 'number' ? v : null);
  // The behaviour KPI's 0-meting, its day and streefwaarde are fixed once the 0-meting is taken; moved after it, the team says why (kept as a deviation).
  const fixedMoves = kpi !== null && kpi.id === plan?.plan.outcomeKpiId && fixedChanges(kpi, value).length > 0;

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {kpi ? t('measurement.kpis.form.editLegend') : t('measurement.kpis.form.addLegend')}
        </Title>
        <NativeSelect
          label={t('measurement.kpis.form.indicator')}
          value={value.indicator ?? ''}
          onChange={(e) => chooseIndicator((e.currentTarget.value || null) as IndicatorKey | null)}
          data={[{ value: '', label: t('measurement.kpis.form.freeIndicator') }, ...INDICATORS.map((k) => ({ value: k, label: text.indicator(k) }))]}
          error={fieldError(error, 'indicator')}
        />
        {value.indicator === SURVEY_INDICATOR && (
          <NativeSelect
            label={t('measurement.kpis.form.factor')}
            required
            value={value.factor ?? ''}
            onChange={(e) => set('factor', (e.currentTarget.value || null) as CombFactor | null)}
            data={[{ value: '', label: t('measurement.kpis.form.chooseFactor') }, ...COMB_FACTORS.map((f) => ({ value: f, label: factorName(f) }))]}
            error={fieldError(error, 'factor')}
          />
        )}
        {value.indicator === null && (
          <NativeSelect
            label={t('measurementPlan.kpi.measuresLabel')}
            description={t('measurementPlan.kpi.measuresHint')}
            required
            value={value.measures ?? ''}
            onChange={(e) => set('measures', (e.currentTarget.value || null) as KpiMeasures | null)}
            data={[
              { value: '', label: t('measurementPlan.kpi.choose') },
              ...KPI_MEASURES.map((m) => ({ value: m, label: t(`measurementPlan.kpi.kind.${m}`) })),
            ]}
            error={fieldError(error, 'measures')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('measurement.kpis.form.name')}
            required
            value={value.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={fieldError(error, 'name')}
          />
          <TextInput
            label={t('measurement.kpis.form.unit')}
            required
            value={value.unit}
            onChange={(e) => set('unit', e.currentTarget.value)}
            error={fieldError(error, 'unit')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('measurement.kpis.form.candidate')}
            value={value.candidateId ?? ''}
            onChange={(e) => set('candidateId', e.currentTarget.value || null)}
            data={[{ value: '', label: t('measurement.kpis.form.noCandidate') }, ...chosen.map((c) => ({ value: c.id, label: c.title }))]}
            error={fieldError(error, 'candidateId')}
          />
          <NativeSelect
            label={t('measurement.kpis.form.direction')}
            value={value.direction}
            onChange={(e) => set('direction', e.currentTarget.value as KpiDirection)}
            data={KPI_DIRECTIONS.map((d) => ({ value: d, label: l(KPI_DIRECTION_LABELS[d]) }))}
            error={fieldError(error, 'direction')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('measurement.kpis.form.baseline')}
            hideControls
            decimalSeparator={decimalSeparator(locale)}
            value={value.baseline ?? ''}
            onChange={(v) => set('baseline', number(v))}
            error={fieldError(error, 'baseline')}
          />
          <TextInput
            type="date"
            label={t('measurement.kpis.form.baselineDate')}
            value={value.baselineDate ?? ''}
            onChange={(e) => set('baselineDate', e.currentTarget.value || null)}
            error={fieldError(error, 'baselineDate')}
          />
          <NumberInput
            label={t('measurement.kpis.form.target')}
            hideControls
            decimalSeparator={decimalSeparator(locale)}
            value={value.target ?? ''}
            onChange={(v) => set('target', number(v))}
            error={fieldError(error, 'target')}
          />
          <TextInput
            type="date"
            label={t('measurement.kpis.form.targetDate')}
            value={value.targetDate ?? ''}
            onChange={(e) => set('targetDate', e.currentTarget.value || null)}
            error={fieldError(error, 'targetDate')}
          />
        </SimpleGrid>
        {fixedMoves && (
          <Textarea
            label={t('measurement.kpis.form.targetChangeReason')}
            description={t('measurement.kpis.form.targetChangeHint')}
            autosize
            minRows={2}
            required
            value={value.targetChangeReason}
            onChange={(e) => set('targetChangeReason', e.currentTarget.value)}
            error={fieldError(error, 'targetChangeReason')}
          />
        )}
        <div>
          <PatientDataWarning id={`${headingId}-warning`} />
          <Textarea
            label={t('measurement.kpis.form.notes')}
            autosize
            minRows={2}
            value={value.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={fieldError(error, 'notes')}
          />
        </div>
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('measurement.kpis.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('measurement.kpis.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
