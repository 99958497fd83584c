import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_STATUS_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { INDICATOR_TEXT } from '#content/intervention-texts.js';
import type { KpiStatus } from '#core/measurement/kpis.js';
import { RemoveButton, RowActions } from '../../components/RowActions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LineChart } from '../../components/LineChart.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { useDay } from '../../lib/day.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { useCombText } from '../../lib/combText.js';
import { useValueFormat } from '../../lib/measurement-format.js';
import { MeasurementForm } from './MeasurementForm.js';
import { useRemoveKpi, useRemoveMeasurement, type Kpi } from '../../queries/measurement.queries.js';

const SOURCE_LABEL = { team: 'fromTeam', survey: 'fromSurvey', knowledgeCheck: 'fromKnowledgeCheck', breaches: 'fromBreaches' } as const;

/** The status in words; worse than the baseline in filled red (white text above 4.5:1), the rest in dark outline. */
function KpiStatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useTranslation();
  const l = useLocalized();
  return status === 'worse' ? (
    <Badge color="#c92a2a" variant="filled">
      {l(KPI_STATUS_LABELS[status])}
    </Badge>
  ) : (
    <Badge color="dark" variant="outline">
      {l(KPI_STATUS_LABELS[status])}
    </Badge>
  );
}

/** Where a built-in indicator's values come from, when Wegwijs feeds (or will feed) it. */
function SourceNote({ kpi }: { kpi: Kpi }) {
  const { t } = useTranslation();
  const { factorName } = useCombText();
  const source = kpi.indicator ? INDICATOR_TEXT[kpi.indicator].source : 'manual';
  if (source === 'manual') return null;
  if (source === 'survey') return kpi.factor ? <Text size="sm">{t('measurement.kpis.source.survey', { factor: factorName(kpi.factor) })}</Text> : null;
  return <Text size="sm">{t(`measurement.kpis.source.${source}`)}</Text>;
}

