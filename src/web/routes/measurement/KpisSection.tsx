import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDirection, type KpiInput, type KpiSuggestion } from '#core/measurement/kpis.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Section } from '../../components/Section.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { useCandidates } from '../../queries/interventions.queries.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { KpiCard } from './KpiCard.js';
import { KpiForm } from './KpiForm.js';
import { useKpis, type Kpi } from '../../queries/measurement.queries.js';

type Editing = { kpi: Kpi } | { start: Partial<KpiInput>; key: string } | null;

/** The KPIs of 6.1: suggestions from the plans of 4.4, each KPI with its line, and the form to add or change one. */
export function KpisSection({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const text = useInterventionText();
  const list = useKpis(programme.id);
  const candidates = useCandidates(programme.id);
  const [editing, setEditing] = useState<Editing>(null);
  const canWork = programme.permissions.work;
  const titleOf = (candidateId: string | null) => (candidateId ? (candidates.data?.candidates.find((c) => c.id === candidateId)?.title ?? null) : null);
  const data = list.data;

  /** A plan's indicator as the start of a KPI: its name, unit and direction, and its intervention when only one names it. */
  const fromSuggestion = (s: KpiSuggestion): Editing => ({
    key: s.indicator,
    start: {
      indicator: s.indicator,
      name: text.indicator(s.indicator),
      unit: text.indicatorUnit(s.indicator),
      direction: defaultDirection(s.indicator),
      candidateId: s.candidates.length === 1 ? s.candidates[0]!.id : null,
    },
  });

  return (
    <Section id="kpis-title" title={t('measurement.kpis.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('measurement.kpis.intro')}</Text>
        {!canWork && <Text size="sm">{t('measurement.kpis.readOnly')}</Text>}
        {list.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={list.error} />
        {canWork && data && data.suggestions.length > 0 && editing === null && (
          <Paper withBorder p="sm" bg="gray.0" component="section" aria-labelledby="kpi-suggestions-title">
            <Title order={3} size="h5" id="kpi-suggestions-title" mb="xs">
              {t('measurement.kpis.suggestions.title')}
            </Title>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {data.suggestions.map((s) => (
                <Group component="li" key={s.indicator} justify="space-between" wrap="nowrap">
                  <div>
                    <Text size="sm" fw={700}>
                      {text.indicator(s.indicator)}
                    </Text>
                    <Text size="xs">{t('measurement.kpis.suggestions.fromPlans', { titles: s.candidates.map((c) => c.title).join(', ') })}</Text>
                  </div>
                  {/* Not squeezed by a long description: "KPI m…" on a phone. */}
                  <Button
                    size="xs"
                    variant="default"
                    style={{ flexShrink: 0 }}
                    onClick={() => setEditing(fromSuggestion(s))}
                    aria-label={t('measurement.kpis.suggestions.createFor', { name: text.indicator(s.indicator) })}
                  >
                    {t('measurement.kpis.suggestions.create')}
                  </Button>
                </Group>
              ))}
            </Stack>
          </Paper>
        )}
        {data && data.kpis.length === 0 && <Text size="sm">{t('measurement.kpis.empty')}</Text>}
        {canWork && editing === null && (
          <Group>
            <Button onClick={() => setEditing({ key: 'new', start: {} })}>{t('measurement.kpis.add')}</Button>
          </Group>
        )}
        {editing !== null && (
          <Paper withBorder p="sm">
            <KpiForm
              key={'kpi' in editing ? editing.kpi.id : editing.key}
              programme={programme}
              kpi={'kpi' in editing ? editing.kpi : null}
              start={'start' in editing ? editing.start : undefined}
              onDone={() => setEditing(null)}
            />
          </Paper>
        )}
        {data?.kpis.map((kpi) => (
          <KpiCard
            key={kpi.id}
            programmeId={programme.id}
            kpi={kpi}
            today={data.today}
            candidateTitle={titleOf(kpi.candidateId)}
            canWork={canWork}
            onEdit={() => setEditing({ kpi })}
          />
        ))}
      </Stack>
    </Section>
  );
}
