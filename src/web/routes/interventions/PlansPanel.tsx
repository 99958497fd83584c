import { Button, Center, Checkbox, Group, List, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyPlan, type Plan } from '#core/interventions/candidates.js';
import { INDICATORS, type IndicatorKey } from '#core/interventions/indicators.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { useCandidates, useSavePlan, type Candidate } from '../../queries/interventions.queries.js';
import { Section } from '../../components/Section.js';
import { SubstepLink } from '../../components/SubstepLink.js';

type TextField = Exclude<keyof Plan, 'indicators' | 'start' | 'end'>;
const LONG: readonly TextField[] = ['what', 'materials', 'measurement'];

/** Sub-step 4.4: each chosen intervention made concrete, and the techniques the plan uses. */
export function PlansPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const list = useCandidates(programme.id);
  const chosen = (list.data?.candidates ?? []).filter((c) => c.decision === 'chosen');

  return (
    <Section id="plans-title" title={t('interventions.plans.title')}>
      <Stack gap="md">
        <Text size="sm">{t('interventions.plans.intro')}</Text>
        {list.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={list.error} />
        {list.data && chosen.length === 0 && (
          <Text size="sm">
            {t('interventions.plans.noChoice')} <SubstepLink programmeId={programme.id} substep="4.3" label={t('interventions.plans.toChoice')} />
          </Text>
        )}
        {chosen.map((c) => (
          <PlanForm key={c.id} programmeId={programme.id} candidate={c} canWork={programme.permissions.work} />
        ))}
        {list.data && chosen.length > 0 && <Techniques list={list.data.techniques} candidates={chosen} />}
      </Stack>
    </Section>
  );
}

function PlanForm({ programmeId, candidate: c, canWork }: { programmeId: string; candidate: Candidate; canWork: boolean }) {
  const { t } = useTranslation();
  const { indicator, indicatorUnit } = useInterventionText();
  const save = useSavePlan(programmeId);
  const [plan, setPlan] = useState<Plan>(c.plan ?? emptyPlan());
  const set = <K extends keyof Plan>(key: K, value: Plan[K]) => setPlan((old) => ({ ...old, [key]: value }));
  const headingId = `plan-${c.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ id: c.id, plan });
  };
  const text = (field: TextField) => {
    const props = {
      label: t(`interventions.plans.${field}`),
      value: plan[field],
      onChange: (e: { currentTarget: { value: string } }) => set(field, e.currentTarget.value),
      readOnly: !canWork,
      error: fieldError(save.error, field),
    };
    return LONG.includes(field) ? <Textarea key={field} autosize minRows={2} {...props} /> : <TextInput key={field} {...props} />;
  };

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={3} size="h5" id={headingId}>
            {c.title}
          </Title>
          {c.rationale && <Text size="sm">{c.rationale}</Text>}
          {canWork && <PatientDataWarning />}
          {text('what')}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('forWhom')}
            {text('byWhom')}
            <TextInput
              type="date"
              label={t('interventions.plans.start')}
              value={plan.start ?? ''}
              onChange={(e) => set('start', e.currentTarget.value || null)}
              readOnly={!canWork}
              error={fieldError(save.error, 'start')}
            />
            <TextInput
              type="date"
              label={t('interventions.plans.end')}
              value={plan.end ?? ''}
              onChange={(e) => set('end', e.currentTarget.value || null)}
              readOnly={!canWork}
              error={fieldError(save.error, 'end')}
            />
          </SimpleGrid>
          {text('materials')}
          {text('measurement')}
          <Checkbox.Group
            label={t('interventions.plans.indicators')}
            description={t('interventions.plans.indicatorsHint')}
            value={plan.indicators}
            onChange={(v) => set('indicators', v as IndicatorKey[])}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4} spacing={4}>
              {INDICATORS.map((k) => (
                <Checkbox key={k} value={k} label={`${indicator(k)} (${indicatorUnit(k)})`} disabled={!canWork} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <ErrorAlert error={save.error} />
          {canWork && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('interventions.plans.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function Techniques({ list, candidates }: { list: { bct: string; by: string[] }[]; candidates: Candidate[] }) {
  const { t } = useTranslation();
  const { bct } = useInterventionText();
  const title = (id: string) => candidates.find((c) => c.id === id)?.title ?? '';
  return (
    <section aria-labelledby="techniques-title">
      <Title order={3} size="h5" id="techniques-title">
        {t('interventions.plans.techniques')}
      </Title>
      <Text size="sm" mb="xs">
        {t('interventions.plans.techniquesIntro')}
      </Text>
      {list.length === 0 ? (
        <Text size="sm">{t('interventions.plans.noTechniques')}</Text>
      ) : (
        <List size="sm">
          {list.map((x) => (
            <List.Item key={x.bct}>
              <Text span fw={700}>
                {bct(x.bct)}
              </Text>{' '}
              — {t('interventions.plans.usedBy', { titles: x.by.map(title).join(', ') })}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
