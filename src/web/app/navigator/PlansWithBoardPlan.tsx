import { Stack } from '@mantine/core';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { BoardPlanSection } from '../../routes/reports/BoardPlanSection.js';
import { PlansPanel } from '../../routes/interventions/PlansPanel.js';

/** Sub-step 4.4: the interventions made concrete, then the plan van aanpak that takes them to the board. */
export function PlansWithBoardPlan({ programme }: { programme: ProgrammeDetail }) {
  return (
    <Stack gap="md">
      <PlansPanel programme={programme} />
      <BoardPlanSection programme={programme} />
    </Stack>
  );
}
