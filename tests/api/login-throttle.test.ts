import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE } from '#core/login-throttle.js';
import { auditLog } from '#server/db/schema.js';
import { Client, startTestApp, TEST_PASSWORD, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Password guessing is slowed down per account and client address, never by locking the account:
 * an attacker elsewhere cannot keep the owner out, not even the last administrator, and an unknown
 * e-mail address is answered as a known one. The account ceiling is 8 here instead of 100, so that
 * "under attack" takes few requests; every other setting is the real one.
 */

const CEILING = 8;
const WRONG = 'dit is niet het wachtwoord';
const LOGIN = '/api/auth/login';

let t: TestApp;
let org: TestOrganisation;
beforeAll(async () => {
  t = await startTestApp({ loginThrottle: { ...LOGIN_THROTTLE, accountCeiling: CEILING } });
  org = await t.organisation('Zorggroep Drempel');
});
afterAll(() => t.close());

let accounts = 0;
async function account() {
  const email = `drempel-${++accounts}@test.wegwijs.invalid`;
  await t.database.db.transaction((tx) =>
    t.services.users.createActive(tx, { organisationId: org.id, email, name: 'Test Persoon', roles: ['member'], password: TEST_PASSWORD }),
  );
  return email;
}

describe('wrong passwords from one address', () => {
  it('after five, that address waits (429 with Retry-After, in its language), even with the right password; then it may try again, each wait twice as long', async () => {
    const email = await account();
    const attacker = t.client('en');
    for (let attempt = 1; attempt <= 5; attempt++) expect((await attacker.post(LOGIN, { email, password: WRONG })).status, `attempt ${attempt}`).toBe(401);

    const refused = await attacker.post(LOGIN, { email, password: TEST_PASSWORD });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: 'attemptsThrottled', message: 'Too many failed attempts from this device. Wait 1 min. and then try again.' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(25);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect(refused.headers.get('set-cookie')).toBeNull();
    const dutch = await attacker.clone({ locale: 'nl' }).post(LOGIN, { email, password: TEST_PASSWORD });
    expect(dutch.body.message).toBe('Te veel mislukte pogingen vanaf dit apparaat. Wacht 1 min. en probeer het dan opnieuw.');

    // Half a minute later one more try; wrong again, the next wait is a minute.
    const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
    await expect(t.services.auth.login(email, WRONG, attacker.address, later(31))).rejects.toMatchObject({ key: 'invalidCredentials' });
    await expect(t.services.auth.login(email, TEST_PASSWORD, attacker.address, later(62))).rejects.toMatchObject({ retryAfterSeconds: 29 });
    await expect(t.services.auth.login(email, TEST_PASSWORD, attacker.address, later(92))).resolves.toMatchObject({ token: expect.any(String) });

    // Each wrong password is in the organisation's audit log; the waits are not a lock to record.
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, org.id), eq(auditLog.actorName, email)));
    expect(entries.map((e) => e.action)).toEqual(Array(6).fill('auth.login_failed'));
  });

  it('cannot keep the owner out: meanwhile the last administrator logs in at their own address', async () => {
    const attacker = t.client();
    for (let attempt = 1; attempt <= 7; attempt++) await attacker.post(LOGIN, { email: org.emails.admin, password: WRONG });
    expect((await attacker.post(LOGIN, { email: org.emails.admin, password: WRONG })).status).toBe(429);

    const owner = await t.client().post(LOGIN, { email: org.emails.admin, password: TEST_PASSWORD });
    expect(owner.status).toBe(200);
    expect(owner.body.user.roles).toContain('admin');
  });

  it('sent at the same moment, no more of them are checked than the five free ones', async () => {
    const email = await account();
    const attacker = t.client();
    const replies = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(() => attacker.post(LOGIN, { email, password: WRONG })));
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
  });
});

describe('an account under attack from many addresses', () => {
  it('after the ceiling, each further address gets one try per 15 minutes; the owner still gets in', async () => {
    const email = await account();
    for (let n = 1; n <= CEILING; n++) expect((await t.client().post(LOGIN, { email, password: WRONG })).status).toBe(401);

    const guesser = t.client();
    expect((await guesser.post(LOGIN, { email, password: WRONG })).status).toBe(401);
    const second = await guesser.post(LOGIN, { email, password: WRONG });
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(14 * 60);

    expect((await t.client().post(LOGIN, { email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('an IPv6 site (/48) is one address then: its other /64s wait as well; another site gets its one try', async () => {
    const email = await account();
    for (let n = 1; n <= CEILING; n++) await t.client().post(LOGIN, { email, password: WRONG });
    const at = (address: string) => new Client(t.url, 'nl', address);

    expect((await at('2001:db8:4801:1::1').post(LOGIN, { email, password: WRONG })).status).toBe(401);
    const sameSite = await at('2001:db8:4801:2::1').post(LOGIN, { email, password: WRONG });
    expect(sameSite.status).toBe(429);
    expect(Number(sameSite.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect((await at('2001:db8:4802:1::1').post(LOGIN, { email, password: WRONG })).status).toBe(401);
  });
});

describe('an unknown e-mail address', () => {
  it('gets the same answers as a known one, also once throttled, after as much password hashing', async () => {
    const answers = async (email: string) => {
      const client = t.client();
      const replies = [];
      const started = performance.now();
      for (let attempt = 1; attempt <= 6; attempt++) {
        const reply = await client.post(LOGIN, { email, password: WRONG });
        replies.push({ status: reply.status, body: reply.body, retryAfter: reply.headers.get('retry-after') !== null });
      }
      return { replies, ms: performance.now() - started };
    };
    const known = await answers(await account());
    const unknown = await answers('niemand-hier@test.wegwijs.invalid');
    expect(unknown.replies).toEqual(known.replies);
    expect(known.replies.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429]);
    // A coarse bound: an unknown address is checked against a dummy argon2 hash, not skipped.
    expect(unknown.ms).toBeGreaterThan(known.ms / 4);
  });
});
