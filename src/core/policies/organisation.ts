import { hasRole, type Actor } from './actor.js';

/** A user may … the organisation when … */
export const organisationPolicy = {
  /** change its settings (name, minimum group size): admins. */
  update: (a: Actor) => hasRole(a, 'admin'),
  /** export everything the organisation holds (backup, moving servers) and set how long raw answers are kept: admins. */
  transfer: (a: Actor) => hasRole(a, 'admin'),
  /** see the first-run checklist and put it away: admins, who set the organisation up. */
  firstRun: (a: Actor) => hasRole(a, 'admin'),
  /** read the audit log: admins. */
  readAudit: (a: Actor) => hasRole(a, 'admin'),
};
