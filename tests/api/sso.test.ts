import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisationSso, sessions, users } from '../../src/server/db/schema.js';
import { Client, nextAddress, startTestApp, TEST_PASSWORD, type TestApp, type TestOrganisation } from './harness.js';
import { RedirectBrowser, startOidcProvider, type TestIdentity } from './oidc-provider.js';

let t: TestApp;
let idp: Awaited<ReturnType<typeof startOidcProvider>>;
let A: TestOrganisation;
let B: TestOrganisation;
let serial = 0;

const CLIENTS = {
  noord: { clientId: 'wegwijs-noord', clientSecret: 'geheim-van-noord-dat-niemand-ziet' },
  zuid: { clientId: 'wegwijs-zuid', clientSecret: 'geheim-van-zuid-dat-niemand-ziet' },
};

const settings = (loginName: keyof typeof CLIENTS | string, client = CLIENTS.noord, changes: Record<string, unknown> = {}) => ({
  enabled: true,
  loginName,
  issuer: idp.issuer,
  clientId: client.clientId,
  clientSecret: client.clientSecret,
  defaultRole: 'viewer',
  groupClaim: 'groups',
  groupRoles: [
    { group: 'wegwijs-coordinatoren', role: 'coordinator' },
    { group: 'privacy-team', role: 'privacy' },
  ],
  ssoOnly: false,
  logoutAtProvider: true,
  ...changes,
});

beforeAll(async () => {
  t = await startTestApp();
  idp = await startOidcProvider(`${t.url}/api/auth/sso/callback`, Object.values(CLIENTS));
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
  expect((await A.as.admin.put('/api/organisation/sso', settings('noord'))).status).toBe(200);
  expect((await B.as.admin.put('/api/organisation/sso', settings('zuid', CLIENTS.zuid))).status).toBe(200);
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

const person = (groups: string[] = [], changes: Partial<TestIdentity> = {}): TestIdentity => {
  const n = ++serial;
  return { sub: `medewerker-${n}`, email: `medewerker-${n}@noord.test`, email_verified: true, name: `Medewerker ${n}`, groups, ...changes };
};

const backInApp = (next: URL) => next.origin === t.url && !next.pathname.startsWith('/api/');

/**
 * Logs in through the provider as a browser would: start, provider, callback, back in the app.
 * Answers where the app sent the browser and an API client with the session it got (if any).
 */
async function ssoLogin(loginName: string, identity: TestIdentity, rewrite?: (next: URL) => URL, browser = new RedirectBrowser(nextAddress()), provider = idp) {
  provider.loginAs(identity);
  const { url } = await browser.follow(`${t.url}/api/auth/sso/${loginName}/start`, { stopAt: backInApp, rewrite });
  const client = new Client(t.url);
  const session = browser.cookies(t.url).get('wegwijs_session');
  if (session) client.cookie = `wegwijs_session=${session}`;
  const body = (await client.get('/api/auth/session')).body;
  client.csrfToken = body.csrfToken;
  return { location: new URL(url), client, session: body };
}

const userByEmail = async (email: string) => (await t.database.db.select().from(users).where(eq(users.email, email)))[0];
const auditActions = async (entityId: string) =>
  (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId))).map((e) => e.action);

