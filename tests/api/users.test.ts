import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '#server/db/schema.js';
import { startTestApp, TEST_PASSWORD, type Client, type TestApp, type TestOrganisation } from './harness.js';

const STRONG = 'mijn eigen goede wachtwoordzin';
const tokenOf = (url: string) => new URL(url).hash.replace(/^#token=/, '');

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Gebruikers');
  other = await t.organisation('Andere Zorg');
});
afterAll(() => t.close());

let invites = 0;
/** Invites a new colleague as the admin of `org`; returns the new user's id, address and link. */
async function invite(roles: string[] = ['member'], name = 'Nieuwe Collega') {
  const email = `uitgenodigd-${++invites}@test.wegwijs.invalid`;
  const reply = await org.as.admin.post('/api/users', { email, name, roles });
  expect(reply.status).toBe(201);
  return { id: reply.body.user.id as string, email, inviteUrl: reply.body.inviteUrl as string };
}

async function accept(inviteUrl: string, name = 'Nieuwe Collega', password = STRONG): Promise<Client> {
  const client = t.client();
  const reply = await client.post('/api/invitations/accept', { token: tokenOf(inviteUrl), name, password });
  expect(reply.status).toBe(200);
  return client;
}

const activeAdmins = async (organisationId: string) =>
  (await t.database.db.select().from(users).where(eq(users.organisationId, organisationId))).filter((u) => u.status === 'active' && u.roles.includes('admin'));

async function userRow(client: Client, id: string) {
  const list = await client.get('/api/users');
  return (list.body.users as { id: string; status: string; roles: string[] }[]).find((u) => u.id === id);
}

