import { sharedWith, type ShareItem, type ShareSettings } from '../masterclass/sharing.js';
import type { SubstepKey } from '../steps.js';
import { hasRole, sameOrganisation, type Actor, type Owned } from './actor.js';
import { libraryPolicy } from './library.js';

/**
 * The one place where data crosses organisations (issue 21; threat model in docs/masterclass.md).
 * A cohort belongs to its training organisation; a participation belongs to the participating
 * organisation and names its duo. Services load both, then ask here; anything not allowed is answered
 * as "not found", so a cohort or a share that is not yours does not even show that it exists.
 */

/** A cohort as the rules see it. A closed cohort stays readable to its trainers for its retention. */
export interface CohortRef extends Owned {
  id: string;
  /** Accepting work: not closed. */
  running: boolean;
  /** Still readable: running, or closed within its retention. */
  readable: boolean;
}

/** One organisation's place in a cohort: its duo and what it shares. */
export interface ParticipationRef extends Owned {
  id: string;
  cohortId: string;
  participantIds: readonly string[];
  shares: ShareSettings;
}

const trains = (a: Actor, c: CohortRef) => sameOrganisation(a, c) && hasRole(a, 'trainer');
const inCohort = (c: CohortRef, p: ParticipationRef | undefined): p is ParticipationRef => p !== undefined && p.cohortId === c.id;
/** The duo, and the admin who answers for the organisation's participation. */
const takesPart = (a: Actor, c: CohortRef, own: ParticipationRef | undefined): own is ParticipationRef =>
  inCohort(c, own) && sameOrganisation(a, own) && (own.participantIds.includes(a.userId) || hasRole(a, 'admin'));

/** A user may … a cohort when … */
export const cohortPolicy = {
  /** create a masterclass: trainers (of a training organisation). */
  create: (a: Actor) => hasRole(a, 'trainer'),
  /** plan its sessions and assignments, form subgroups, see the board, comment, close it: its organisation's trainers, while it runs. */
  teach: (a: Actor, c: CohortRef) => trains(a, c) && c.running,
  /** see the board and what was shared with the trainers: its organisation's trainers, while it is readable (also after closing, within its retention). */
  review: (a: Actor, c: CohortRef) => trains(a, c) && c.readable,
  /** join one of their programmes to a cohort (with a code): admins and coordinators, who may manage programmes. */
  join: (a: Actor) => hasRole(a, 'admin', 'coordinator'),
  /** see the cohort's sessions, assignments, own subgroup and exchange: its trainers, and the duo and admin of a participating organisation. */
  read: (a: Actor, c: CohortRef, own?: ParticipationRef) => c.readable && (trains(a, c) || takesPart(a, c, own)),
  /** hand in assignments, practise, publish to the exchange: the duo (not the admin alone), while it runs. */
  participate: (a: Actor, c: CohortRef, own?: ParticipationRef) =>
    c.running && inCohort(c, own) && sameOrganisation(a, own) && own.participantIds.includes(a.userId),
  /** see and change what the organisation shares, or leave: its admins. */
  manageSharing: (a: Actor, p: ParticipationRef) => sameOrganisation(a, p) && hasRole(a, 'admin'),
  /**
   * read a participation's submission to an assignment: the trainers every one (handed in to them);
   * the duo and admin of an organisation its own, and, while the cohort runs, those of the other
   * organisations in its subgroup for that assignment (`sameSubgroup`).
   */
  readSubmission: (a: Actor, c: CohortRef, p: ParticipationRef, sameSubgroup: boolean, own?: ParticipationRef) =>
    c.readable && inCohort(c, p) && (trains(a, c) || (takesPart(a, c, own) && (own.id === p.id || (c.running && sameSubgroup)))),
  /**
   * see the content of the worksheet a submission links (the submission itself: `readSubmission`, asked
   * first). The own organisation always; another organisation's only as far as that organisation shares
   * the worksheet now, as `readShared` says: trainers when it is shared with the trainers, a subgroup
   * peer when it is shared with the cohort (docs/masterclass.md, threat model: data reaches another
   * organisation only as far as its admin shares it, and taking a share back hides it at once).
   */
  readSubmissionWorksheet: (a: Actor, c: CohortRef, p: ParticipationRef, substepKey: SubstepKey, own?: ParticipationRef): boolean =>
    (c.readable && inCohort(c, p) && sameOrganisation(a, p)) || cohortPolicy.readShared(a, c, p, { kind: 'worksheet', substepKey }, own),
  /** copy a published intervention into the own library: the duo or admin of a participating organisation who may edit its library. */
  copyFromExchange: (a: Actor, c: CohortRef, own?: ParticipationRef) => c.readable && takesPart(a, c, own) && libraryPolicy.edit(a, own),
  /**
   * see an item of another participation: trainers what it shares with trainers (or the cohort), other
   * participants what it shares with the cohort. Never an organisation's own data through this rule:
   * an organisation reads its own programme through the programme's policy.
   */
  readShared: (a: Actor, c: CohortRef, p: ParticipationRef, item: ShareItem, own?: ParticipationRef) =>
    c.readable &&
    inCohort(c, p) &&
    !sameOrganisation(a, p) &&
    ((trains(a, c) && sharedWith(p.shares, 'trainers', item)) || (takesPart(a, c, own) && c.running && sharedWith(p.shares, 'cohort', item))),
};
