import { Stack } from '@mantine/core';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { ActionsPanel } from './ActionsPanel.js';
import { CommunicationPlan } from './CommunicationPlan.js';

/** Sub-step 5.1: the action plan, and below it the communication plan that goes with it. */
export function ActionPlanPanel({ programme }: { programme: ProgrammeDetail }) {
  return (
    <Stack>
      <ActionsPanel programme={programme} />
      <CommunicationPlan programme={programme} />
    </Stack>
  );
}
