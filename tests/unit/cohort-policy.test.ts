import { describe, expect, it } from 'vitest';
import { defaultShareSettings, type ShareItem, type ShareSettings } from '#core/masterclass/sharing.js';
import { cohortPolicy, type Actor, type CohortRef, type ParticipationRef } from '#core/policies/index.js';
import type { Role } from '#core/roles.js';

/**
 * The cross-organisation policy as a table (docs/masterclass.md, threat model): every caller against
 * every item, for a running cohort, a closed one within its retention and one past it.
 */

const cohort = (state: 'running' | 'closed' | 'expired' = 'running'): CohortRef => ({
  id: 'c1',
  organisationId: 'school',
  running: state === 'running',
  readable: state !== 'expired',
});
const shares = (trainers: ShareSettings['trainers'], cohortShare: ShareSettings['cohort'] = { scopes: [], worksheets: [] }): ShareSettings => ({
  trainers,
  cohort: cohortShare,
});
const participation = (organisationId: string, settings: ShareSettings, cohortId = 'c1'): ParticipationRef => ({
  id: `p-${organisationId}`,
  organisationId,
  cohortId,
  participantIds: [`duo-${organisationId}`],
  shares: settings,
});
const actor = (userId: string, organisationId: string, ...roles: Role[]): Actor => ({ userId, organisationId, roles });

/** Organisation A shares its 2.3 with the trainers only, B shares it with the whole cohort, C shares nothing. */
const A = participation('a', shares({ scopes: ['progress', 'checkins'], worksheets: ['2.3'] }));
const B = participation('b', shares({ scopes: [], worksheets: [] }, { scopes: ['kpis'], worksheets: ['2.3'] }));
const C = participation('c', shares({ scopes: [], worksheets: [] }));
/** D takes part in another cohort. */
const D = participation('d', defaultShareSettings(), 'c2');

const trainer = actor('t1', 'school', 'trainer');
const otherTrainer = actor('t2', 'another-school', 'trainer');
const schoolAdmin = actor('sa', 'school', 'admin');
const duoA = actor('duo-a', 'a', 'member');
const adminA = actor('admin-a', 'a', 'admin');
const viewerA = actor('viewer-a', 'a', 'viewer');
const duoB = actor('duo-b', 'b', 'coordinator');
const duoD = actor('duo-d', 'd', 'member');

const ws = (substepKey: '2.3' | '3.2'): ShareItem => ({ kind: 'worksheet', substepKey });
const own = (a: Actor) => [A, B, C, D].find((p) => p.organisationId === a.organisationId);

describe('cohortPolicy.readShared: who sees which item of which organisation', () => {
  const cases: [string, Actor, ParticipationRef, ShareItem, boolean][] = [
    ['trainer: A 2.3 shared with trainers', trainer, A, ws('2.3'), true],
    ['trainer: A progress (default share)', trainer, A, { kind: 'progress' }, true],
    ['trainer: A 3.2 not shared', trainer, A, ws('3.2'), false],
    ['trainer: B 2.3 shared with the cohort (trainers included)', trainer, B, ws('2.3'), true],
    ['trainer: C shares nothing', trainer, C, { kind: 'progress' }, false],
    ['trainer of another training organisation', otherTrainer, A, ws('2.3'), false],
    ['admin (not trainer) of the training organisation', schoolAdmin, A, ws('2.3'), false],
    ['duo B: A 2.3 shared with trainers only', duoB, A, ws('2.3'), false],
    ['duo A: B 2.3 shared with the cohort', duoA, B, ws('2.3'), true],
    ['duo A: B kpis shared with the cohort', duoA, B, { kind: 'kpis' }, true],
    ['admin A: B 2.3 (the admin answers for the participation)', adminA, B, ws('2.3'), true],
    ['viewer A, not in the duo: B 2.3', viewerA, B, ws('2.3'), false],
    ['participant of another cohort: B 2.3', duoD, B, ws('2.3'), false],
    ['duo A: its own 2.3 is read through the programme, never this rule', duoA, A, ws('2.3'), false],
  ];
  it.each(cases)('%s', (_, who, p, item, expected) => {
    expect(cohortPolicy.readShared(who, cohort(), p, item, own(who))).toBe(expected);
  });

  it('a revoked share is not readable at once', () => {
    const revoked = { ...A, shares: shares({ scopes: ['progress'], worksheets: [] }) };
    expect(cohortPolicy.readShared(trainer, cohort(), revoked, ws('2.3'))).toBe(false);
  });

  it('a participation of another cohort is never read through this cohort', () => {
    expect(cohortPolicy.readShared(trainer, cohort(), { ...B, cohortId: 'c2' }, ws('2.3'))).toBe(false);
  });

  it('after closing: trainers keep what was shared with them until the retention ends; participants no longer read each other', () => {
    expect(cohortPolicy.readShared(trainer, cohort('closed'), A, ws('2.3'))).toBe(true);
    expect(cohortPolicy.readShared(duoA, cohort('closed'), B, ws('2.3'), A)).toBe(false);
    expect(cohortPolicy.readShared(trainer, cohort('expired'), A, ws('2.3'))).toBe(false);
  });
});

