import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_RULES, type SessionRule } from '#core/policies/index.js';
import type { Role } from '#core/roles.js';
import { startTestApp, TEST_PASSWORD, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The session tells the web what its user may do (`can`) and where they start (`home`), so the web
 * shows and hides by the server's policies instead of re-deriving them from roles.
 */

let t: TestApp;
let org: TestOrganisation;
beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Rechten');
});
afterAll(() => t.close());

let accounts = 0;
/** A new account of the organisation with these roles, logged in: its session answer. */
async function sessionOf(roles: Role[]) {
  const email = `can-${++accounts}@test.wegwijs.invalid`;
  await t.database.db.transaction((tx) =>
    t.services.users.createActive(tx, { organisationId: org.id, email, name: 'Rechten Test', roles, password: TEST_PASSWORD }),
  );
  const client = await t.client().login(email, TEST_PASSWORD);
  const reply = await client.get('/api/auth/session');
  expect(reply.status).toBe(200);
  return reply.body;
}

/** What each kind of user may do, as a specification; a user with two roles may what either may. */
const MAY: [Role[], SessionRule[], 'programmes' | 'dashboard' | 'breaches' | 'masterclass'][] = [
  [
    ['admin'],
    ['listProgrammes', 'createProgramme', 'manageUsers', 'readDirectory', 'updateOrganisation', 'firstRun', 'readAudit', 'readBreaches', 'joinCohort'],
    'programmes',
  ],
  [['coordinator'], ['listProgrammes', 'createProgramme', 'readDirectory', 'joinCohort'], 'programmes'],
  [['member'], ['listProgrammes'], 'programmes'],
  [['viewer'], ['listProgrammes'], 'dashboard'],
  [['privacy'], ['listProgrammes', 'readBreaches', 'handleBreaches'], 'breaches'],
  [['member', 'privacy'], ['listProgrammes', 'readBreaches', 'handleBreaches'], 'programmes'],
  [['coordinator', 'privacy'], ['listProgrammes', 'createProgramme', 'readDirectory', 'readBreaches', 'handleBreaches', 'joinCohort'], 'programmes'],
  [['viewer', 'privacy'], ['listProgrammes', 'readBreaches', 'handleBreaches'], 'breaches'],
  [['trainer'], ['createCohort'], 'masterclass'],
  [
    ['trainer', 'admin'],
    [
      'listProgrammes',
      'createProgramme',
      'manageUsers',
      'readDirectory',
      'updateOrganisation',
      'firstRun',
      'readAudit',
      'readBreaches',
      'createCohort',
      'joinCohort',
    ],
    'programmes',
  ],
];

describe('the session says what its user may do, as src/core/policies answer it', () => {
  it.each(MAY.map(([roles, may, home]) => [roles.join(' + '), roles, may, home] as const))('%s', async (_, roles, may, home) => {
    const session = await sessionOf(roles);
    const actor = { userId: session.user.id, organisationId: org.id, roles };
    for (const [rule, allowed] of Object.entries(SESSION_RULES)) {
      expect(session.can[rule], rule).toBe(may.includes(rule as SessionRule));
      expect(allowed(actor), `${rule} in src/core/policies`).toBe(may.includes(rule as SessionRule));
    }
    expect(Object.keys(session.can).sort()).toEqual(Object.keys(SESSION_RULES).sort());
    expect(session.home).toBe(home);
  });

  it('logging in answers the same as the session', async () => {
    const email = `can-${++accounts}@test.wegwijs.invalid`;
    await t.database.db.transaction((tx) =>
      t.services.users.createActive(tx, { organisationId: org.id, email, name: 'Rechten Test', roles: ['privacy'], password: TEST_PASSWORD }),
    );
    const client = t.client();
    const login = await client.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(login.body.can.handleBreaches).toBe(true);
    expect((await client.get('/api/auth/session')).body.can).toEqual(login.body.can);
  });
});
