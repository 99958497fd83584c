import { Anchor } from '@mantine/core';
import { Link } from 'wouter';

/** A link to another sub-step of the same programme, e.g. back to where the input comes from. */
export function SubstepLink({ programmeId, substep, label }: { programmeId: string; substep: string; label: string }) {
  return (
    <Anchor component={Link} to={`/programmes/${programmeId}/substeps/${substep}`}>
      {label}
    </Anchor>
  );
}
