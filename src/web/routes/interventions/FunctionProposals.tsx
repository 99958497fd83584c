import { Badge, Center, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { ProgrammeDetail } from '../navigator/queries.js';
import { useCombText } from '../worksheets/combText.js';
import { useInterventionText } from './interventionText.js';
import { useFunctionProposals } from './queries.js';
import { Section } from '../../components/Section.js';
import { SubstepLink } from './SubstepLink.js';

/** Sub-step 4.1: the intervention functions the BCW matrix proposes for the diagnosed barriers, and why. */
export function FunctionProposals({ programme }: { programme: ProgrammeDetail }) {
  const programmeId = programme.id;
  const { t } = useTranslation();
  const { fnName, fnDescription } = useInterventionText();
  const { factorName } = useCombText();
  const proposals = useFunctionProposals(programmeId);

  return (
    <Section id="functions-title" title={t('interventions.functions.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('interventions.functions.intro')}</Text>
        {proposals.isPending && <Center><Loader aria-label={t('common.loading')} /></Center>}
        <ErrorAlert error={proposals.error} />
        {proposals.data?.barriers === 0 && (
          <Text size="sm">
            {t('interventions.functions.noBarriers')} <SubstepLink programmeId={programmeId} substep="3.4" label={t('interventions.functions.toDiagnosis')} />
          </Text>
        )}
        {proposals.data?.proposals.map((p) => (
          <Paper key={p.fn} withBorder p="sm" component="article" aria-labelledby={`fn-${p.fn}`}>
            <Group justify="space-between" align="baseline">
              <Title order={3} size="h5" id={`fn-${p.fn}`}>
                {fnName(p.fn)}
              </Title>
              <Badge variant="light" color="gray">{t('interventions.functions.score', { score: p.score })}</Badge>
            </Group>
            <Text size="sm" mb="xs">{fnDescription(p.fn)}</Text>
            <Text size="sm" fw={700}>{t('interventions.functions.because')}</Text>
            <List size="sm">
              {p.because.map((b) => (
                <List.Item key={b.barrierId}>{t('interventions.functions.barrier', { factor: factorName(b.factor), description: b.description, weight: b.weight })}</List.Item>
              ))}
            </List>
          </Paper>
        ))}
      </Stack>
    </Section>
  );
}
