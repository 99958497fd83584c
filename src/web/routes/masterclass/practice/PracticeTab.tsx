import { Stack } from '@mantine/core';
import { useSearchParams } from 'wouter';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import { ParticipantPractice } from './ParticipantPractice.js';
import { RoundPage } from './RoundPage.js';
import { TrainerOverview } from './TrainerOverview.js';

/**
 * The interview practice of a masterclass (issue 21, point 5): the duo picks a subgroup, starts rounds
 * for three and opens its own rounds, each as its role sees it; trainers see that subgroups practised.
 */
export function PracticeTab({ cohort }: { cohort: CohortDetail }) {
  const [params] = useSearchParams();
  const round = params.get('round');
  if (round) return <RoundPage key={round} cohort={cohort} roundId={round} />;
  return (
    <Stack gap="lg">
      {cohort.you.participant && <ParticipantPractice cohort={cohort} subgroupId={params.get('subgroup')} />}
      {cohort.you.trainer && <TrainerOverview cohort={cohort} />}
    </Stack>
  );
}

/** Who sees the tab: the duo, who practise, and the trainers, who follow it. */
export const showsPractice = (cohort: CohortDetail) => cohort.you.participant || cohort.you.trainer;
