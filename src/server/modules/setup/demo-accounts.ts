import type { Role } from '#core/roles.js';

/** A demo login as the console and the login page name it: never with its password. */
export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
}

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