describe('cohortPolicy: the cohort itself', () => {
  it('only trainers create cohorts and only their organisation teaches them, while they run', () => {
    expect(cohortPolicy.create(trainer)).toBe(true);
    expect(cohortPolicy.create(adminA)).toBe(false);
    expect(cohortPolicy.teach(trainer, cohort())).toBe(true);
    expect(cohortPolicy.teach(otherTrainer, cohort())).toBe(false);
    expect(cohortPolicy.teach(trainer, cohort('closed'))).toBe(false);
    expect(cohortPolicy.review(trainer, cohort('closed'))).toBe(true);
    expect(cohortPolicy.review(trainer, cohort('expired'))).toBe(false);
  });

  it('reading the cohort: its trainers, the duo and the admin of a participating organisation; nobody else', () => {
    const table: [Actor, boolean][] = [
      [trainer, true],
      [otherTrainer, false],
      [schoolAdmin, false],
      [duoA, true],
      [adminA, true],
      [viewerA, false],
      [duoD, false],
    ];
    for (const [who, expected] of table) expect(cohortPolicy.read(who, cohort(), own(who)), who.userId).toBe(expected);
  });

  it('taking part (hand in, practise, publish) is the duo only, while the cohort runs', () => {
    expect(cohortPolicy.participate(duoA, cohort(), A)).toBe(true);
    expect(cohortPolicy.participate(adminA, cohort(), A)).toBe(false);
    expect(cohortPolicy.participate(duoA, cohort('closed'), A)).toBe(false);
    expect(cohortPolicy.participate(duoD, cohort(), D)).toBe(false);
  });

  it('sharing is changed by the organisation\u2019s admin only, never by a trainer', () => {
    expect(cohortPolicy.manageSharing(adminA, A)).toBe(true);
    expect(cohortPolicy.manageSharing(duoA, A)).toBe(false);
    expect(cohortPolicy.manageSharing(trainer, A)).toBe(false);
    expect(cohortPolicy.manageSharing(actor('admin-b', 'b', 'admin'), A)).toBe(false);
  });

  it('joining is for those who manage programmes', () => {
    expect(cohortPolicy.join(adminA)).toBe(true);
    expect(cohortPolicy.join(duoB)).toBe(true);
    expect(cohortPolicy.join(duoA)).toBe(false);
    expect(cohortPolicy.join(trainer)).toBe(false);
  });
});

