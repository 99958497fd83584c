import { describe, expect, it } from 'vitest';
import { OrganisationDocument, TABLES, findDanglingReference, withFreshIds } from '../../src/core/export/document.js';
import { retentionCutoff } from '../../src/core/export/retention.js';

const U = '11111111-1111-4111-8111-111111111111';
const P = '22222222-2222-4222-8222-222222222222';
const at = '2026-01-05T10:00:00.000Z';

const empty = () => Object.fromEntries(TABLES.map(({ key }) => [key, []]));
const document = (changes: Record<string, unknown> = {}) => ({
  format: 'wegwijs-organisation',
  version: 1,
  exportedAt: at,
  organisation: { name: 'Ziekenhuis Oost', minGroupSize: 5, defaultLocale: 'nl', breachReportRequiresLogin: false, surveyResponsesMonths: null },
  ...empty(),
  users: [{ id: U, email: 'a@zo.invalid', name: 'Anna', roles: ['admin'], locale: 'nl', status: 'active', createdAt: at }],
  programmes: [{ id: P, title: 'Wegwijzer', problem: '', status: 'active', createdBy: U, createdAt: at, updatedAt: at }],
  worksheetVersions: [{ id: '33333333-3333-4333-8333-333333333333', programmeId: P, substepKey: '1.1', version: 1, data: { members: [{ userId: U }] }, authorId: U, createdAt: at }],
  ...changes,
});

describe('the organisation document', () => {
  it('reads a version-1 export', () => {
    expect(OrganisationDocument.safeParse(document()).success).toBe(true);
  });

  it('reads an export from before the knowledge-check tallies and their retention as having none', () => {
    const parsed = OrganisationDocument.parse(document({ knowledgeCheckTallies: undefined }));
    expect(parsed.knowledgeCheckTallies).toEqual([]);
    expect(parsed.organisation.knowledgeResponsesMonths).toBeNull();
  });

  it.each([
    ['an unknown version', { version: 2 }, ['version']],
    ['another format', { format: 'other' }, ['format']],
    ['a table it does not know', { secrets: [] }, []],
    ['a user with a password hash', { users: [{ id: U, email: 'a@zo.invalid', name: 'A', roles: ['admin'], locale: 'nl', status: 'active', createdAt: at, passwordHash: 'x' }] }, ['users', 0]],
  ])('refuses %s and names where', (_, changes, path) => {
    const result = OrganisationDocument.safeParse(document(changes));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });

  it('finds a reference to a row that is not in it, and an id given twice', () => {
    const parsed = OrganisationDocument.parse(document());
    expect(findDanglingReference(parsed)).toBeNull();
    expect(findDanglingReference({ ...parsed, programmes: [{ ...parsed.programmes[0]!, createdBy: P }] })).toBe('programmes.0.createdBy');
    expect(findDanglingReference({ ...parsed, users: [parsed.users[0]!, parsed.users[0]!] })).toBe('users.1.id');
    expect(findDanglingReference({ ...parsed, knowledgeCheckTallies: [{ checkId: P, department: '', answers: [1], n: 5 }] })).toBe('knowledgeCheckTallies.0.checkId');
  });

  it('gives every row a fresh id and follows it everywhere, inside worksheet data too', () => {
    let n = 0;
    const fresh = withFreshIds(OrganisationDocument.parse(document()), () => `new-${++n}`);
    const user = fresh.users[0]!.id;
    const programme = fresh.programmes[0]!.id;
    expect([user, programme]).toEqual(['new-1', 'new-2']);
    expect(fresh.programmes[0]!.createdBy).toBe(user);
    expect(fresh.worksheetVersions[0]).toMatchObject({ programmeId: programme, authorId: user, data: { members: [{ userId: user }] } });
  });
});

describe('retention', () => {
  it('counts months back from now', () => {
    expect(retentionCutoff(new Date('2026-07-15T03:30:00Z'), 6).toISOString()).toBe('2026-01-15T03:30:00.000Z');
    expect(retentionCutoff(new Date('2026-07-15T03:30:00Z'), 24).toISOString()).toBe('2024-07-15T03:30:00.000Z');
  });
});
