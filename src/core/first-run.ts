import type { ApDetails } from './breach/ap-details.js';
import { filled } from './worksheets/fields.js';

/**
 * What a new organisation does first (issue 18), in this order: colleagues in, someone to receive
 * the breach reports, the staff's report link on the wall, the details the AP asks for, then the
 * first programme. Each item is read from what the organisation holds, never ticked by hand.
 */
export const FIRST_RUN_ITEMS = ['colleagues', 'privacyOfficer', 'breachLink', 'apDetails', 'programme'] as const;
export type FirstRunItem = (typeof FIRST_RUN_ITEMS)[number];

export interface FirstRunFacts {
  /** Accounts that are not deactivated, invitations not yet accepted included. */
  accounts: number;
  /** Active accounts (invitation accepted, can log in) holding the privacy role: they receive the breach reports. */
  privacyOfficers: number;
  /**
   * Whether an admin downloaded the report link's QR code or copied the link in the settings.
   * Printing happens outside the app, so this is the closest recorded step towards a poster.
   */
  breachLinkShared: boolean;
  apDetails: ApDetails;
  /** Programmes of the organisation, archived ones included. */
  programmes: number;
}

/**
 * The AP details a notification cannot do without: the organisation's address and KvK number and a
 * contact person who can be reached (the AP's notification form, chapter 3, as core/breach/ap-form.ts
 * asks it). The FG's details are left out: not every care provider must have an FG (AVG art. 37(1)).
 */
export const apDetailsFilled = (d: ApDetails): boolean =>
  filled(d.address) && filled(d.kvkNumber) && filled(d.contactName) && (filled(d.contactEmail) || filled(d.contactPhone));

const DONE: Record<FirstRunItem, (f: FirstRunFacts) => boolean> = {
  colleagues: (f) => f.accounts > 1,
  privacyOfficer: (f) => f.privacyOfficers > 0,
  breachLink: (f) => f.breachLinkShared,
  apDetails: (f) => apDetailsFilled(f.apDetails),
  programme: (f) => f.programmes > 0,
};

export interface FirstRunChecklist {
  items: { item: FirstRunItem; done: boolean }[];
  /** Shown until every item is done or an admin put it away. */
  show: boolean;
}

export function firstRunChecklist(facts: FirstRunFacts, dismissed: boolean): FirstRunChecklist {
  const items = FIRST_RUN_ITEMS.map((item) => ({ item, done: DONE[item](facts) }));
  return { items, show: !dismissed && items.some((i) => !i.done) };
}
