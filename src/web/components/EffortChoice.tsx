import { Group, Radio } from '@mantine/core';
import { EFFORTS, type Effort } from '#core/interventions/library.js';
import { useInterventionText } from '../lib/interventionText.js';

/** The rough size of an intervention's work (low, medium, high), as the library and the masterclass's exchange ask it. */
export function EffortChoice({ label, value, onChange, error }: { label: string; value: Effort | ''; onChange: (effort: Effort) => void; error?: string }) {
  const { effort } = useInterventionText();
  return (
    <Radio.Group label={label} withAsterisk value={value} onChange={(v) => onChange(v as Effort)} error={error}>
      <Group gap="sm" mt={4}>
        {EFFORTS.map((e) => (
          <Radio key={e} value={e} label={effort(e)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
