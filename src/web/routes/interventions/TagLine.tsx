import { Badge, Group } from '@mantine/core';
import type { InterventionFunction } from '#core/interventions/functions.js';
import { useInterventionText } from '../../lib/interventionText.js';

/** An intervention's functions as badges. */
export function FunctionBadges({ functions }: { functions: readonly InterventionFunction[] }) {
  const { fnName } = useInterventionText();
  if (functions.length === 0) return null;
  return (
    <Group gap={4}>
      {functions.map((f) => (
        <Badge key={f} variant="light" color="blue" tt="none">
          {fnName(f)}
        </Badge>
      ))}
    </Group>
  );
}
