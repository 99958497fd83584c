import { hasRole, sameOrganisation, type Actor, type Owned } from './actor.js';

/** A user may … the organisation's own intervention library when … */
export const libraryPolicy = {
  /** browse it (with the built-in one): every account. */
  read: (a: Actor) => a.roles.length > 0,
  /** add, change or remove its own interventions: whoever works on programmes, not viewers alone. */
  edit: (a: Actor, target?: Owned) => hasRole(a, 'admin', 'coordinator', 'member', 'privacy') && (!target || sameOrganisation(a, target)),
};
