import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '#build/precompress.js';
import { buildApp, LOG_REDACT } from '#server/app.js';
import { Client, startTestApp, TEST_PASSWORD, type TestApp, type TestOrganisation } from './harness.js';

let t: TestApp;
let org: TestOrganisation;
beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Platform');
});
afterAll(() => t.close());

const secret = () => randomBytes(32).toString('hex');

/** The Content-Security-Policy as a map of directive name to its value. */
function csp(header: string | null | undefined): Map<string, string> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    header!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name.toLowerCase(), values.join(' ')] as [string, string];
      }),
  );
}

function expectStrictHeaders(get: (name: string) => string | null | undefined) {
  const policy = csp(get('content-security-policy'));
  expect(policy.get('script-src')).toBe("'self'");
  expect(policy.get('script-src')).not.toContain('unsafe-inline');
  expect(policy.get('script-src')).not.toContain('unsafe-eval');
  expect(policy.get('default-src')).toBe("'self'");
  expect(policy.get('frame-ancestors')).toBe("'none'");
  expect(policy.get('object-src')).toBe("'none'");
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('x-frame-options')).toBe('DENY');
  expect(get('referrer-policy')).toBe('no-referrer');
  expect(get('server') ?? undefined).toBeUndefined();
  expect(get('x-powered-by') ?? undefined).toBeUndefined();
}

