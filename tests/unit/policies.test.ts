import { describe, expect, it } from 'vitest';
import {
  homePage,
  organisationPolicy,
  programmePolicy,
  seesAllProgrammes,
  SESSION_RULE_NAMES,
  SESSION_RULES,
  sessionCan,
  userPolicy,
  type Actor,
  type ProgrammeRef,
} from '#core/policies/index.js';
import type { Role } from '#core/roles.js';

const OURS = 'org-ours';
const THEIRS = 'org-theirs';
const as = (...roles: Role[]): Actor => ({ userId: 'u1', organisationId: OURS, roles });
const programme = (actorOnTeam: boolean, organisationId = OURS): ProgrammeRef => ({ organisationId, actorOnTeam });

const onTeam = programme(true);
const offTeam = programme(false);
/** Another organisation's programme, even one the actor somehow appears on. */
const foreign = programme(true, THEIRS);

describe('programme policy', () => {
  it('admins and coordinators start programmes; others do not', () => {
    expect(programmePolicy.create(as('admin'))).toBe(true);
    expect(programmePolicy.create(as('coordinator'))).toBe(true);
    for (const role of ['member', 'viewer', 'privacy'] as const) expect(programmePolicy.create(as(role))).toBe(false);
  });

  it('every account may ask for the list, but only leads and viewers see all programmes', () => {
    for (const role of ['admin', 'coordinator', 'member', 'viewer', 'privacy'] as const) expect(programmePolicy.list(as(role))).toBe(true);
    expect(programmePolicy.list(as())).toBe(false);
    expect(seesAllProgrammes(as('admin'))).toBe(true);
    expect(seesAllProgrammes(as('coordinator'))).toBe(true);
    expect(seesAllProgrammes(as('viewer'))).toBe(true);
    expect(seesAllProgrammes(as('member'))).toBe(false);
    expect(seesAllProgrammes(as('privacy'))).toBe(false);
  });

  it('admins and coordinators read, work on and manage any programme of their organisation, on the team or not', () => {
    for (const role of ['admin', 'coordinator'] as const) {
      for (const p of [onTeam, offTeam]) {
        expect(programmePolicy.read(as(role), p)).toBe(true);
        expect(programmePolicy.work(as(role), p)).toBe(true);
        expect(programmePolicy.manage(as(role), p)).toBe(true);
      }
    }
  });

  it('a viewer can read but not work on a programme', () => {
    for (const p of [onTeam, offTeam]) {
      expect(programmePolicy.read(as('viewer'), p)).toBe(true);
      expect(programmePolicy.work(as('viewer'), p)).toBe(false);
      expect(programmePolicy.manage(as('viewer'), p)).toBe(false);
    }
  });

  it('a member works only on programmes whose core team they are on', () => {
    expect(programmePolicy.read(as('member'), onTeam)).toBe(true);
    expect(programmePolicy.work(as('member'), onTeam)).toBe(true);
    expect(programmePolicy.read(as('member'), offTeam)).toBe(false);
    expect(programmePolicy.work(as('member'), offTeam)).toBe(false);
  });

  it('a member never manages the core team, not even of their own programme', () => {
    expect(programmePolicy.manage(as('member'), onTeam)).toBe(false);
  });

  it('a privacy officer on the team can work on it; off the team they cannot even read it', () => {
    expect(programmePolicy.read(as('privacy'), onTeam)).toBe(true);
    expect(programmePolicy.work(as('privacy'), onTeam)).toBe(true);
    expect(programmePolicy.manage(as('privacy'), onTeam)).toBe(false);
    expect(programmePolicy.read(as('privacy'), offTeam)).toBe(false);
    expect(programmePolicy.work(as('privacy'), offTeam)).toBe(false);
  });

  it('a viewer who is also a member works on the programmes they are on and reads the rest', () => {
    const both = as('viewer', 'member');
    expect(programmePolicy.work(both, onTeam)).toBe(true);
    expect(programmePolicy.work(both, offTeam)).toBe(false);
    expect(programmePolicy.read(both, offTeam)).toBe(true);
  });

  it("nobody reads, works on or manages another organisation's programme, whatever their roles", () => {
    const everything = as('admin', 'coordinator', 'member', 'viewer', 'privacy');
    for (const actor of [everything, as('admin'), as('coordinator'), as('member'), as('viewer'), as('privacy')]) {
      expect(programmePolicy.read(actor, foreign)).toBe(false);
      expect(programmePolicy.work(actor, foreign)).toBe(false);
      expect(programmePolicy.manage(actor, foreign)).toBe(false);
    }
  });

  it('an account without roles may do nothing', () => {
    const none = as();
    expect(programmePolicy.create(none)).toBe(false);
    expect(programmePolicy.read(none, onTeam)).toBe(false);
    expect(programmePolicy.work(none, onTeam)).toBe(false);
    expect(programmePolicy.manage(none, onTeam)).toBe(false);
  });
});

describe('user policy', () => {
  it('only admins manage accounts', () => {
    expect(userPolicy.manage(as('admin'))).toBe(true);
    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) expect(userPolicy.manage(as(role))).toBe(false);
  });

  it("an admin manages the accounts of their own organisation, not another's", () => {
    expect(userPolicy.manage(as('admin'), { organisationId: OURS })).toBe(true);
    expect(userPolicy.manage(as('admin'), { organisationId: THEIRS })).toBe(false);
  });

  it('admins and coordinators see the directory of colleagues; members, viewers and privacy officers do not', () => {
    expect(userPolicy.directory(as('admin'))).toBe(true);
    expect(userPolicy.directory(as('coordinator'))).toBe(true);
    for (const role of ['member', 'viewer', 'privacy'] as const) expect(userPolicy.directory(as(role))).toBe(false);
  });
});

describe('organisation policy', () => {
  it('only admins change the settings and read the audit log', () => {
    expect(organisationPolicy.update(as('admin'))).toBe(true);
    expect(organisationPolicy.readAudit(as('admin'))).toBe(true);
    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) {
      expect(organisationPolicy.update(as(role))).toBe(false);
      expect(organisationPolicy.readAudit(as(role))).toBe(false);
    }
  });
});

describe('what a session may do, and where it starts', () => {
  it('answers each session rule with its policy: two roles get what either gets', () => {
    const both = sessionCan(as('member', 'privacy'));
    for (const rule of SESSION_RULE_NAMES) {
      expect(sessionCan(as('admin'))[rule], rule).toBe(SESSION_RULES[rule](as('admin')));
      expect(both[rule], rule).toBe(SESSION_RULES[rule](as('member')) || SESSION_RULES[rule](as('privacy')));
    }
  });

  it('a privacy officer who works on no programme starts on the breach register, the board on the dashboard, others on the programmes', () => {
    expect(homePage(as('privacy'))).toBe('breaches');
    expect(homePage(as('privacy', 'viewer'))).toBe('breaches');
    expect(homePage(as('privacy', 'member'))).toBe('programmes');
    expect(homePage(as('privacy', 'coordinator'))).toBe('programmes');
    expect(homePage(as('viewer'))).toBe('dashboard');
    for (const role of ['admin', 'coordinator', 'member'] as const) expect(homePage(as(role))).toBe('programmes');
  });

  it('a trainer who holds no other role starts on the masterclasses; with another role, where that role starts', () => {
    expect(homePage(as('trainer'))).toBe('masterclass');
    expect(homePage(as('trainer', 'admin'))).toBe('programmes');
    expect(homePage(as('trainer', 'viewer'))).toBe('dashboard');
    expect(homePage(as())).toBe('programmes');
  });
});
