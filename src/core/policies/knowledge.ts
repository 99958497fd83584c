import { hasRole, sameOrganisation, type Actor, type Owned } from './actor.js';

/** A user may … the organisation's knowledge checks for staff when … */
export const knowledgePolicy = {
  /** see them and their results: every account (viewers read results for the board). */
  read: (a: Actor, target?: Owned) => a.roles.length > 0 && (!target || sameOrganisation(a, target)),
  /** build, open, close or remove one: whoever works on programmes, as with the intervention library. */
  manage: (a: Actor, target?: Owned) => hasRole(a, 'admin', 'coordinator', 'member', 'privacy') && (!target || sameOrganisation(a, target)),
};
