import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '#core/roles.js';
import { auditLog, sessions, users } from '#server/db/schema.js';
import { startTestApp, TEST_PASSWORD, type TestApp, type TestOrganisation } from './harness.js';

let t: TestApp;
let org: TestOrganisation;
beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Inlog');
});
afterAll(() => t.close());

const NEW_PASSWORD = 'een ander lang wachtwoord voor later';
let accounts = 0;

/** A fresh active account in the test organisation, so each test has its own failure count and sessions. */
async function account(roles: Role[] = ['member'], name = 'Test Persoon') {
  const email = `auth-${++accounts}@test.wegwijs.invalid`;
  const user = await t.database.db.transaction((tx) =>
    t.services.users.createActive(tx, { organisationId: org.id, email, name, roles, password: TEST_PASSWORD }),
  );
  return { id: user.id, email };
}

const auditFor = (entityId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));

const sessionCount = async (userId: string) => (await t.database.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

describe('logging in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site, not Secure over plain http, ending with the browser session', async () => {
    const { email } = await account();
    const reply = await t.client().post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(reply.status).toBe(200);
    const cookie = reply.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^wegwijs_session=[^;]{20,};/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).not.toMatch(/Expires|Max-Age/i);
  });

  it('answers with the user, the organisation and a CSRF token, and GET /api/auth/session says the same', async () => {
    const { id, email } = await account(['coordinator', 'privacy'], 'Petra Privacy');
    const client = t.client();
    const login = await client.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(login.body).toMatchObject({
      authenticated: true,
      user: { id, email, name: 'Petra Privacy', roles: ['coordinator', 'privacy'], locale: 'nl' },
      organisation: { id: org.id, name: 'Zorggroep Inlog', isDemo: false },
    });
    expect(login.body.csrfToken).toMatch(/^[\w-]{20,}$/);

    const session = await client.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toEqual(login.body);
    expect(JSON.stringify(session.body)).not.toMatch(/passwordHash|argon2/);
  });

  it('without a session, the session endpoint says nobody is logged in (and that set-up is done)', async () => {
    const reply = await t.client().get('/api/auth/session');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ authenticated: false, needsSetup: false });
  });

  it('does not care about capitals in the e-mail address', async () => {
    const { email } = await account();
    const reply = await t.client().post('/api/auth/login', { email: email.toUpperCase(), password: TEST_PASSWORD });
    expect(reply.status).toBe(200);
  });

  it('refuses a wrong password with 401 on the password field, in Dutch by default', async () => {
    const { email } = await account();
    const client = t.client();
    const reply = await client.post('/api/auth/login', { email, password: 'dit is niet het wachtwoord' });
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({
      error: 'invalidCredentials',
      message: 'E-mailadres of wachtwoord klopt niet.',
      fields: [{ field: 'password', message: 'E-mailadres of wachtwoord klopt niet.' }],
    });
    expect(reply.headers.get('set-cookie')).toBeNull();
    expect(client.cookie).toBeUndefined();
  });

  it('answers in English when the browser asks for English', async () => {
    const { email } = await account();
    const reply = await t.client('en').post('/api/auth/login', { email, password: 'dit is niet het wachtwoord' });
    expect(reply.status).toBe(401);
    expect(reply.body.message).toBe('E-mail address or password is incorrect.');
    expect(reply.body.fields).toEqual([{ field: 'password', message: 'E-mail address or password is incorrect.' }]);
  });

  it('gives an unknown e-mail address exactly the same answer as a wrong password, so accounts cannot be discovered', async () => {
    const { email } = await account();
    const wrongPassword = await t.client().post('/api/auth/login', { email, password: 'dit is niet het wachtwoord' });
    const unknownEmail = await t.client().post('/api/auth/login', { email: 'niemand@test.wegwijs.invalid', password: 'dit is niet het wachtwoord' });
    expect(unknownEmail.status).toBe(wrongPassword.status);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it('records a login in the audit log', async () => {
    const { id, email } = await account();
    await t.client().login(email, TEST_PASSWORD);
    const entries = await auditFor(id);
    expect(entries.map((e) => e.action)).toEqual(['auth.login']);
    expect(entries[0]).toMatchObject({ actorId: id, organisationId: org.id, entity: 'user' });
  });
});