describe('logging in with the organisation account', () => {
  it('the first login creates the account in the organisation with the default role plus the roles its groups map to', async () => {
    const alice = person(['wegwijs-coordinatoren', 'kantine']);
    const { location, session } = await ssoLogin('noord', alice);

    expect(location.pathname).toBe('/');
    expect(session).toMatchObject({
      authenticated: true,
      user: { email: alice.email, name: alice.name, roles: ['viewer', 'coordinator'] },
      organisation: { id: A.id },
    });
    const row = await userByEmail(alice.email!);
    expect(row).toMatchObject({ organisationId: A.id, status: 'active', passwordHash: null });
    expect(await auditActions(row!.id)).toEqual(['user.sso_create', 'auth.sso_login']);
  });

  it('a later login finds the same account and takes its roles from the groups again', async () => {
    const bob = person(['wegwijs-coordinatoren']);
    const first = await ssoLogin('noord', bob);
    expect(first.session.user.roles).toEqual(['viewer', 'coordinator']);

    const second = await ssoLogin('noord', { ...bob, groups: ['privacy-team'], email: 'ander-adres@noord.test' });
    expect(second.session.user).toMatchObject({ id: first.session.user.id, email: bob.email, roles: ['viewer', 'privacy'] });
    expect(await auditActions(first.session.user.id)).toEqual(['user.sso_create', 'auth.sso_login', 'user.sso_roles', 'auth.sso_login']);
  });

  it('an existing account of the organisation with the same address is used, not duplicated', async () => {
    const { status, body } = await A.as.admin.post('/api/users', { email: `uitgenodigd-${++serial}@noord.test`, name: 'Uitgenodigd', roles: ['member'] });
    expect(status).toBe(201);
    const { session } = await ssoLogin('noord', person([], { email: body.user.email }));
    expect(session.user).toMatchObject({ id: body.user.id, roles: ['viewer'] });
    expect((await userByEmail(body.user.email))!.status).toBe('active');
  });

  it('a deactivated account cannot log in through the provider either', async () => {
    const carla = person();
    const { session } = await ssoLogin('noord', carla);
    expect((await A.as.admin.post(`/api/users/${session.user.id}/deactivate`)).status).toBe(200);
    const again = await ssoLogin('noord', carla);
    expect(again.location.search).toBe('?sso=deactivated');
    expect(again.session.authenticated).toBe(false);
  });

  it('a provider that gives no e-mail address is refused', async () => {
    const { location, session } = await ssoLogin('noord', person([], { email: undefined }));
    expect(location.search).toBe('?sso=noEmail');
    expect(session.authenticated).toBe(false);
  });

  it('an unknown login name ends on the login page with an explanation', async () => {
    const { location } = await ssoLogin('bestaat-niet', person());
    expect(location.pathname + location.search).toBe('/login?sso=unknown');
  });
});

describe('the round trip is checked', () => {
  it('a changed state is refused and makes nobody', async () => {
    const dave = person();
    const { location, session } = await ssoLogin('noord', dave, (next) => {
      if (next.pathname === '/api/auth/sso/callback') next.searchParams.set('state', 'vervalst');
      return next;
    });
    expect(location.search).toBe('?sso=refused');
    expect(session.authenticated).toBe(false);
    expect(await userByEmail(dave.email!)).toBeUndefined();
  });

  it('an ID token with another nonce than the one sent is refused', async () => {
    const erik = person();
    const { location, session } = await ssoLogin('noord', erik, (next) => {
      if (next.origin === idp.issuer && next.pathname === '/auth') next.searchParams.set('nonce', 'een-andere-nonce');
      return next;
    });
    expect(location.search).toBe('?sso=refused');
    expect(session.authenticated).toBe(false);
    expect(await userByEmail(erik.email!)).toBeUndefined();
  });

  it('the answer is refused in a browser that did not start the login (no pending-login cookie)', async () => {
    const fenna = person();
    idp.loginAs(fenna);
    const { url } = await new RedirectBrowser().follow(`${t.url}/api/auth/sso/noord/start`, { stopAt: (next) => next.pathname === '/api/auth/sso/callback' });
    const other = new RedirectBrowser();
    const reply = await other.step(url);
    expect(reply.headers.get('location')).toBe('/login?sso=expired');
    expect(other.cookies(t.url).has('wegwijs_session')).toBe(false);
  });
});

describe('password login in an organisation that uses single sign-on only', () => {
  it('refuses password login for everyone but administrators, who keep it as break-glass access', async () => {
    const oost = await t.organisation('Zorggroep Oost');
    expect((await oost.as.admin.put('/api/organisation/sso', settings('oost', CLIENTS.noord, { ssoOnly: true }))).status).toBe(200);

    for (const role of ['coordinator', 'member', 'viewer', 'privacy'] as const) {
      const reply = await t.client().post('/api/auth/login', { email: oost.emails[role], password: TEST_PASSWORD });
      expect(reply.status, role).toBe(403);
      expect(reply.body.error).toBe('passwordLoginDisabled');
      expect(reply.headers.get('set-cookie')).toBeNull();
    }
    expect((await t.client().post('/api/auth/login', { email: oost.emails.admin, password: TEST_PASSWORD })).status).toBe(200);
    // A wrong password is still just wrong: the answer does not reveal that the organisation uses SSO.
    const wrong = await t.client().post('/api/auth/login', { email: oost.emails.member, password: 'niet het wachtwoord hoor' });
    expect(wrong.body.error).toBe('invalidCredentials');
    // The other organisations are not affected.
    expect((await t.client().post('/api/auth/login', { email: A.emails.member, password: TEST_PASSWORD })).status).toBe(200);
  });
});

