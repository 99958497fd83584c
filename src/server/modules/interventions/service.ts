import { proposeFunctions } from '../../../core/interventions/functions.js';
import { get } from '../../../core/worksheets/index.js';
import type { SessionActor } from '../auth/actor.js';
import type { SubstepsService } from '../programmes/substeps.service.js';

/** Step 4's use-cases; for now: which intervention functions the diagnosis calls for, and why. */
export function createInterventionsService(deps: { substeps: SubstepsService }) {
  return {
    /** The functions the BCW matrix proposes for the barriers of 3.4 (entries with a factor). */
    async proposedFunctions(actor: SessionActor, programmeId: string) {
      const { worksheets } = await deps.substeps.worksheets(actor, programmeId);
      const barriers = get(worksheets, '3.4').entries.flatMap((e) =>
        e.kind === 'barrier' && e.factor ? [{ id: e.id, factor: e.factor, description: e.description, weight: e.weight }] : [],
      );
      return { barriers: barriers.length, proposals: proposeFunctions(barriers) };
    },
  };
}
export type InterventionsService = ReturnType<typeof createInterventionsService>;
