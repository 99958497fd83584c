import { Badge, Center, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TDF_DOMAIN_TEXT } from '#content/comb.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { useCombText } from '../../lib/combText.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { useFunctionProposals } from '../../queries/interventions.queries.js';
import { Section } from '../../components/Section.js';
import { SubstepLink } from '../../components/SubstepLink.js';

/** Sub-step 4.1: the intervention functions the BCW matrices propose for the diagnosed barriers, and why. */
export function FunctionProposals({ programme }: { programme: ProgrammeDetail }) {
  const programmeId = programme.id;
  const { t } = useTranslation();
  const { fnName, fnDescription } = useInterventionText();
  const { factorName, tdfName } = useCombText();
  const proposals = useFunctionProposals(programmeId);

  return (
    <Section id="functions-title" title={t('interventions.functions.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('interventions.functions.intro')}</Text>
        {proposals.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
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
              <Badge variant="light" color="gray">
                {p.coverage > 0 ? t('interventions.functions.coverage', { percent: Math.round(p.coverage * 100) }) : t('interventions.functions.onlySecondary')}
              </Badge>
            </Group>
            <Text size="sm" mb="xs">
              {fnDescription(p.fn)}
            </Text>
            <Text size="sm" fw={700}>
              {t('interventions.functions.because')}
            </Text>
            <List size="sm">
              {p.because.map((b) => {
                const values = { factor: factorName(b.factor), description: b.description, weight: b.weight };
                return (
                  <List.Item key={b.barrierId}>
                    {b.tdf ? t('interventions.functions.barrierTdf', { ...values, domain: tdfName(b.tdf) }) : t('interventions.functions.barrier', values)}
                    {b.link === 'secondary' && ` (${t('interventions.functions.secondary')})`}
                  </List.Item>
                );
              })}
            </List>
            {p.because.some((b) => b.link === 'secondary') && (
              <Text size="xs" c="dimmed" mt="xs">
                {t('interventions.functions.secondaryNote')}
              </Text>
            )}
            {[...new Set(p.because.flatMap((b) => (b.tdf ? [b.tdf] : [])))].map((d) => (
              <Text key={d} size="xs" c="dimmed" mt="xs">
                {t('interventions.functions.tdfSource', { domain: tdfName(d), source: TDF_DOMAIN_TEXT[d].source })}
              </Text>
            ))}
          </Paper>
        ))}
      </Stack>
    </Section>
  );
}
