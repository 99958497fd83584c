import { hasRole, sameOrganisation, type Actor, type Owned } from './actor.js';

/** A programme as the rules need to see it: its organisation and whether the actor is on its core team. */
export interface ProgrammeRef extends Owned {
  actorOnTeam: boolean;
}

const leads = (a: Actor) => hasRole(a, 'admin', 'coordinator');
const worksOn = (a: Actor, p: ProgrammeRef) => leads(a) || (p.actorOnTeam && hasRole(a, 'member', 'privacy'));

/** A user may … a programme when … */
export const programmePolicy = {
  /** start a new programme: admins and coordinators. */
  create: (a: Actor) => leads(a),
  /**
   * see the list: every account of a care organisation; members and privacy officers see only the
   * programmes they are on. A trainer alone runs masterclasses, not programmes (docs/masterclass.md).
   */
  list: (a: Actor) => hasRole(a, 'admin', 'coordinator', 'member', 'viewer', 'privacy'),
  /** read it: leaders and viewers of the organisation, and whoever is on its core team. */
  read: (a: Actor, p: ProgrammeRef) => sameOrganisation(a, p) && (worksOn(a, p) || hasRole(a, 'viewer')),
  /** work on it (statuses, notes, details): leaders and core-team members, never viewers alone. */
  work: (a: Actor, p: ProgrammeRef) => sameOrganisation(a, p) && worksOn(a, p),
  /** change its core team or archive it: admins and coordinators. */
  manage: (a: Actor, p: ProgrammeRef) => sameOrganisation(a, p) && leads(a),
};

/** Members see only the programmes whose core team they are on. */
export const seesAllProgrammes = (a: Actor): boolean => hasRole(a, 'admin', 'coordinator', 'viewer');
