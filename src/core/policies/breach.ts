import { hasRole, sameOrganisation, type Actor, type Owned } from './actor.js';

const sees = (a: Actor, target?: Owned) => !target || sameOrganisation(a, target);

/**
 * A user may … the organisation's breach register when … The register holds sensitive facts
 * about incidents, so it is the privacy officer's (FG's) work; admins answer for the organisation
 * and may look along, but the notification decision and its record stay with the privacy role.
 */
export const breachPolicy = {
  /** read the register, a breach, its AP-form answers, letter draft, export and statistics: privacy officers and admins. */
  read: (a: Actor, target?: Owned) => hasRole(a, 'privacy', 'admin') && sees(a, target),
  /** record facts, confirm the moment of awareness, decide on notification, move the status and record the AP's meldnummer and follow-ups: privacy officers. */
  handle: (a: Actor, target?: Owned) => hasRole(a, 'privacy') && sees(a, target),
};