describe('rate limit on logging in', () => {
  it('one address gets 429 after 10 attempts in a minute, even with the right password; another address can still log in', async () => {
    const { email } = await account();
    const attacker = t.client();
    for (let attempt = 1; attempt <= 10; attempt++) {
      const reply = await attacker.post('/api/auth/login', { email: `geraden-${attempt}@test.wegwijs.invalid`, password: 'raden raden raden' });
      expect(reply.status, `attempt ${attempt}`).toBe(401);
    }
    const blocked = await attacker.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ error: 'tooManyRequests', message: 'Te veel pogingen. Wacht even en probeer het opnieuw.' });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(attacker.cookie).toBeUndefined();

    expect((await t.client().post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  });
});

describe('accounts that may not log in', () => {
  it('a deactivated user cannot log in, even with the right password, and learns nothing more than "wrong"', async () => {
    const { id, email } = await account();
    expect((await org.as.admin.post(`/api/users/${id}/deactivate`)).status).toBe(200);
    const reply = await t.client().post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(reply.status).toBe(401);
    expect(reply.body.error).toBe('invalidCredentials');
  });

  it('an invited user who has not chosen a password yet cannot log in', async () => {
    const invited = await org.as.admin.post('/api/users', { email: 'nog-uitgenodigd@test.wegwijs.invalid', name: 'Nog Niet', roles: ['member'] });
    expect(invited.status).toBe(201);
    for (const password of ['x', TEST_PASSWORD]) {
      const reply = await t.client().post('/api/auth/login', { email: 'nog-uitgenodigd@test.wegwijs.invalid', password });
      expect(reply.status).toBe(401);
    }
  });
});

describe('logging out', () => {
  it('ends the session on the server: the old cookie no longer works anywhere', async () => {
    const { id, email } = await account();
    const client = await t.client().login(email, TEST_PASSWORD);
    const stolenCopy = client.clone();

    const reply = await client.post('/api/auth/logout');
    expect(reply.status).toBe(200);
    // A password session has nothing to end at an identity provider.
    expect(reply.body).toEqual({ providerLogoutUrl: null });
    expect(reply.headers.get('set-cookie')).toMatch(/^wegwijs_session=;/);
    expect(client.cookie).toBeUndefined();

    const withOldCookie = await stolenCopy.get('/api/programmes');
    expect(withOldCookie.status).toBe(401);
    expect(withOldCookie.body.error).toBe('unauthenticated');
    expect((await stolenCopy.get('/api/auth/session')).body.authenticated).toBe(false);
    expect(await sessionCount(id)).toBe(0);
    expect((await auditFor(id)).map((e) => e.action)).toContain('auth.logout');
  });

  it('logging out on one device leaves the other devices logged in', async () => {
    const { email } = await account();
    const laptop = await t.client().login(email, TEST_PASSWORD);
    const phone = await t.client().login(email, TEST_PASSWORD);
    expect((await laptop.post('/api/auth/logout')).status).toBe(200);
    expect((await phone.get('/api/programmes')).status).toBe(200);
  });

  it('logging out needs the CSRF token, so another site cannot log a user out', async () => {
    const { email } = await account();
    const client = await t.client().login(email, TEST_PASSWORD);
    const reply = await client.clone({ csrfToken: undefined }).post('/api/auth/logout');
    expect(reply.status).toBe(403);
    expect((await client.get('/api/programmes')).status).toBe(200);
  });

  it('without a session there is nothing to log out of (401)', async () => {
    expect((await t.client().post('/api/auth/logout')).status).toBe(401);
  });
});

