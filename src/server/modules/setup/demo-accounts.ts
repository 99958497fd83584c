import type { Role } from '#core/roles.js';
import type { Sector } from '#core/sector.js';

/** A demo login as the console and the login page name it: never with its password. */
export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
}

/** A demo login with the demo organisation it belongs to, as the console and the login page list it. */
export interface DemoLoginOf extends DemoAccount {
  organisation: string;
}

export const DEMO_ORGANISATION_NAME = 'Zorggroep Voorbeeldhaven (demo)';

/**
 * The demo organisation's accounts, one per kind of user. The privacy officer's work (the breach
 * register) sits with the programme lead, as in many smaller organisations; the board reads along.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'beheerder@demo.wegwijs.invalid', name: 'Demo Beheerder', roles: ['admin'] },
  { email: 'trajectleider@demo.wegwijs.invalid', name: 'Demo Trajectleider', roles: ['coordinator', 'privacy'] },
  { email: 'kernteamlid@demo.wegwijs.invalid', name: 'Demo Kernteamlid', roles: ['member'] },
  { email: 'bestuurder@demo.wegwijs.invalid', name: 'Demo Bestuurder', roles: ['viewer'] },
];

/** The training organisation of the demo masterclass (demo-masterclass.ts) and its trainer. */
export const DEMO_TRAINING_ORGANISATION = {
  name: 'IVGZ Academie (demo)',
  accounts: [{ email: 'trainer@demo.wegwijs.invalid', name: 'Trainer Demo', roles: ['trainer'] }] as readonly DemoAccount[],
};

/** One of the two other care organisations in the demo masterclass: an admin and the duo of its programme. */
export interface DemoPeerOrganisation {
  name: string;
  sector: Sector;
  /** Admin, coordinator (the programme lead), member, in that order. */
  accounts: readonly [DemoAccount, DemoAccount, DemoAccount];
}

const peer = (name: string, sector: Sector, key: string, who: string): DemoPeerOrganisation => ({
  name,
  sector,
  accounts: [
    { email: `beheerder.${key}@demo.wegwijs.invalid`, name: `Beheerder ${who}`, roles: ['admin'] },
    { email: `trajectleider.${key}@demo.wegwijs.invalid`, name: `Trajectleider ${who}`, roles: ['coordinator'] },
    { email: `kernteamlid.${key}@demo.wegwijs.invalid`, name: `Kernteamlid ${who}`, roles: ['member'] },
  ],
});

/**
 * The other two participants of the demo masterclass, each its own (demo) organisation: logins are
 * unique across the installation, so each address names its organisation.
 */
export const DEMO_PEER_ORGANISATIONS: readonly [DemoPeerOrganisation, DemoPeerOrganisation] = [
  peer('Wijkzorg Voorbeeldstad (demo)', 'vvt', 'wijkzorg', 'Wijkzorg'),
  peer('GGZ Voorbeeldduin (demo)', 'ggz', 'ggz', 'GGZ'),
];

/** Every demo login, with its organisation, as the console prints them once the demo is loaded. */
export const ALL_DEMO_LOGINS: readonly DemoLoginOf[] = [
  ...DEMO_ACCOUNTS.map((a) => ({ ...a, organisation: DEMO_ORGANISATION_NAME })),
  ...DEMO_TRAINING_ORGANISATION.accounts.map((a) => ({ ...a, organisation: DEMO_TRAINING_ORGANISATION.name })),
  ...DEMO_PEER_ORGANISATIONS.flatMap((o) => o.accounts.map((a) => ({ ...a, organisation: o.name }))),
];

/**
 * The logins the login page lists: the demo organisation's four, the trainer who sees the demo
 * masterclass, and the admin of one other participating organisation (who sees what it shares).
 */
export const LISTED_DEMO_LOGINS: readonly DemoLoginOf[] = [
  ...DEMO_ACCOUNTS.map((a) => ({ ...a, organisation: DEMO_ORGANISATION_NAME })),
  { ...DEMO_TRAINING_ORGANISATION.accounts[0]!, organisation: DEMO_TRAINING_ORGANISATION.name },
  { ...DEMO_PEER_ORGANISATIONS[0].accounts[0], organisation: DEMO_PEER_ORGANISATIONS[0].name },
];
