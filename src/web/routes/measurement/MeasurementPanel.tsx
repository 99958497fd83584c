import { Stack } from '@mantine/core';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { EffectSection } from './EffectSection.js';
import { KpisSection } from './KpisSection.js';
import { MeasurementTrackCard } from './MeasurementTrackCard.js';

/** Sub-step 6.1: the measurement worksheet's state, the KPIs with their lines, and the effect measurement per COM-B factor. */
export function MeasurementPanel({ programme }: { programme: ProgrammeDetail }) {
  return (
    <Stack gap="md">
      <MeasurementTrackCard programmeId={programme.id} />
      <KpisSection programme={programme} />
      <EffectSection programme={programme} />
    </Stack>
  );
}