describe('organisations stay apart', () => {
  it("organisation A's provider cannot log in (or change) an account of organisation B", async () => {
    const before = await userByEmail(B.emails.member);
    const { location, session } = await ssoLogin('noord', person(['privacy-team'], { email: B.emails.member }));
    expect(location.search).toBe('?sso=otherOrganisation');
    expect(session.authenticated).toBe(false);
    expect(await userByEmail(B.emails.member)).toEqual(before);
  });

  it("a login started for organisation B cannot be completed with organisation A's answer", async () => {
    const gerda = person();
    idp.loginAs(gerda);
    const atCallback = (next: URL) => next.pathname === '/api/auth/sso/callback';
    const answerForA = await new RedirectBrowser().follow(`${t.url}/api/auth/sso/noord/start`, { stopAt: atCallback });
    const browserForB = new RedirectBrowser();
    await browserForB.follow(`${t.url}/api/auth/sso/zuid/start`, { stopAt: atCallback });

    const reply = await browserForB.step(answerForA.url);
    expect(reply.headers.get('location')).toBe('/login?sso=refused');
    expect(browserForB.cookies(t.url).has('wegwijs_session')).toBe(false);
    expect(await userByEmail(gerda.email!)).toBeUndefined();
  });

  it('the start link also works with the organisation id, and names only that organisation', async () => {
    const { session } = await ssoLogin(B.id, person(['wegwijs-coordinatoren'], { email: `zuid-${++serial}@zuid.test` }));
    expect(session.organisation.id).toBe(B.id);
  });
});

describe('the settings', () => {
  it('never show the client secret, and keep it when it is left out', async () => {
    const reply = await A.as.admin.get('/api/organisation/sso');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ sso: { loginName: 'noord', clientId: CLIENTS.noord.clientId, clientSecretSet: true }, callbackUrl: `${t.url}/api/auth/sso/callback` });
    expect(JSON.stringify(reply.body)).not.toContain(CLIENTS.noord.clientSecret);

    const { clientSecret: _, ...withoutSecret } = settings('noord', CLIENTS.noord, { defaultRole: 'member' });
    const saved = await A.as.admin.put('/api/organisation/sso', withoutSecret);
    expect(saved.status).toBe(200);
    expect((await ssoLogin('noord', person())).session.user.roles).toEqual(['member']);

    const [row] = await t.database.db.select().from(organisationSso).where(eq(organisationSso.organisationId, A.id));
    expect(row!.clientSecretSealed).not.toContain(CLIENTS.noord.clientSecret);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'organisation.sso_update'));
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audit)).not.toContain(CLIENTS.noord.clientSecret);
  });

  it('a first configuration needs the client secret', async () => {
    const west = await t.organisation('Zorggroep West');
    const { clientSecret: _, ...withoutSecret } = settings('west');
    const reply = await west.as.admin.put('/api/organisation/sso', withoutSecret);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('ssoClientSecretRequired');
  });

  it('a login name is one organisation’s only', async () => {
    const reply = await B.as.admin.put('/api/organisation/sso', settings('noord', CLIENTS.zuid));
    expect(reply.status).toBe(409);
    expect(reply.body.error).toBe('ssoLoginNameTaken');
  });

  it('an issuer over plain http elsewhere than this computer is refused', async () => {
    const reply = await A.as.admin.put('/api/organisation/sso', settings('noord', CLIENTS.noord, { issuer: 'http://login.example.org' }));
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toEqual([{ field: 'issuer', message: expect.stringContaining('https') }]);
  });
});

