import { describe, expect, it } from 'vitest';
import { codeFromBytes, formatCode, isWellFormedCode, normaliseCode, proposeSubgroups, startsInPast, submissionState } from '#core/masterclass/cohort.js';
import {
  defaultShareSettings,
  readShareSettings,
  revokedItems,
  shareableIndicator,
  sharedItems,
  sharedWith,
  ShareSettings,
} from '#core/masterclass/sharing.js';

describe('sharing settings', () => {
  it('default: trainers see progress and check-in dates, the cohort nothing', () => {
    const d = defaultShareSettings();
    expect(sharedItems(d, 'trainers')).toEqual([{ kind: 'progress' }, { kind: 'checkins' }]);
    expect(sharedItems(d, 'cohort')).toEqual([]);
  });

  it('what the cohort sees, the trainers see too', () => {
    const s: ShareSettings = { trainers: { scopes: [], worksheets: [] }, cohort: { scopes: ['plan'], worksheets: ['2.3'] } };
    expect(sharedWith(s, 'trainers', { kind: 'plan' })).toBe(true);
    expect(sharedWith(s, 'trainers', { kind: 'worksheet', substepKey: '2.3' })).toBe(true);
    expect(sharedWith(s, 'cohort', { kind: 'progress' })).toBe(false);
  });

  it('sharing the diagnosis shares worksheet 3.4, and only that worksheet, with that audience', () => {
    const s: ShareSettings = { trainers: { scopes: ['diagnosis'], worksheets: [] }, cohort: { scopes: [], worksheets: [] } };
    expect(sharedWith(s, 'trainers', { kind: 'worksheet', substepKey: '3.4' })).toBe(true);
    expect(sharedWith(s, 'trainers', { kind: 'worksheet', substepKey: '3.3' })).toBe(false);
    expect(sharedWith(s, 'cohort', { kind: 'worksheet', substepKey: '3.4' })).toBe(false);
    expect(sharedItems(s, 'trainers')).toEqual([{ kind: 'diagnosis' }, { kind: 'worksheet', substepKey: '3.4' }]);
    const off: ShareSettings = { ...s, trainers: { scopes: [], worksheets: [] } };
    expect(revokedItems(s, off, 'trainers')).toEqual([{ kind: 'diagnosis' }, { kind: 'worksheet', substepKey: '3.4' }]);
  });

  it('never shares KPIs fed by staff answers or the breach register', () => {
    expect(['surveyFactorScore', 'knowledgeCheckScore', 'breachReports', 'breachHandledInTime'].map(shareableIndicator)).toEqual([false, false, false, false]);
    expect([shareableIndicator('phishingClickRate'), shareableIndicator(null)]).toEqual([true, true]);
  });

  it('names what a change took back', () => {
    const before: ShareSettings = { trainers: { scopes: ['progress', 'kpis'], worksheets: ['2.3'] }, cohort: { scopes: [], worksheets: [] } };
    const after: ShareSettings = { trainers: { scopes: ['progress'], worksheets: [] }, cohort: { scopes: [], worksheets: [] } };
    expect(revokedItems(before, after, 'trainers')).toEqual([{ kind: 'kpis' }, { kind: 'worksheet', substepKey: '2.3' }]);
  });

  it('refuses worksheets that name staff, unknown scopes and doubles', () => {
    const base = { trainers: { scopes: [], worksheets: [] }, cohort: { scopes: [], worksheets: [] } };
    expect(ShareSettings.safeParse({ ...base, trainers: { scopes: [], worksheets: ['1.2'] } }).success).toBe(false);
    expect(ShareSettings.safeParse({ ...base, trainers: { scopes: [], worksheets: ['1.3'] } }).success).toBe(false);
    expect(ShareSettings.safeParse({ ...base, trainers: { scopes: ['answers'], worksheets: [] } }).success).toBe(false);
    expect(ShareSettings.safeParse({ ...base, cohort: { scopes: ['plan', 'plan'], worksheets: [] } }).success).toBe(false);
    expect(ShareSettings.safeParse({ ...base, trainers: { scopes: [], worksheets: ['3.2'] } }).success).toBe(true);
  });

  it('broken stored settings read as the default, never as more', () => {
    expect(readShareSettings({ trainers: 'everything' })).toEqual(defaultShareSettings());
  });
});

describe('cohort codes', () => {
  it('are eight characters without look-alikes, typed in any case with or without the dash', () => {
    const code = codeFromBytes(new Uint8Array(32).map((_, i) => i * 7))!;
    expect(isWellFormedCode(code)).toBe(true);
    expect(code).not.toMatch(/[01ILO]/);
    expect(normaliseCode(formatCode(code).toLowerCase())).toBe(code);
    expect(isWellFormedCode('ABCD-EFGH')).toBe(false);
    expect(isWellFormedCode('ABCDEFG0')).toBe(false);
  });

  it('stays uniform: bytes above the last whole alphabet multiple are skipped', () => {
    expect(codeFromBytes(new Uint8Array(8).fill(255))).toBeNull();
  });
});

describe('assignments and sessions', () => {
  it('judges submissions by the Amsterdam day against the due day', () => {
    expect(submissionState('2026-03-10', '2026-03-10', '2026-03-20')).toBe('onTime');
    expect(submissionState('2026-03-10', '2026-03-11', '2026-03-20')).toBe('late');
    expect(submissionState('2026-03-10', null, '2026-03-10')).toBe('open');
    expect(submissionState('2026-03-10', null, '2026-03-11')).toBe('missing');
  });

  it('refuses a new session in the past', () => {
    expect(startsInPast('2026-01-01T09:00:00+01:00', new Date('2026-01-01T08:30:00Z'))).toBe(true);
    expect(startsInPast('2026-01-01T10:00:00+01:00', new Date('2026-01-01T08:30:00Z'))).toBe(false);
  });

  it('proposes subgroups that spread organisations', () => {
    expect(proposeSubgroups(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual([
      ['a', 'd', 'g'],
      ['b', 'e'],
      ['c', 'f'],
    ]);
    expect(proposeSubgroups(['a'], 3)).toEqual([['a']]);
  });
});

describe('dates of sessions and assignments', () => {
  it('stay in this century, so a typing error gets a clear answer instead of a database error', async () => {
    const { AssignmentInput, SessionInput } = await import('#core/masterclass/cohort.js');
    const assignment = { title: 'Opdracht', instructions: '', dueDate: '2027-03-01' };
    expect(AssignmentInput.safeParse(assignment).success).toBe(true);
    expect(AssignmentInput.safeParse({ ...assignment, dueDate: '0000-01-01' }).error?.issues[0]?.message).toBe('outsideCentury');
    const session = { title: 'Stap 1', startsAt: '2027-03-01T13:30:00+01:00', minutes: 120, steps: [1] };
    expect(SessionInput.safeParse(session).success).toBe(true);
    expect(SessionInput.safeParse({ ...session, startsAt: '9999-03-01T13:30:00Z' }).error?.issues[0]?.message).toBe('outsideCentury');
  });
});
