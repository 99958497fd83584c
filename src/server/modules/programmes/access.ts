import { programmePolicy, type ProgrammeRef } from '#core/policies/index.js';
import type { Database } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import type { SessionActor } from '../../context.js';
import { programmesRepository } from './repository.js';

export type ProgrammeRule = keyof typeof programmePolicy;

/**
 * Loads a programme of the actor's organisation and checks the rule. A programme of another
 * organisation is "not found": its existence is not revealed.
 */
export async function loadProgramme(tx: Database, actor: SessionActor, id: string, rule: ProgrammeRule) {
  const programme = await programmesRepository.byId(tx, actor.organisationId, id);
  if (!programme) throw notFound();
  const ref: ProgrammeRef = {
    organisationId: programme.organisationId,
    actorOnTeam: await programmesRepository.isMember(tx, programme.id, actor.userId),
  };
  authorize(programmePolicy[rule], actor, ref);
  return { programme, ref };
}