describe('logging out at the provider too (shared computers)', () => {
  /** Logs in through the provider and tells whether the provider asked who it is (its login interaction) or let the browser straight through. */
  async function loginAsking(loginName: string, identity: TestIdentity, browser: RedirectBrowser, provider = idp) {
    let asked = false;
    const login = await ssoLogin(loginName, identity, (next) => ((asked ||= next.pathname.startsWith('/interaction/')), next), browser, provider);
    expect(login.session.authenticated).toBe(true);
    return { ...login, asked };
  }

  const logout = async (client: Client) => {
    const reply = await client.post('/api/auth/logout');
    expect(reply.status).toBe(200);
    // The session here is over whatever the provider part answers.
    expect((await client.get('/api/programmes')).status).toBe(401);
    return reply.body.providerLogoutUrl as string | null;
  };

  it('after a single sign-on, logout answers the provider logout address; confirming there ends the provider session, so the next login asks again', async () => {
    const browser = new RedirectBrowser(nextAddress());
    const hanna = person();
    expect((await loginAsking('noord', hanna, browser)).asked).toBe(true);
    // The problem on a shared computer: the provider still knows the browser and lets the next login straight through.
    const again = await loginAsking('noord', hanna, browser);
    expect(again.asked).toBe(false);
    const idToken = idp.lastIdToken()!;

    const url = new URL((await logout(again.client))!);
    const discovery = await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json();
    expect(url.origin + url.pathname).toBe(discovery.end_session_endpoint);
    expect(url.searchParams.get('id_token_hint')).toBe(idToken);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${t.url}/login`);
    expect(url.searchParams.get('client_id')).toBe(CLIENTS.noord.clientId);
    expect((await again.client.get('/api/auth/session')).body.authenticated).toBe(false);

    // The provider asks for confirmation with a form (and its xsrf field), then sends the browser to our login page.
    const page = await browser.step(url.href);
    expect(page.status).toBe(200);
    const html = await page.text();
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const confirmed = await browser.step(new URL(action, url).href, { xsrf, logout: 'yes' });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`${t.url}/login`);

    // The next person at this browser is asked who they are.
    const next = await loginAsking('noord', hanna, browser);
    expect(next.asked).toBe(true);
  });

  it('stores the ID token sealed, only for sessions opened by single sign-on', async () => {
    const { session } = await ssoLogin('noord', person());
    const idToken = idp.lastIdToken()!;
    const [row] = await t.database.db.select().from(sessions).where(eq(sessions.userId, session.user.id));
    expect(row!.ssoIdTokenSealed).toBeTruthy();
    for (const part of idToken.split('.')) expect(row!.ssoIdTokenSealed).not.toContain(part);

    const password = await t.client().login(A.emails.member, TEST_PASSWORD);
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.userId, (await password.get('/api/auth/session')).body.user.id));
    expect(rows.map((r) => r.ssoIdTokenSealed)).toEqual(rows.map(() => null));
  });

  it('answers no provider address after a password login, or when the organisation turned it off', async () => {
    expect(await logout(await t.client().login(A.emails.viewer, TEST_PASSWORD))).toBeNull();

    const noord2 = await t.organisation('Zorggroep Noord 2');
    const saved = await noord2.as.admin.put('/api/organisation/sso', settings('noord-twee', CLIENTS.noord, { logoutAtProvider: false }));
    expect(saved.body).toMatchObject({ sso: { logoutAtProvider: false }, postLogoutRedirectUri: `${t.url}/login` });
    const { client } = await ssoLogin('noord-twee', person());
    expect(await logout(client)).toBeNull();
  });

  it('sends no logout to a provider that did not issue the session’s token (the issuer changed since the login)', async () => {
    const earlier = await startOidcProvider(`${t.url}/api/auth/sso/callback`, [CLIENTS.noord]);
    try {
      const noord4 = await t.organisation('Zorggroep Noord 4');
      expect((await noord4.as.admin.put('/api/organisation/sso', { ...settings('noord-vier'), issuer: earlier.issuer })).status).toBe(200);
      const before = await ssoLogin('noord-vier', person(), undefined, undefined, earlier);
      expect((await noord4.as.admin.put('/api/organisation/sso', { ...settings('noord-vier'), issuer: idp.issuer })).status).toBe(200);
      expect(await logout(before.client)).toBeNull();

      // A login at the provider now configured does get its logout address.
      const after = await ssoLogin('noord-vier', person());
      expect(new URL((await logout(after.client))!).searchParams.get('id_token_hint')).toBe(idp.lastIdToken());
    } finally {
      await earlier.close();
    }
  });

  it('answers none for a provider without end_session_endpoint, or one that cannot be reached', async () => {
    const plain = await startOidcProvider(`${t.url}/api/auth/sso/callback`, [CLIENTS.noord], { endSession: false });
    try {
      const noord3 = await t.organisation('Zorggroep Noord 3');
      expect((await noord3.as.admin.put('/api/organisation/sso', { ...settings('noord-drie'), issuer: plain.issuer })).status).toBe(200);
      const first = await ssoLogin('noord-drie', person(), undefined, undefined, plain);
      expect(await logout(first.client)).toBeNull();

      // The provider moved after the login (a new discovery is needed) and is not there: the logout here still works.
      const second = await ssoLogin('noord-drie', person(), undefined, undefined, plain);
      expect((await noord3.as.admin.put('/api/organisation/sso', { ...settings('noord-drie'), issuer: 'http://127.0.0.1:9' })).status).toBe(200);
      expect(await logout(second.client)).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
