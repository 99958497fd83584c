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
  /**
   * see the register's figures: organisation-level counts per complete month, the share handled within
   * the 72 hours and the AP notifications, nothing of any single breach (no names, departments or
   * texts). On the board dashboard and as the register-fed KPIs (breachReports, breachHandledInTime),
   * under this one rule. Every role that may work on or read a programme: the board answers for how the
   * organisation handles breaches (AVG art. 5 lid 2 and 24; NEN 7510-1:2017 §9.3 c; NEN 7510-2:2017
   * §16.1.6), and the core team measures its programme's effect on them (step 6). Counts per month,
   * shown only once the month is settled (statistics.ts lastSettledMonth), say nothing about a person
   * anyone could single out by means reasonably likely to be used (AVG overweging 26), so they need
   * no narrower circle; that delay is the safeguard this rests on.
   */
  readFigures: (a: Actor, target?: Owned) => hasRole(a, 'admin', 'coordinator', 'member', 'viewer', 'privacy') && sees(a, target),
  /** record facts, confirm the moment of awareness, decide on notification, move the status and record the AP's meldnummer and follow-ups: privacy officers. */
  handle: (a: Actor, target?: Owned) => hasRole(a, 'privacy') && sees(a, target),
};
