import { hasRole, type Actor } from './actor.js';
import { breachPolicy } from './breach.js';
import { cohortPolicy } from './cohort.js';
import { organisationPolicy } from './organisation.js';
import { programmePolicy } from './programme.js';
import { userPolicy } from './user.js';

/**
 * What the web shows or hides for a whole session, each one rule of these policies for the
 * session's actor: the session answer carries the answers (`can`), so the web never re-derives a
 * rule from roles. What it decides per programme travels with the programme (`permissions`).
 */
export const SESSION_RULES = {
  listProgrammes: programmePolicy.list,
  createProgramme: programmePolicy.create,
  manageUsers: userPolicy.manage,
  readDirectory: userPolicy.directory,
  updateOrganisation: organisationPolicy.update,
  firstRun: organisationPolicy.firstRun,
  readAudit: organisationPolicy.readAudit,
  readBreaches: breachPolicy.read,
  handleBreaches: breachPolicy.handle,
  createCohort: cohortPolicy.create,
  joinCohort: cohortPolicy.join,
} satisfies Record<string, (a: Actor) => boolean>;

export type SessionRule = keyof typeof SESSION_RULES;
export const SESSION_RULE_NAMES = Object.keys(SESSION_RULES) as SessionRule[];

export const sessionCan = (a: Actor): Record<SessionRule, boolean> =>
  Object.fromEntries(SESSION_RULE_NAMES.map((rule) => [rule, SESSION_RULES[rule](a)])) as Record<SessionRule, boolean>;

export const HOME_PAGES = ['programmes', 'dashboard', 'breaches', 'masterclass'] as const;
export type HomePage = (typeof HOME_PAGES)[number];

/**
 * Where a session opens: trainers of a training organisation who hold no other role on their
 * masterclasses; privacy officers who do not also work on programmes (as coordinator or member) on
 * the breach register; viewers, the board, on the dashboard; everyone else on the programmes they
 * work on. A preference for the first page, not a permission.
 */
export const homePage = (a: Actor): HomePage =>
  a.roles.length > 0 && a.roles.every((role) => role === 'trainer')
    ? 'masterclass'
    : hasRole(a, 'privacy') && !hasRole(a, 'coordinator', 'member')
      ? 'breaches'
      : hasRole(a, 'viewer')
        ? 'dashboard'
        : 'programmes';