describe('inviting colleagues', () => {
  it('an admin invites someone: 201 with a one-time link (#token=) and an invited account', async () => {
    const reply = await org.as.admin.post('/api/users', {
      email: 'Sanne.Visser@test.wegwijs.invalid',
      name: '  Sanne Visser ',
      roles: ['member', 'member', 'viewer'],
    });
    expect(reply.status).toBe(201);
    expect(reply.body.user).toMatchObject({
      email: 'sanne.visser@test.wegwijs.invalid',
      name: 'Sanne Visser',
      roles: ['member', 'viewer'],
      status: 'invited',
      lastLoginAt: null,
    });
    expect(reply.body.inviteUrl).toMatch(new RegExp(`^${t.url}/invite#token=[\\w-]{40,}$`));
    expect(JSON.stringify(reply.body)).not.toMatch(/passwordHash|tokenHash/);
  });

  it('the link tells the invitee, without logging in, who is invited to which organisation', async () => {
    const { email, inviteUrl } = await invite(['viewer'], 'Joris Smit');
    const reply = await t.client().get(`/api/invitations/${tokenOf(inviteUrl)}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ email, name: 'Joris Smit', organisationName: 'Zorggroep Gebruikers', ssoLoginName: null });
  });

  it('an unknown invitation token is refused with 400 on the token field', async () => {
    const reply = await t.client().get('/api/invitations/bestaat-niet');
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('inviteInvalid');
    expect(reply.body.fields[0].field).toBe('token');
  });

  it('accepting with a weak password is refused and leaves the invitation usable', async () => {
    const { inviteUrl } = await invite(['member'], 'Karin Mulder');
    const client = t.client();
    const short = await client.post('/api/invitations/accept', { token: tokenOf(inviteUrl), name: 'Karin Mulder', password: 'kort' });
    expect(short.status).toBe(400);
    expect(short.body.error).toBe('passwordTooShort');
    expect(short.body.fields).toEqual([{ field: 'password', message: expect.stringContaining('minstens 15 tekens') }]);

    const personal = await client.post('/api/invitations/accept', { token: tokenOf(inviteUrl), name: 'Karin Mulder', password: 'Karin Mulder Karin!' });
    expect(personal.status).toBe(400);
    expect(personal.body.error).toBe('passwordPersonal');

    expect(client.cookie).toBeUndefined();
    expect((await t.client().get(`/api/invitations/${tokenOf(inviteUrl)}`)).status).toBe(200);
  });

  it('accepting logs the new colleague in and makes the account active', async () => {
    const { id, email, inviteUrl } = await invite(['member']);
    const client = t.client();
    const reply = await client.post('/api/invitations/accept', { token: tokenOf(inviteUrl), name: ' Ilse de Boer ', password: STRONG });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ authenticated: true, user: { id, email, name: 'Ilse de Boer', roles: ['member'] } });
    expect(reply.headers.get('set-cookie')).toMatch(/^wegwijs_session=[^;]+;/);
    expect((await client.get('/api/programmes')).status).toBe(200);
    expect(await userRow(org.as.admin, id)).toMatchObject({ status: 'active' });
    expect((await t.client().post('/api/auth/login', { email, password: STRONG })).status).toBe(200);
  });

  it('an invitation link works only once', async () => {
    const { inviteUrl } = await invite();
    await accept(inviteUrl);
    const again = await t
      .client()
      .post('/api/invitations/accept', { token: tokenOf(inviteUrl), name: 'Iemand Anders', password: 'een heel ander wachtwoord hier' });
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('inviteInvalid');
    expect((await t.client().get(`/api/invitations/${tokenOf(inviteUrl)}`)).status).toBe(400);
  });

  it('an address already in the organisation cannot be invited again (409 emailTaken on email), whatever its capitals', async () => {
    const { email: invited } = await invite();
    for (const email of [org.emails.viewer, org.emails.viewer.toUpperCase(), invited]) {
      const reply = await org.as.admin.post('/api/users', { email, name: 'Dubbel', roles: ['member'] });
      expect(reply.status, email).toBe(409);
      expect(reply.body.error).toBe('emailTaken');
      expect(reply.body.fields).toEqual([{ field: 'email', message: 'Er bestaat al een account met dit e-mailadres.' }]);
    }
  });

  it('an address with an account in another organisation is invited like a new one, so the admin cannot tell; it cannot be accepted, and that account stays as it was', async () => {
    const shape = (body: { user: Record<string, unknown>; inviteUrl: string }) => ({
      ...body,
      user: { ...body.user, id: typeof body.user.id, email: typeof body.user.email, createdAt: typeof body.user.createdAt },
      inviteUrl: body.inviteUrl.replace(/#token=.*/, ''),
    });
    const elsewhere = await org.as.admin.post('/api/users', { email: other.emails.member, name: 'Iemand', roles: ['member'] });
    const fresh = await org.as.admin.post('/api/users', { email: 'nog-nergens@test.wegwijs.invalid', name: 'Iemand', roles: ['member'] });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.status).toBe(fresh.status);
    expect(shape(elsewhere.body)).toEqual(shape(fresh.body));
    expect(await userRow(org.as.admin, elsewhere.body.user.id)).toMatchObject({ status: 'invited' });

    // Only the owner of the address (or whoever holds the link) learns it is taken, on accepting.
    const accepted = await t.client().post('/api/invitations/accept', { token: tokenOf(elsewhere.body.inviteUrl), name: 'Iemand', password: STRONG });
    expect(accepted.status).toBe(409);
    expect(accepted.body.error).toBe('emailTaken');
    expect(await userRow(org.as.admin, elsewhere.body.user.id)).toMatchObject({ status: 'invited' });
    const login = await t.client().post('/api/auth/login', { email: other.emails.member, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.organisation.id).toBe(other.id);
  });

  it('two invitations for the same new address sent at the same moment give one account and a 409, never a server error', async () => {
    const email = 'tegelijk@test.wegwijs.invalid';
    const replies = await Promise.all([1, 2].map(() => org.as.admin.post('/api/users', { email, name: 'Tegelijk', roles: ['member'] })));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(replies.find((r) => r.status === 409)!.body.error).toBe('emailTaken');
  });

  it('reissuing an invitation invalidates the old link', async () => {
    const { id, inviteUrl: oldUrl } = await invite();
    const reissued = await org.as.admin.post(`/api/users/${id}/invitation`);
    expect(reissued.status).toBe(200);
    const newUrl = reissued.body.inviteUrl as string;
    expect(tokenOf(newUrl)).not.toBe(tokenOf(oldUrl));

    expect((await t.client().get(`/api/invitations/${tokenOf(oldUrl)}`)).status).toBe(400);
    const withOld = await t.client().post('/api/invitations/accept', { token: tokenOf(oldUrl), name: 'Oud', password: STRONG });
    expect(withOld.status).toBe(400);
    await accept(newUrl);
  });

  it('an account that has accepted its invitation gets no new invitation (409)', async () => {
    const reply = await org.as.admin.post(`/api/users/${org.userIds.member}/invitation`);
    expect(reply.status).toBe(409);
    expect(reply.body.error).toBe('userNotInvited');
  });

  it('a deactivated invitee can no longer accept the invitation', async () => {
    const { id, inviteUrl } = await invite();
    expect((await org.as.admin.post(`/api/users/${id}/deactivate`)).status).toBe(200);
    const reply = await t.client().post('/api/invitations/accept', { token: tokenOf(inviteUrl), name: 'Te Laat', password: STRONG });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('inviteInvalid');
  });

  it('reactivating someone who never accepted makes them invited again, not active', async () => {
    const { id } = await invite();
    await org.as.admin.post(`/api/users/${id}/deactivate`);
    const reply = await org.as.admin.post(`/api/users/${id}/reactivate`);
    expect(reply.status).toBe(200);
    expect(reply.body.user.status).toBe('invited');
  });

  it('only admins invite', async () => {
    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) {
      const reply = await org.as[role].post('/api/users', { email: `door-${role}@test.wegwijs.invalid`, name: 'Niet Toegestaan', roles: ['member'] });
      expect(reply.status, role).toBe(403);
    }
  });
});

describe('changing roles', () => {
  it("an admin changes a user's roles, and the change applies to that user's very next request", async () => {
    const { id, inviteUrl } = await invite(['member']);
    const colleague = await accept(inviteUrl);
    expect((await colleague.post('/api/programmes', { title: 'Nog niet toegestaan' })).status).toBe(403);

    const reply = await org.as.admin.patch(`/api/users/${id}`, { roles: ['coordinator', 'member'] });
    expect(reply.status).toBe(200);
    expect(reply.body.user.roles).toEqual(['coordinator', 'member']);
    expect((await colleague.post('/api/programmes', { title: 'Nu wel toegestaan' })).status).toBe(201);
    expect((await colleague.get('/api/auth/session')).body.user.roles).toEqual(['coordinator', 'member']);
  });

  it('an admin cannot change a user of another organisation (404, as if it did not exist)', async () => {
    const reply = await org.as.admin.patch(`/api/users/${other.userIds.member}`, { roles: ['admin'] });
    expect(reply.status).toBe(404);
    expect((await other.as.member.post('/api/programmes', { title: 'Geen rechten' })).status).toBe(403);
  });
});

describe('keeping an administrator', () => {
  let small: TestOrganisation;
  beforeAll(async () => {
    small = await t.organisation('Kleine Zorg');
  });

  it('the last admin cannot remove their own admin role (409 lastAdmin)', async () => {
    const reply = await small.as.admin.patch(`/api/users/${small.userIds.admin}`, { roles: ['coordinator'] });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toBe('lastAdmin');
    expect(reply.body.fields).toEqual([{ field: 'roles', message: 'De organisatie moet minstens één actieve beheerder houden.' }]);
    expect((await small.as.admin.get('/api/auth/session')).body.user.roles).toEqual(['admin']);
  });

  it('an admin cannot deactivate themselves (409 notSelf), and nobody but an admin may deactivate the last admin', async () => {
    const self = await small.as.admin.post(`/api/users/${small.userIds.admin}/deactivate`);
    expect(self.status).toBe(409);
    expect(self.body.error).toBe('notSelf');
    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) {
      expect((await small.as[role].post(`/api/users/${small.userIds.admin}/deactivate`)).status, role).toBe(403);
    }
    expect((await small.as.admin.get('/api/users')).status).toBe(200);
  });

  it('with a second admin, the first may step down', async () => {
    expect((await small.as.admin.patch(`/api/users/${small.userIds.coordinator}`, { roles: ['admin', 'coordinator'] })).status).toBe(200);
    const reply = await small.as.admin.patch(`/api/users/${small.userIds.admin}`, { roles: ['viewer'] });
    expect(reply.status).toBe(200);
    expect((await small.as.admin.get('/api/users')).status).toBe(403);
    // Now the coordinator is the last admin and cannot step down in turn.
    expect((await small.as.coordinator.patch(`/api/users/${small.userIds.coordinator}`, { roles: ['coordinator'] })).status).toBe(409);
  });

  it('two admins demoting each other at the same moment still leave one admin', async () => {
    const pair = await t.organisation('Twee Beheerders');
    await pair.as.admin.patch(`/api/users/${pair.userIds.coordinator}`, { roles: ['admin'] });
    const replies = await Promise.all([
      pair.as.admin.patch(`/api/users/${pair.userIds.coordinator}`, { roles: ['coordinator'] }),
      pair.as.coordinator.patch(`/api/users/${pair.userIds.admin}`, { roles: ['coordinator'] }),
    ]);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    // The other is refused: as the last admin (409), or, when it came second, because its sender is no admin any more (403).
    expect([403, 409]).toContain(replies.find((r) => r.status !== 200)!.status);
    expect(await activeAdmins(pair.id)).toHaveLength(1);
  });

  it('two admins deactivating each other at the same moment still leave one admin', async () => {
    const pair = await t.organisation('Twee Beheerders Weg');
    await pair.as.admin.patch(`/api/users/${pair.userIds.coordinator}`, { roles: ['admin'] });
    const replies = await Promise.all([
      pair.as.admin.post(`/api/users/${pair.userIds.coordinator}/deactivate`),
      pair.as.coordinator.post(`/api/users/${pair.userIds.admin}/deactivate`),
    ]);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    // The other is refused: as the last admin (409), or, when it came second, because its sender was logged out (401).
    expect([401, 409]).toContain(replies.find((r) => r.status !== 200)!.status);
    expect(await activeAdmins(pair.id)).toHaveLength(1);
  });
});

describe('deactivating and reactivating', () => {
  it('deactivating a user ends all their sessions at once: their next request gets 401', async () => {
    const { id, inviteUrl } = await invite();
    const laptop = await accept(inviteUrl);
    const email = (await laptop.get('/api/auth/session')).body.user.email as string;
    const phone = await t.client().login(email, STRONG);

    const reply = await org.as.admin.post(`/api/users/${id}/deactivate`);
    expect(reply.status).toBe(200);
    expect(reply.body.user.status).toBe('deactivated');
    for (const client of [laptop, phone]) {
      const after = await client.get('/api/programmes');
      expect(after.status).toBe(401);
      expect(after.body.error).toBe('unauthenticated');
    }
    expect((await t.client().post('/api/auth/login', { email, password: STRONG })).status).toBe(401);
  });

  it('a reactivated user can log in again with their own password', async () => {
    const { id, inviteUrl } = await invite();
    const client = await accept(inviteUrl);
    const email = (await client.get('/api/auth/session')).body.user.email as string;
    await org.as.admin.post(`/api/users/${id}/deactivate`);

    const reply = await org.as.admin.post(`/api/users/${id}/reactivate`);
    expect(reply.status).toBe(200);
    expect(reply.body.user.status).toBe('active');
    expect((await t.client().post('/api/auth/login', { email, password: STRONG })).status).toBe(200);
  });

  it('an admin cannot deactivate a user of another organisation (404)', async () => {
    expect((await org.as.admin.post(`/api/users/${other.userIds.viewer}/deactivate`)).status).toBe(404);
    expect((await other.as.viewer.get('/api/programmes')).status).toBe(200);
  });
});

describe('the user list and the directory', () => {
  it("an admin's list shows every account of the organisation with its status, and nothing secret", async () => {
    const { id: invitedId } = await invite();
    const reply = await org.as.admin.get('/api/users');
    expect(reply.status).toBe(200);
    const listed = reply.body.users as { id: string; email: string; status: string }[];
    expect(listed.map((u) => u.id)).toEqual(expect.arrayContaining(Object.values(org.userIds)));
    expect(listed.find((u) => u.id === invitedId)!.status).toBe('invited');
    expect(listed.some((u) => Object.values(other.userIds).includes(u.id))).toBe(false);
    expect(JSON.stringify(listed)).not.toMatch(/passwordHash|argon2|failedLogins/);
  });

  it('the directory lists only active colleagues, only names and addresses, and coordinators may use it', async () => {
    const { id: invitedId } = await invite();
    const { id: goneId, inviteUrl } = await invite();
    await accept(inviteUrl);
    await org.as.admin.post(`/api/users/${goneId}/deactivate`);

    for (const role of ['admin', 'coordinator'] as const) {
      const reply = await org.as[role].get('/api/users/directory');
      expect(reply.status, role).toBe(200);
      const ids = (reply.body.users as { id: string }[]).map((u) => u.id);
      expect(ids).toEqual(expect.arrayContaining(Object.values(org.userIds)));
      expect(ids).not.toContain(invitedId);
      expect(ids).not.toContain(goneId);
      expect(ids.some((i) => Object.values(other.userIds).includes(i))).toBe(false);
      for (const entry of reply.body.users) expect(Object.keys(entry).sort()).toEqual(['email', 'id', 'name']);
    }
  });

  it('members, viewers and privacy officers may not see the directory or the user list', async () => {
    for (const role of ['member', 'viewer', 'privacy'] as const) {
      expect((await org.as[role].get('/api/users/directory')).status, role).toBe(403);
      expect((await org.as[role].get('/api/users')).status, role).toBe(403);
    }
    expect((await org.as.coordinator.get('/api/users')).status).toBe(403);
  });
});

describe('the audit trail of account changes', () => {
  it('every change leaves an entry with the actor and what changed', async () => {
    const { id, inviteUrl } = await invite(['viewer'], 'Audit Persoon');
    const reissued = (await org.as.admin.post(`/api/users/${id}/invitation`)).body.inviteUrl as string;
    await accept(reissued, 'Audit Persoon');
    await org.as.admin.patch(`/api/users/${id}`, { roles: ['member'] });
    await org.as.admin.post(`/api/users/${id}/deactivate`);
    await org.as.admin.post(`/api/users/${id}/reactivate`);

    const reply = await org.as.admin.get(`/api/audit?entity=user&limit=200`);
    const entries = (reply.body.entries as { entityId: string; action: string }[]).filter((e) => e.entityId === id).reverse();
    const admin = { actorId: org.userIds.admin, actorName: 'admin Zorggroep Gebruikers' };
    expect(entries.map((e) => e.action)).toEqual([
      'user.invite',
      'user.reinvite',
      'user.accept_invitation',
      'user.update',
      'user.deactivate',
      'user.reactivate',
    ]);
    expect(entries[0]).toMatchObject({ ...admin, after: { id, name: 'Audit Persoon', roles: ['viewer'], status: 'invited' } });
    expect(entries[1]).toMatchObject(admin);
    expect(entries[2]).toMatchObject({ actorId: id, actorName: 'Audit Persoon' });
    expect(entries[3]).toMatchObject({ ...admin, before: { roles: ['viewer'] }, after: { roles: ['member'] } });
    expect(entries[4]).toMatchObject({ ...admin, before: { status: 'active' }, after: { status: 'deactivated' } });
    expect(entries[5]).toMatchObject({ ...admin, before: { status: 'deactivated' }, after: { status: 'active' } });

    const text = JSON.stringify(reply.body);
    expect(text).not.toContain(tokenOf(inviteUrl));
    expect(text).not.toContain(tokenOf(reissued));
    expect(text).not.toMatch(/argon2|passwordHash|tokenHash/);
    expect(text).not.toContain(STRONG);
    expect(text).not.toContain(TEST_PASSWORD);
  });
});
