import { hasRole, sameOrganisation, type Actor, type Owned } from './actor.js';

/** A user may … accounts when … */
export const userPolicy = {
  /** list, invite, change roles of, deactivate and reset the two-step verification of the organisation's users: admins. */
  manage: (a: Actor, target?: Owned) => hasRole(a, 'admin') && (!target || sameOrganisation(a, target)),
  /** see the names of colleagues (to pick core-team members): admins and coordinators. */
  directory: (a: Actor) => hasRole(a, 'admin', 'coordinator'),
};