describe('cohortPolicy: submissions and the exchange', () => {
  it('a submission: trainers all, the own organisation its own, a subgroup peer only while the cohort runs', () => {
    const table: [string, Actor, ParticipationRef, boolean, CohortRef, boolean][] = [
      ['trainer reads A', trainer, A, false, cohort(), true],
      ['trainer reads A after closing, within the retention', trainer, A, false, cohort('closed'), true],
      ['duo A reads its own', duoA, A, false, cohort(), true],
      ['duo B reads A in its subgroup', duoB, A, true, cohort(), true],
      ['duo B reads A, not in its subgroup', duoB, A, false, cohort(), false],
      ['duo B reads A in its subgroup after closing', duoB, A, true, cohort('closed'), false],
      ['viewer A reads A', viewerA, A, false, cohort(), false],
      ['participant of another cohort', duoD, A, true, cohort(), false],
      ['trainer of another training organisation', otherTrainer, A, false, cohort(), false],
      ['trainer, a participation of another cohort', trainer, D, false, cohort(), false],
    ];
    for (const [what, who, p, sameSubgroup, c, expected] of table) expect(cohortPolicy.readSubmission(who, c, p, sameSubgroup, own(who)), what).toBe(expected);
  });

  it('a worksheet linked to a submission: the own organisation always, others only as far as it is shared with them now', () => {
    // A shares 2.3 with the trainers only, B shares 2.3 with the whole cohort, C shares nothing.
    const table: [string, Actor, ParticipationRef, '2.3' | '3.2', CohortRef, boolean][] = [
      ['trainer: A 2.3, shared with the trainers', trainer, A, '2.3', cohort(), true],
      ['trainer: A 2.3 after closing, within the retention', trainer, A, '2.3', cohort('closed'), true],
      ['trainer: A 2.3 past the retention', trainer, A, '2.3', cohort('expired'), false],
      ['trainer: A 3.2, not shared', trainer, A, '3.2', cohort(), false],
      ['trainer: B 2.3, shared with the cohort (trainers included)', trainer, B, '2.3', cohort(), true],
      ['trainer: C 2.3, shares nothing', trainer, C, '2.3', cohort(), false],
      ['trainer of another training organisation: A 2.3', otherTrainer, A, '2.3', cohort(), false],
      ['duo B, a subgroup peer: A 2.3, shared with the trainers only', duoB, A, '2.3', cohort(), false],
      ['duo A, a subgroup peer: B 2.3, shared with the cohort', duoA, B, '2.3', cohort(), true],
      ['duo A: B 2.3 after closing', duoA, B, '2.3', cohort('closed'), false],
      ['admin A: B 2.3, shared with the cohort', adminA, B, '2.3', cohort(), true],
      ['duo B: C 2.3, shares nothing', duoB, C, '2.3', cohort(), false],
      ['duo A: its own 3.2, not shared with anyone', duoA, A, '3.2', cohort(), true],
      ['admin A: its own 3.2', adminA, A, '3.2', cohort(), true],
      ['duo A: its own 3.2 after closing', duoA, A, '3.2', cohort('closed'), true],
      ['participant of another cohort: B 2.3', duoD, B, '2.3', cohort(), false],
    ];
    for (const [what, who, p, key, c, expected] of table) expect(cohortPolicy.readSubmissionWorksheet(who, c, p, key, own(who)), what).toBe(expected);
    // Taking the share back hides it at once: the rule reads the current settings.
    const revoked = { ...A, shares: shares({ scopes: ['progress'], worksheets: [] }) };
    expect(cohortPolicy.readSubmissionWorksheet(trainer, cohort(), revoked, '2.3')).toBe(false);
  });

  it('copying from the exchange: the duo or admin who may edit the library, never a trainer or a viewer', () => {
    expect(cohortPolicy.copyFromExchange(duoA, cohort(), A)).toBe(true);
    expect(cohortPolicy.copyFromExchange(adminA, cohort(), A)).toBe(true);
    expect(cohortPolicy.copyFromExchange(actor('duo-a', 'a', 'viewer'), cohort(), A)).toBe(false);
    expect(cohortPolicy.copyFromExchange(trainer, cohort())).toBe(false);
    expect(cohortPolicy.copyFromExchange(duoD, cohort(), D)).toBe(false);
    expect(cohortPolicy.copyFromExchange(duoA, cohort('expired'), A)).toBe(false);
  });
});