describe('changing your password', () => {
  it('refuses a wrong current password with 400 on currentPassword', async () => {
    const { email } = await account();
    const client = await t.client().login(email, TEST_PASSWORD);
    const reply = await client.post('/api/auth/password', { currentPassword: 'niet mijn wachtwoord', newPassword: NEW_PASSWORD });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalidCredentials');
    expect(reply.body.fields).toEqual([{ field: 'currentPassword', message: 'E-mailadres of wachtwoord klopt niet.' }]);
  });

  it('refuses a weak new password and explains why, keeping the old one', async () => {
    const { email } = await account();
    const client = await t.client().login(email, TEST_PASSWORD);
    const short = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'kort1234' });
    expect(short.status).toBe(400);
    expect(short.body.error).toBe('passwordTooShort');
    expect(short.body.fields).toEqual([
      { field: 'newPassword', message: 'Kies een wachtwoord van minstens 15 tekens. Een zin van een paar woorden werkt goed.' },
    ]);

    const repetitive = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'aaaaaaaaaaaaaaaaaaaa' });
    expect(repetitive.status).toBe(400);
    expect(repetitive.body.error).toBe('passwordRepetitive');

    expect((await t.client().post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('refuses a new password built on your own name or e-mail address', async () => {
    const { email } = await account(['member'], 'Wilhelmina Vermeulen');
    const client = await t.client().login(email, TEST_PASSWORD);
    const reply = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Wilhelmina Vermeulen 1' });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('passwordPersonal');
  });

  it('after a change, other sessions of that user are logged out but the current one stays; colleagues are untouched', async () => {
    const { id, email } = await account();
    const current = await t.client().login(email, TEST_PASSWORD);
    const otherDevice = await t.client().login(email, TEST_PASSWORD);
    const colleague = await t.client().login((await account()).email, TEST_PASSWORD);

    const reply = await current.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(reply.status).toBe(204);

    expect((await current.get('/api/programmes')).status).toBe(200);
    expect((await otherDevice.get('/api/programmes')).status).toBe(401);
    expect((await colleague.get('/api/programmes')).status).toBe(200);
    expect(await sessionCount(id)).toBe(1);

    expect((await t.client().post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { email, password: NEW_PASSWORD })).status).toBe(200);

    const change = (await auditFor(id)).find((e) => e.action === 'user.password_change');
    expect(change).toMatchObject({ actorId: id, organisationId: org.id, entity: 'user', entityId: id });
    expect(JSON.stringify(change)).not.toContain(NEW_PASSWORD);
  });
});

describe('your own profile', () => {
  it('PATCH /api/auth/me changes the interface language, and the session shows it', async () => {
    const { id, email } = await account();
    const client = await t.client().login(email, TEST_PASSWORD);
    const reply = await client.patch('/api/auth/me', { locale: 'en' });
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({ id, email, locale: 'en' });
    expect((await client.get('/api/auth/session')).body.user.locale).toBe('en');

    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'user.update_profile')));
    expect(entry).toMatchObject({ actorId: id, before: { locale: 'nl' }, after: { locale: 'en' } });
  });

  it('changes your display name, trimmed', async () => {
    const { email } = await account();
    const client = await t.client().login(email, TEST_PASSWORD);
    const reply = await client.patch('/api/auth/me', { name: '  Anne de Vries  ' });
    expect(reply.status).toBe(200);
    expect(reply.body.user.name).toBe('Anne de Vries');
    expect((await client.get('/api/auth/session')).body.user.name).toBe('Anne de Vries');
  });

  it('cannot be used to give yourself roles', async () => {
    const { id, email } = await account(['member']);
    const client = await t.client().login(email, TEST_PASSWORD);
    const reply = await client.patch('/api/auth/me', { roles: ['admin'] });
    expect(reply.status).toBe(400);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(row!.roles).toEqual(['member']);
  });

  it('an unsupported language is refused', async () => {
    const { email } = await account();
    const client = await t.client().login(email, TEST_PASSWORD);
    expect((await client.patch('/api/auth/me', { locale: 'de' })).status).toBe(400);
  });

  it('needs a session', async () => {
    expect((await t.client().patch('/api/auth/me', { locale: 'en' })).status).toBe(401);
  });
});
