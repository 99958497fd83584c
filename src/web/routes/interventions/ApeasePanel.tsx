import { Accordion, Center, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { APEASE_CRITERIA, rankCandidates } from '#core/interventions/apease.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Section } from '../../components/Section.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { numberLocale } from '../../lib/combText.js';
import { ApeaseChoice } from './ApeaseChoice.js';
import { ApeaseMatrix } from './ApeaseMatrix.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { useCandidates, useRate, type Candidate } from '../../queries/interventions.queries.js';
import { SubstepLink } from '../../components/SubstepLink.js';

/**
 * Sub-step 4.3: the team rates the shortlist on APEASE in one matrix, then chooses with a reason.
 * APEASE: Michie, Atkins & West (2014), The Behaviour Change Wheel, see core/interventions/apease.ts.
 */
export function ApeasePanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const { locale, criterion, criterionQuestion } = useInterventionText();
  const format = (n: number | null) => (n === null ? '–' : n.toLocaleString(numberLocale(locale), { maximumFractionDigits: 1 }));
  const list = useCandidates(programme.id);
  const rate = useRate(programme.id);
  const shortlist = useStableRanking((list.data?.candidates ?? []).filter((c) => c.shortlisted));
  const canWork = programme.permissions.work;

  return (
    <Section id="apease-title" title={t('interventions.apease.title')}>
      <Stack gap="md">
        <Text size="sm">{t('interventions.apease.intro')}</Text>
        {list.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={list.error} />
        {list.data && shortlist.length === 0 && (
          <Text size="sm">
            {t('interventions.apease.noShortlist')} <SubstepLink programmeId={programme.id} substep="4.2" label={t('interventions.apease.toShortlist')} />
          </Text>
        )}
        {shortlist.length > 0 && (
          <>
            <Accordion order={3} variant="contained">
              <Accordion.Item value="criteria">
                <Accordion.Control>{t('interventions.apease.criteriaTitle')}</Accordion.Control>
                <Accordion.Panel>
                  <List size="sm" spacing={4}>
                    {APEASE_CRITERIA.map((k) => (
                      <List.Item key={k}>
                        <Text span fw={600} inherit>
                          {criterion(k)}:
                        </Text>{' '}
                        {criterionQuestion(k)}
                      </List.Item>
                    ))}
                  </List>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
            <ApeaseMatrix candidates={shortlist} canWork={canWork} rate={rate} format={format} />
            <section aria-labelledby="apease-choice-title">
              <Title order={3} size="h5" id="apease-choice-title" mb={4}>
                {t('interventions.apease.choiceTitle')}
              </Title>
              <Text size="sm" mb="xs">
                {t('interventions.apease.choiceIntro')}
              </Text>
              <ApeaseChoice programmeId={programme.id} candidates={shortlist} canWork={canWork} rate={rate} />
            </section>
          </>
        )}
      </Stack>
    </Section>
  );
}

/**
 * The shortlist best first, as it was when the page opened: rows that jump while a member is still
 * scoring would take the next cell away from under the pointer. New candidates join at the end.
 */
function useStableRanking(shortlist: Candidate[]): Candidate[] {
  const order = useRef<string[]>([]);
  const byId = new Map(shortlist.map((c) => [c.id, c]));
  const ranked = rankCandidates(shortlist.map((c) => c.apease)).map((v) => v.candidateId);
  order.current = [...order.current.filter((id) => byId.has(id)), ...ranked.filter((id) => !order.current.includes(id))];
  return order.current.map((id) => byId.get(id)!);
}
