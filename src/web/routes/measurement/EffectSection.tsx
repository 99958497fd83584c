import { Button, Center, Group, Loader, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EFFECT_VERDICT_LABELS } from '#content/worksheet-labels.js';
import type { FactorComparison } from '#contract/measurement.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { Section } from '../../components/Section.js';
import { useLocalized } from '../../lib/localized.js';
import { SubstepLink } from '../../components/SubstepLink.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { useSurveys } from '../../queries/surveys.queries.js';
import { useCombText } from '../../lib/combText.js';
import { useDifferenceFormat } from '../../lib/measurement-format.js';
import { useCreateFollowUp, useEffectMeasurement, type FollowUp } from '../../queries/measurement.queries.js';

/** 6.1's effect measurement: repeat a closed survey, and per follow-up the change per COM-B factor. */
export function EffectSection({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const effect = useEffectMeasurement(programme.id);
  const canWork = programme.permissions.work;
  const data = effect.data;

  return (
    <Section id="effect-title" title={t('measurement.effect.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('measurement.effect.intro')}</Text>
        <Text size="sm">{t('measurement.effect.explain')}</Text>
        {canWork && <NewFollowUp programme={programme} />}
        {effect.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={effect.error} />
        {data && data.followUps.length === 0 && <Text size="sm">{t('measurement.effect.empty')}</Text>}
        {data?.followUps.map((f) => (
          <FollowUpResult key={f.id} programmeId={programme.id} followUp={f} minimum={f.minGroupSize} />
        ))}
      </Stack>
    </Section>
  );
}

/** Picks a closed survey as the baseline and makes a draft that repeats it; sending it happens in 3.3. */
function NewFollowUp({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const surveys = useSurveys(programme.id);
  const create = useCreateFollowUp(programme.id);
  const closed = (surveys.data ?? []).filter((s) => s.status === 'closed');
  const [chosen, setChosen] = useState('');
  const baseline = closed.some((s) => s.id === chosen) ? chosen : (closed[0]?.id ?? '');
  const toSurveys = <SubstepLink programmeId={programme.id} substep="3.3" label={t('measurement.effect.toSurveys')} />;

  if (!surveys.data) return null;
  if (closed.length === 0) {
    return (
      <Text size="sm">
        {t('measurement.effect.noClosed')} {toSurveys}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <NativeSelect
          label={t('measurement.effect.baseline')}
          value={baseline}
          onChange={(e) => setChosen(e.currentTarget.value)}
          data={closed.map((s) => ({ value: s.id, label: s.title }))}
        />
        <Button onClick={() => create.mutate(baseline)} loading={create.isPending}>
          {t('measurement.effect.create')}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
      {create.isSuccess && (
        <Text size="sm" role="status">
          {t('measurement.effect.created')} {toSurveys}
        </Text>
      )}
    </Stack>
  );
}

function FollowUpResult({ programmeId, followUp: f, minimum }: { programmeId: string; followUp: FollowUp; minimum: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {f.title}
        </Title>
        <Text size="sm">{t('measurement.effect.comparedWith', { title: f.baseline.title, count: f.baseline.responses })}</Text>
        <Text size="sm">
          {f.status === 'draft' ? t('measurement.effect.status.draft') : t(`measurement.effect.status.${f.status}`, { count: f.responses })}{' '}
          {f.status !== 'closed' && <SubstepLink programmeId={programmeId} substep="3.3" label={t('measurement.effect.toSurveys')} />}
        </Text>
        {f.comparisons && <ComparisonTable title={f.title} comparisons={f.comparisons} minimum={minimum} />}
      </Stack>
    </Paper>
  );
}

/** Before, after and the difference per factor; a group below the minimum shows no figure at all, only why. */
function ComparisonTable({ title, comparisons, minimum }: { title: string; comparisons: FactorComparison[]; minimum: number }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { factorName } = useCombText();
  const format = useDifferenceFormat();
  const captionId = useId();
  const none = t('measurement.effect.none');
  const allTooSmall = comparisons.length > 0 && comparisons.every((c) => c.verdict === 'tooSmall');
  return (
    <>
      {allTooSmall && (
        <Text size="sm" fw={700}>
          {t('measurement.effect.tooSmallAll', { min: minimum })}
        </Text>
      )}
      <ScrollRegion labelledBy={captionId}>
        <Table verticalSpacing={4} captionSide="top" miw={520}>
          <Table.Caption id={captionId} style={{ textAlign: 'left' }}>
            {t('measurement.effect.caption', { title })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('measurement.effect.columns.factor')}</Table.Th>
              <Table.Th scope="col">{t('measurement.effect.columns.before')}</Table.Th>
              <Table.Th scope="col">{t('measurement.effect.columns.after')}</Table.Th>
              <Table.Th scope="col">{t('measurement.effect.columns.difference')}</Table.Th>
              <Table.Th scope="col">{t('measurement.effect.columns.verdict')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparisons.map((c) => (
              <Table.Tr key={c.factor}>
                <Table.Th scope="row" fw={400}>
                  {factorName(c.factor)}
                </Table.Th>
                <Table.Td>{c.before === null ? none : format.plain(c.before)}</Table.Td>
                <Table.Td>{c.after === null ? none : format.plain(c.after)}</Table.Td>
                <Table.Td>
                  {c.difference === null || c.ci === null
                    ? none
                    : t('measurement.effect.interval', { difference: format.signed(c.difference), low: format.signed(c.ci[0]), high: format.signed(c.ci[1]) })}
                </Table.Td>
                <Table.Td fw={c.verdict === 'improved' || c.verdict === 'worse' ? 700 : 400}>
                  {l(EFFECT_VERDICT_LABELS[c.verdict])}
                  {c.verdict === 'tooSmall' && ` ${t('measurement.effect.minimum', { min: minimum })}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}
