import type { Diagnosis } from '#core/research/diagnosis.js';
import { useSubstep } from '../../queries/programme.queries.js';

/** The barriers of the programme's behavioural diagnosis (3.4), which step 4's ideas address. */
export function useBarriers(programmeId: string) {
  const diagnosis = useSubstep(programmeId, '3.4');
  const fields = diagnosis.data?.worksheet?.fields as Diagnosis | null | undefined;
  return (fields?.entries ?? []).filter((e) => e.kind === 'barrier');
}
