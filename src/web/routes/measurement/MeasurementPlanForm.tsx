import { Alert, Button, Group, List, NativeSelect, Paper, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MEASUREMENT_DECISION_LABELS, MEASUREMENT_DESIGN_LABELS } from '#content/worksheet-labels.js';
import { useLocalized } from '../../lib/localized.js';
import { AMSTERDAM } from '#core/breach/deadline.js';
import {
  MEASUREMENT_DECISIONS,
  MEASUREMENT_DESIGNS,
  MEASUREMENT_METHODS,
  isRecorded,
  type MeasurementDecision,
  type MeasurementDesign,
  type MeasurementMethod,
  type MeasurementPlan,
} from '#core/measurement/plan.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { keyUnder, type TextKey } from '../../i18n/keys.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useDay } from '../../lib/day.js';
import { useValueFormat } from '../../lib/measurement-format.js';
import { useSaveMeasurementPlan, type MeasurementPlanView } from '../../queries/measurement.queries.js';

/** The measurement worksheet as a form, with where the track stands and what the figures suggest. */
export function MeasurementPlanForm({ programmeId, view, canWork }: { programmeId: string; view: MeasurementPlanView; canWork: boolean }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const day = useDay();
  const format = useValueFormat();
  const save = useSaveMeasurementPlan(programmeId);
  const [plan, setPlan] = useState<MeasurementPlan>(view.plan);
  const set = <K extends keyof MeasurementPlan>(key: K, value: MeasurementPlan[K]) => setPlan((old) => ({ ...old, [key]: value }));
  const error = save.error;
  const { outcome, track, suggestion } = view;
  const unit = (n: number) => `${format(n)} ${outcome?.unit ?? ''}`.trim();
  const nextId = () => `d${Date.now().toString(36)}`;

  return (
    <form
      noValidate
      aria-label={t('measurementPlan.title')}
      onSubmit={(e) => {
        e.preventDefault();
        // The saved worksheet comes back with the deviations Wegwijs recorded, e.g. for a switch of its KPI.
        save.mutate(plan, { onSuccess: (saved) => setPlan(saved.plan) });
      }}
    >
      <Stack gap="md">
        <Paper withBorder p="sm" bg="gray.0" component="section" aria-labelledby="track-title">
          <Title order={2} size="h5" id="track-title" mb="xs">
            {t('measurementPlan.track.title')}
          </Title>
          <List size="sm" spacing={2}>
            <List.Item>
              {outcome && track.baselineDone
                ? t('measurementPlan.track.baselineDone', { value: unit(outcome.baseline!), date: day(outcome.baselineDate!) })
                : t('measurementPlan.track.baselineOpen')}
            </List.Item>
            <List.Item>
              {outcome?.target != null ? t('measurementPlan.track.target', { value: unit(outcome.target) }) : t('measurementPlan.track.noTarget')}
            </List.Item>
            {track.interim > 0 && <List.Item>{t('measurementPlan.track.interim', { count: track.interim })}</List.Item>}
            <List.Item>
              {track.followUp
                ? t('measurementPlan.track.followUpDone', { value: unit(track.followUp.value), date: day(track.followUp.date) })
                : view.plan.followUpPlannedOn
                  ? t('measurementPlan.track.followUpPlanned', { date: day(view.plan.followUpPlannedOn) })
                  : t('measurementPlan.track.followUpOpen')}
            </List.Item>
          </List>
        </Paper>

        {view.missing.length > 0 && (
          <Alert color="yellow" variant="light" p="sm">
            <Text fw={700} size="sm">
              {t('measurementPlan.missing.title')}
            </Text>
            <List size="sm">
              {view.missing.map((m) => (
                <List.Item key={`${m.code}-${m.field}`}>
                  {m.code === 'fieldRequired' ? fieldLabel(t, m.field!) : t(keyUnder('measurementPlan.missing', m.code))}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}

        <NativeSelect
          label={t('measurementPlan.method.label')}
          disabled={!canWork}
          value={plan.method ?? ''}
          onChange={(e) => set('method', (e.currentTarget.value || null) as MeasurementMethod | null)}
          data={[
            { value: '', label: t('measurementPlan.method.choose') },
            ...MEASUREMENT_METHODS.map((m) => ({ value: m, label: t(`measurementPlan.method.${m}`) })),
          ]}
          error={fieldError(error, 'method')}
        />
        {(plan.method === 'observation' || plan.method === 'logs') && <Text size="sm">{t('measurementPlan.monitoring')}</Text>}
        <div>
          <PatientDataWarning id="plan-warning" />
          <Textarea
            label={t('measurementPlan.methodDetail')}
            readOnly={!canWork}
            autosize
            minRows={2}
            value={plan.methodDetail}
            onChange={(e) => set('methodDetail', e.currentTarget.value)}
            error={fieldError(error, 'methodDetail')}
          />
        </div>
        {plan.method === 'selfReport' && (
          <Textarea
            label={t('measurementPlan.selfReportReason')}
            readOnly={!canWork}
            autosize
            minRows={2}
            value={plan.selfReportReason}
            onChange={(e) => set('selfReportReason', e.currentTarget.value)}
            error={fieldError(error, 'selfReportReason')}
          />
        )}
        <Radio.Group
          label={t('measurementPlan.design.label')}
          value={plan.design ?? ''}
          onChange={(v) => set('design', v as MeasurementDesign)}
          error={fieldError(error, 'design')}
        >
          <Stack gap={6} mt={4}>
            {MEASUREMENT_DESIGNS.map((d) => (
              <Radio key={d} value={d} label={l(MEASUREMENT_DESIGN_LABELS[d])} disabled={!canWork} />
            ))}
          </Stack>
        </Radio.Group>
        {plan.design === 'groups' && (
          <Textarea
            label={t('measurementPlan.groups')}
            readOnly={!canWork}
            autosize
            minRows={2}
            value={plan.groups}
            onChange={(e) => set('groups', e.currentTarget.value)}
            error={fieldError(error, 'groups')}
          />
        )}
        <TextInput
          label={t('measurementPlan.population')}
          readOnly={!canWork}
          value={plan.population}
          onChange={(e) => set('population', e.currentTarget.value)}
          error={fieldError(error, 'population')}
        />
        {view.behaviourKpis.length === 0 ? (
          <Text size="sm">{t('measurementPlan.outcome.none')}</Text>
        ) : (
          <NativeSelect
            label={t('measurementPlan.outcome.label')}
            description={t('measurementPlan.outcome.hint')}
            disabled={!canWork}
            value={plan.outcomeKpiId ?? ''}
            onChange={(e) => set('outcomeKpiId', e.currentTarget.value || null)}
            data={[
              { value: '', label: t('measurementPlan.outcome.choose') },
              ...view.behaviourKpis.map((k) => ({ value: k.id, label: `${k.name} (${k.unit})` })),
            ]}
            error={fieldError(error, 'outcomeKpiId')}
          />
        )}
        {/* Counts that follow reporting, not the behaviour alone: say so where the team picks them. */}
        {outcome?.id === plan.outcomeKpiId &&
          (outcome?.indicator === 'breachReports' || outcome?.indicator === 'breachHandledInTime' || outcome?.indicator === 'misdirectedMail') && (
            <Text size="sm">{t(`measurementPlan.outcome.caveat.${outcome.indicator}`)}</Text>
          )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('measurementPlan.baselinePlannedOn')}
            readOnly={!canWork}
            value={plan.baselinePlannedOn ?? ''}
            onChange={(e) => set('baselinePlannedOn', e.currentTarget.value || null)}
            error={fieldError(error, 'baselinePlannedOn')}
            miw={180}
          />
          <TextInput
            type="date"
            label={t('measurementPlan.followUpPlannedOn')}
            readOnly={!canWork}
            value={plan.followUpPlannedOn ?? ''}
            onChange={(e) => set('followUpPlannedOn', e.currentTarget.value || null)}
            error={fieldError(error, 'followUpPlannedOn')}
            miw={180}
          />
        </Group>

        <Stack gap="xs" component="section" aria-labelledby="deviations-title">
          <Title order={2} size="h5" id="deviations-title">
            {t('measurementPlan.deviations.title')}
          </Title>
          <Text size="sm">{t('measurementPlan.deviations.intro')}</Text>
          {plan.deviations.length === 0 && <Text size="sm">{t('measurementPlan.deviations.empty')}</Text>}
          {plan.deviations.map((d, i) => (
            <Group key={d.id} align="flex-end" wrap="wrap">
              <TextInput
                type="date"
                label={t('measurementPlan.deviations.date')}
                readOnly={!canWork || isRecorded(d)}
                value={d.date}
                onChange={(e) =>
                  set(
                    'deviations',
                    plan.deviations.map((x) => (x.id === d.id ? { ...x, date: e.currentTarget.value } : x)),
                  )
                }
                error={fieldError(error, `deviations.${i}.date`)}
              />
              <Textarea
                style={{ flex: '1 1 260px' }}
                label={t('measurementPlan.deviations.description')}
                // Wegwijs recorded it (a change after the 0-meting): the server keeps it as it is.
                description={isRecorded(d) ? t('measurementPlan.deviations.recorded') : undefined}
                readOnly={!canWork || isRecorded(d)}
                autosize
                minRows={1}
                value={d.description}
                onChange={(e) =>
                  set(
                    'deviations',
                    plan.deviations.map((x) => (x.id === d.id ? { ...x, description: e.currentTarget.value } : x)),
                  )
                }
                error={fieldError(error, `deviations.${i}.description`)}
              />
              {canWork && !isRecorded(d) && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('measurementPlan.deviations.remove', { n: i + 1 })}
                  onClick={() =>
                    set(
                      'deviations',
                      plan.deviations.filter((x) => x.id !== d.id),
                    )
                  }
                >
                  {t('measurementPlan.deviations.removeShort')}
                </Button>
              )}
            </Group>
          ))}
          {canWork && (
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() => set('deviations', [...plan.deviations, { id: nextId(), date: todayInAmsterdam(), description: '' }])}
              >
                {t('measurementPlan.deviations.add')}
              </Button>
            </Group>
          )}
        </Stack>

        <Stack gap="xs" component="section" aria-labelledby="decision-title">
          <Title order={2} size="h5" id="decision-title">
            {t('measurementPlan.decision.label')}
          </Title>
          {suggestion ? (
            <Alert variant="light" color="blue" title={t('measurementPlan.suggestion.title')}>
              <Text size="sm">
                {t(`measurementPlan.suggestion.${suggestion.reason}`, {
                  baseline: unit(suggestion.baseline),
                  followUp: unit(suggestion.followUp),
                  target: unit(suggestion.target),
                })}
              </Text>
              <Text size="sm" mt={4}>
                {t('measurementPlan.suggestion.caution')}
              </Text>
            </Alert>
          ) : (
            <Text size="sm">
              {track.followUp && view.plan.design === 'groups' ? t('measurementPlan.suggestion.groups') : t('measurementPlan.decision.later')}
            </Text>
          )}
          {track.followUp && (
            <>
              <Radio.Group
                aria-labelledby="decision-title"
                value={plan.decision ?? ''}
                onChange={(v) => set('decision', (v || null) as MeasurementDecision | null)}
                error={fieldError(error, 'decision')}
              >
                <Stack gap={6}>
                  <Radio value="" label={t('measurementPlan.decision.none')} disabled={!canWork} />
                  {MEASUREMENT_DECISIONS.map((d) => (
                    <Radio key={d} value={d} label={l(MEASUREMENT_DECISION_LABELS[d])} disabled={!canWork} />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                label={t('measurementPlan.decision.reason')}
                readOnly={!canWork}
                autosize
                minRows={2}
                value={plan.decisionReason}
                onChange={(e) => set('decisionReason', e.currentTarget.value)}
                error={fieldError(error, 'decisionReason')}
              />
            </>
          )}
        </Stack>

        <ErrorAlert error={error} />
        {canWork && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('measurementPlan.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** Today in the Netherlands as YYYY-MM-DD (Swedish writes dates that way). */
const todayInAmsterdam = () => new Intl.DateTimeFormat('sv-SE', { timeZone: AMSTERDAM }).format(new Date());

/** A missing field named by its label. */
function fieldLabel(t: TFunction, field: string): string {
  const keys: Partial<Record<string, TextKey>> = {
    method: 'measurementPlan.method.label',
    design: 'measurementPlan.design.label',
    outcomeKpiId: 'measurementPlan.outcome.label',
  };
  return t(keys[field] ?? keyUnder('measurementPlan', field));
}
