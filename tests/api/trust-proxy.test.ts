import { createServer, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Behind a real reverse proxy, as docs/operations.md sets it up (TRUST_PROXY=1, the harness's
 * setting): a small proxy on loopback that appends the address it sees to X-Forwarded-For, as
 * nginx's $proxy_add_x_forwarded_for does. A client that forges X-Forwarded-For, a new address
 * for every request, is still one client to the per-address limits.
 */

let t: TestApp;
let org: TestOrganisation;
let proxy: Server;
let proxyUrl: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Achter Proxy');
  const upstream = new URL(t.url);
  proxy = createServer((incoming, outgoing) => {
    const forwarded = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ');
    const forwardedRequest = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': forwarded },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(forwardedRequest);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await t.close();
});

let forged = 0;
/** A client through the proxy that claims another X-Forwarded-For address on every request. */
const forging = () => new Client(proxyUrl, 'nl', `203.0.113.${++forged % 250}`);

describe('a client that forges X-Forwarded-For through the proxy', () => {
  it('still gets 429 after 10 logins a minute', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const reply = await forging().post('/api/auth/login', { email: `geraden-${attempt}@test.wegwijs.invalid`, password: 'raden raden raden' });
      expect(reply.status, `attempt ${attempt}`).toBe(401);
    }
    const blocked = await forging().post('/api/auth/login', { email: org.emails.member, password: 'raden raden raden' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('tooManyRequests');
  });

  it('still gets 429 after 10 breach reports in 15 minutes', async () => {
    const slug = (await org.as.admin.get('/api/organisation')).body.organisation.breachSlug;
    const report = {
      isBreach: 'unsure',
      whatHappened: 'Een lijst met namen is naar de verkeerde ontvanger gestuurd.',
      incidentKind: 'emailWrongRecipient',
      noticedAt: '2026-03-28T10:00:00+01:00',
      dataKinds: ['namesAddresses'],
      peopleBand: 'upTo10',
      ongoing: 'no',
    };
    for (let n = 1; n <= 10; n++) expect((await forging().post(`/api/public/breach-report/${slug}`, report)).status, `report ${n}`).toBe(201);
    const blocked = await forging().post(`/api/public/breach-report/${slug}`, report);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('tooManyRequests');
  });
});