/** One KPI: its plan (baseline → target), where it stands in words, its line and its measurements. */
export function KpiCard(props: { programmeId: string; kpi: Kpi; today: string; candidateTitle: string | null; canWork: boolean; onEdit: () => void }) {
  const { programmeId, kpi, canWork } = props;
  const { t } = useTranslation();
  const text = useInterventionText();
  const day = useDay();
  const format = useValueFormat();
  const titleId = useId();
  const captionId = useId();
  const [adding, setAdding] = useState(false);
  const removeKpi = useRemoveKpi(programmeId);
  const removeMeasurement = useRemoveMeasurement(programmeId, kpi.id);
  const { latest, status } = kpi.progress;
  const points = kpi.measurements;
  const withUnit = (n: number) => `${format(n)} ${kpi.unit}`;

  const references = t('measurement.kpis.chart.references', {
    baseline: kpi.baseline === null ? t('measurement.kpis.noBaseline') : withUnit(kpi.baseline),
    target: kpi.target === null ? t('measurement.kpis.noTarget') : withUnit(kpi.target),
  });
  const [first, last] = [points[0], points.at(-1)];
  const chartLabel =
    first && last
      ? t(points.length === 1 ? 'measurement.kpis.chart.labelOne' : 'measurement.kpis.chart.label', {
          name: kpi.name,
          unit: kpi.unit,
          count: points.length,
          first: format(first.value),
          firstDate: day(first.date),
          last: format(last.value),
          lastDate: day(last.date),
          references,
        })
      : '';

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={titleId}>
              {kpi.name}
            </Title>
            {/* Outcomes and determinants read differently: only the first is the behaviour itself. */}
            {kpi.kind && (
              <Text size="xs" fw={700} c="dark.5">
                {t(`measurementPlan.kpi.kind.${kpi.kind}`)}
              </Text>
            )}
          </div>
          <Group gap="xs">
            <Text size="sm">{t('measurement.kpis.statusLabel')}:</Text>
            <KpiStatusBadge status={status} />
          </Group>
        </Group>
        <Text size="sm">
          {[
            kpi.indicator ? t('measurement.kpis.indicator', { name: text.indicator(kpi.indicator) }) : t('measurement.kpis.free'),
            t('measurement.kpis.unit', { unit: kpi.unit }),
            ...(props.candidateTitle ? [t('measurement.kpis.forIntervention', { title: props.candidateTitle })] : []),
          ].join(' · ')}
        </Text>
        <SourceNote kpi={kpi} />
        <Text size="sm" fw={700}>
          {t('measurement.kpis.plan', {
            baseline: kpi.baseline === null ? t('measurement.kpis.noBaseline') : withUnit(kpi.baseline),
            target: kpi.target === null ? t('measurement.kpis.noTarget') : withUnit(kpi.target),
          })}
          {[
            ...(kpi.baselineDate ? [t('measurement.kpis.baselineOn', { date: day(kpi.baselineDate) })] : []),
            ...(kpi.targetDate ? [t('measurement.kpis.targetBy', { date: day(kpi.targetDate) })] : []),
          ].map((s) => ` · ${s}`)}
        </Text>
        <Text size="sm">
          {latest ? t('measurement.kpis.latest', { value: withUnit(latest.value), date: day(latest.date) }) : t('measurement.kpis.noMeasurements')}
        </Text>
        {kpi.missing.length > 0 && (
          <Text size="sm">
            {t('measurement.kpis.missing', {
              fields: kpi.missing.map((m) => t(`measurement.kpis.missingField.${m.field as 'baseline' | 'target' | 'targetDate'}`)).join(', '),
            })}
          </Text>
        )}
        {points.length > 0 && (
          <>
            <LineChart
              points={points.map((p) => ({ date: p.date, value: p.value, marked: p.source !== 'team' }))}
              label={chartLabel}
              baseline={kpi.baseline === null ? null : { value: kpi.baseline, label: t('measurement.kpis.chart.baseline') }}
              target={kpi.target === null ? null : { value: kpi.target, label: t('measurement.kpis.chart.target') }}
              formatValue={format}
              formatDate={day}
            />
            <ErrorAlert error={removeMeasurement.error} />
            <ScrollRegion labelledBy={captionId}>
              <Table verticalSpacing={4} captionSide="top">
                <Table.Caption id={captionId} style={{ textAlign: 'left' }}>
                  {t('measurement.kpis.measurements.caption', { name: kpi.name })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('measurement.kpis.measurements.date')}</Table.Th>
                    <Table.Th scope="col">{t('measurement.kpis.measurements.value')}</Table.Th>
                    <Table.Th scope="col">{t('measurement.kpis.measurements.source')}</Table.Th>
                    <Table.Th scope="col">{t('measurement.kpis.measurements.note')}</Table.Th>
                    {canWork && <Table.Th scope="col">{t('measurement.kpis.measurements.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {points.map((p) => (
                    <Table.Tr key={p.id ?? `${p.source}-${p.surveyId ?? p.checkId}`}>
                      <Table.Th scope="row" fw={400}>
                        {day(p.date)}
                      </Table.Th>
                      <Table.Td>{withUnit(p.value)}</Table.Td>
                      <Table.Td>{t(`measurement.kpis.measurements.${SOURCE_LABEL[p.source]}`)}</Table.Td>
                      <Table.Td>{p.note}</Table.Td>
                      {canWork && (
                        <Table.Td>
                          {p.id !== null && (
                            <RemoveButton
                              texts="measurement.kpis.measurements"
                              subject={{ date: day(p.date) }}
                              onRemove={() => removeMeasurement.mutateAsync(p.id!)}
                            />
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          </>
        )}
        {adding && <MeasurementForm programmeId={programmeId} kpi={kpi} today={props.today} onDone={() => setAdding(false)} />}
        <ErrorAlert error={removeKpi.error} />
        {canWork && !adding && (
          <RowActions texts="measurement.kpis" subject={{ name: kpi.name }} onEdit={props.onEdit} onRemove={() => removeKpi.mutateAsync(kpi.id)}>
            <Button size="xs" onClick={() => setAdding(true)} aria-label={t('measurement.kpis.measurements.addFor', { name: kpi.name })}>
              {t('measurement.kpis.measurements.add')}
            </Button>
          </RowActions>
        )}
      </Stack>
    </Paper>
  );
}