describe('security headers over plain http', () => {
  it('an API response carries a strict CSP and the other protective headers, without HSTS', async () => {
    const reply = await org.as.viewer.get('/api/programmes');
    expect(reply.status).toBe(200);
    expectStrictHeaders((name) => reply.headers.get(name));
    expect(reply.headers.get('strict-transport-security')).toBeNull();
    expect(csp(reply.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(false);
  });

  it('no API answer may be kept by a browser or proxy: signed in, public and errors alike', async () => {
    const slug = (await org.as.admin.get('/api/organisation')).body.organisation.breachSlug;
    const answers = [
      await org.as.viewer.get('/api/programmes'),
      await org.as.admin.get('/api/auth/session'),
      await org.as.admin.get('/api/organisation'),
      await org.as.privacy.get('/api/breaches'),
      await t.client().get(`/api/public/breach-report/${slug}`),
      await t.client().get('/api/bestaat-niet'),
    ];
    for (const reply of answers) expect(reply.headers.get('cache-control'), reply.headers.get('content-type') ?? '').toBe('no-store');
  });

  it('so does / and an error answer', async () => {
    for (const url of ['/', '/api/bestaat-niet']) {
      const reply = await t.client().get(url);
      expectStrictHeaders((name) => reply.headers.get(name));
      expect(reply.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

/** Big enough for the build to compress (src/build/precompress.ts). */
const APP_SCRIPT = 'export const stap = "Wegwijzer informatieveilig gedrag";\n'.repeat(300);

describe('the built web app', () => {
  let root: string;
  let web: Awaited<ReturnType<typeof buildApp>>['app'];
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'wegwijs-web-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Wegwijs</title><script type="module" src="/assets/app-1234.js"></script>');
    writeFileSync(path.join(root, 'login.html'), '<!doctype html><title>Wegwijs</title><link rel="modulepreload" href="/assets/LoginPage-1234.js">');
    writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log("wegwijs")');
    writeFileSync(path.join(root, 'assets', 'main-5678.js'), APP_SCRIPT);
    await precompressDirectory(root);
    ({ app: web } = await buildApp({ database: t.database, sessionSecret: secret(), webRoot: root }));
  });
  afterAll(async () => {
    await web.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('/ serves index.html with the strict CSP and is never cached', async () => {
    const reply = await web.inject({ method: 'GET', url: '/' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.body).toContain('<title>Wegwijs</title>');
    expectStrictHeaders((name) => reply.headers[name] as string | undefined);
    expect(reply.headers['cache-control']).toBe('no-cache');
  });

  it('client-side routes get index.html on reload; hashed assets are cached for long', async () => {
    const route = await web.inject({ method: 'GET', url: '/programmes/1234/stap/2.1' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>Wegwijs</title>');
    const asset = await web.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('/login serves login.html, which preloads the login page, with the strict CSP and never cached; other routes do without', async () => {
    for (const url of ['/login', '/login?sso=expired']) {
      const reply = await web.inject({ method: 'GET', url });
      expect(reply.statusCode).toBe(200);
      expect(reply.body).toContain('LoginPage-1234.js');
      expectStrictHeaders((name) => reply.headers[name] as string | undefined);
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
    expect((await web.inject({ method: 'GET', url: '/programmes' })).body).not.toContain('LoginPage');
  });

  it('a file the build does not have is a 404, not the app: an old tab then knows its code cannot load', async () => {
    const reply = await web.inject({ method: 'GET', url: '/assets/AuditPage-0ld0ld0l.js' });
    expect(reply.statusCode).toBe(404);
    expect(reply.body).not.toContain('<title>Wegwijs</title>');
  });

  it('a hashed asset goes as the brotli or gzip file the build made, still cached for long; raw to a client that accepts neither', async () => {
    const br = await web.inject({ method: 'GET', url: '/assets/main-5678.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(APP_SCRIPT.length / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(APP_SCRIPT);

    const gz = await web.inject({ method: 'GET', url: '/assets/main-5678.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(APP_SCRIPT);

    const raw = await web.inject({ method: 'GET', url: '/assets/main-5678.js', headers: { 'accept-encoding': 'identity' } });
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body).toBe(APP_SCRIPT);
  });

  it('unknown API routes still get a JSON 404, not the web app', async () => {
    const reply = await web.inject({ method: 'GET', url: '/api/bestaat-niet' });
    expect(reply.statusCode).toBe(404);
    expect(reply.json()).toMatchObject({ error: 'routeNotFound' });
  });
});

describe('behind https (PUBLIC_URL https://…)', () => {
  let secure: Awaited<ReturnType<typeof buildApp>>['app'];
  beforeAll(async () => {
    ({ app: secure } = await buildApp({ database: t.database, publicUrl: 'https://wegwijs.example', sessionSecret: secret() }));
  });
  afterAll(() => secure.close());

  it('sends HSTS for a year including subdomains, and asks browsers to upgrade insecure requests', async () => {
    const reply = await secure.inject({ method: 'GET', url: '/api/auth/session' });
    expect(reply.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expectStrictHeaders((name) => reply.headers[name] as string | undefined);
    expect(csp(reply.headers['content-security-policy'] as string).has('upgrade-insecure-requests')).toBe(true);
  });

  it('marks the session cookie Secure', async () => {
    const reply = await secure.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', origin: 'https://wegwijs.example' },
      payload: { email: org.emails.viewer, password: TEST_PASSWORD },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['set-cookie']).toMatch(/^wegwijs_session=[^;]+;.*;\s*Secure/i);
  });

  it('invitation links use the public address, not the address the request came in on', async () => {
    const login = await secure.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: { email: org.emails.admin, password: TEST_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const reply = await secure.inject({
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': login.json().csrfToken, host: 'evil.example' },
      payload: { email: 'via-https@test.wegwijs.invalid', name: 'Via Https', roles: ['viewer'] },
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().inviteUrl).toMatch(/^https:\/\/wegwijs\.example\/invite#token=/);
  });
});

describe('health checks', () => {
  it('/healthz answers 200 while the process runs', async () => {
    const reply = await t.client().get('/healthz');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when the database answers', async () => {
    const reply = await t.client().get('/readyz');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ready' });
  });

  it('/readyz answers 503 when the database does not, without telling why', async () => {
    const broken = { ...t.database, ping: async () => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432')) };
    const { app } = await buildApp({ database: broken, sessionSecret: secret() });
    try {
      const reply = await app.inject({ method: 'GET', url: '/readyz' });
      expect(reply.statusCode).toBe(503);
      expect(reply.json()).toEqual({ status: 'unavailable' });
      expect(reply.body).not.toContain('ECONNREFUSED');
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('unknown routes', () => {
  it('an unknown API route is a JSON 404 routeNotFound, in the asked language', async () => {
    const nl = await t.client().get('/api/bestaat-niet');
    expect(nl.status).toBe(404);
    expect(nl.headers.get('content-type')).toMatch(/^application\/json/);
    expect(nl.body).toEqual({ error: 'routeNotFound', message: 'Deze API-route bestaat niet.' });
    const en = await t.client('en').get('/api/does-not-exist');
    expect(en.body).toEqual({ error: 'routeNotFound', message: 'This API route does not exist.' });
  });

  it('a known path with an unknown method is a 404 too', async () => {
    const reply = await org.as.admin.delete('/api/audit');
    expect(reply.status).toBe(404);
    expect(reply.body.error).toBe('routeNotFound');
  });
});

describe('logs', () => {
  let lines: string[];
  let logged: Awaited<ReturnType<typeof buildApp>>['app'];
  let url: string;
  beforeAll(async () => {
    lines = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    ({ app: logged } = await buildApp({ database: t.database, sessionSecret: secret(), logger: { level: 'info', redact: LOG_REDACT, stream } }));
    await logged.listen({ port: 0, host: '127.0.0.1' });
    const address = logged.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => logged.close());

  it('a login and the requests after it leave no password, session cookie or CSRF token in the logs', async () => {
    const client = new Client(url);
    const wrong = 'een fout maar geheim wachtwoord';
    expect((await client.post('/api/auth/login', { email: org.emails.member, password: wrong })).status).toBe(401);
    await client.login(org.emails.member, TEST_PASSWORD);
    expect((await client.get('/api/programmes')).status).toBe(200);
    expect((await client.patch('/api/auth/me', { locale: 'nl' })).status).toBe(200);
    expect((await client.post('/api/auth/password', { currentPassword: wrong, newPassword: 'nog een ander geheim wachtwoord' })).status).toBe(400);

    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(6); // the requests were logged at all, one line each
    expect(text).toContain('/api/auth/login');
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(wrong);
    expect(text).not.toContain('nog een ander geheim wachtwoord');
    const token = client.cookie!.replace('wegwijs_session=', '');
    expect(token.length).toBeGreaterThan(20);
    expect(text).not.toContain(token);
    expect(text).not.toContain(client.csrfToken!);
  });

  it('an invitation token in the URL is not written to the logs', async () => {
    // Invited through this app, whose secret keys the token.
    const admin = await new Client(url).login(org.emails.admin, TEST_PASSWORD);
    const invited = await admin.post('/api/users', { email: 'log-uitnodiging@test.wegwijs.invalid', name: 'Log Genodigde', roles: ['viewer'] });
    const token = new URL(invited.body.inviteUrl).hash.replace('#token=', '');
    const reply = await new Client(url).get(`/api/invitations/${token}`);
    expect(reply.status).toBe(200);
    const text = lines.join('\n');
    expect(text).toContain('/api/invitations/[token]');
    expect(text).not.toContain(token);
  });
});
