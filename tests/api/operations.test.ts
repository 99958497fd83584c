import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.js';
import { SAMPLE_EVERY } from '#server/http/access-log.js';
import { openSurvey, startProgramme } from '../fixtures.js';
import { Client, startTestApp, TEST_PASSWORD, type TestApp } from './harness.js';

/** Running in production: readiness while shutting down, graceful close, request ids in the logs. */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const secret = () => randomBytes(32).toString('hex');
const urlOf = (app: Awaited<ReturnType<typeof buildApp>>['app']) => {
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
};

describe('shutting down', () => {
  it('/readyz answers 503 once draining starts, while other requests are still served', async () => {
    const { app, startDraining } = await buildApp({ database: t.database, sessionSecret: secret() });
    try {
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      startDraining();
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'draining' });
      expect((await app.inject({ method: 'GET', url: '/api/setup/status' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('close() lets a request under way finish, and only then resolves', async () => {
    const { app } = await buildApp({ database: t.database, sessionSecret: secret() });
    let release!: () => void;
    const started = new Promise<void>((resolveStarted) => {
      // Test-only route: answers when the test says so.
      app.get('/test/slow', async () => {
        resolveStarted();
        await new Promise<void>((r) => (release = r));
        return { done: true };
      });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = urlOf(app);

    const slow = fetch(`${url}/test/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await started;
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(closed).toBe(false); // still waiting for the request
    await expect(fetch(`${url}/healthz`)).rejects.toThrow(); // no new connections
    release();
    expect(await slow).toEqual({ status: 200, body: { done: true } });
    await closing;
    expect(closed).toBe(true);
  });
});

describe('structured logs', () => {
  let lines: Record<string, any>[];
  let app: Awaited<ReturnType<typeof buildApp>>['app'];
  let url: string;
  beforeAll(async () => {
    lines = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(
          ...String(chunk)
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
        );
        done();
      },
    });
    ({ app } = await buildApp({ database: t.database, sessionSecret: secret(), trustProxy: 1, logger: { level: 'info', stream } }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = urlOf(app);
  });
  afterAll(() => app.close());

  it('are JSON lines, each request with its id (the proxy’s X-Request-Id kept, else a fresh one) and no headers or bodies', async () => {
    const org = await t.organisation('Zorggroep Logboek');
    const client = new Client(url);
    await client.login(org.emails.member, TEST_PASSWORD);
    const fromProxy = await client.request('GET', '/api/auth/me', undefined, { 'x-request-id': 'proxy-abc.123' });
    expect(fromProxy.headers.get('x-request-id')).toBe('proxy-abc.123');
    const odd = await client.request('GET', '/api/auth/me', undefined, { 'x-request-id': 'x'.repeat(65) });
    const fresh = odd.headers.get('x-request-id')!;
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);

    const requestLines = lines.filter((l) => l.req || l.res);
    expect(requestLines.length).toBeGreaterThanOrEqual(3);
    expect(requestLines.every((l) => typeof l.reqId === 'string' && l.reqId.length > 0)).toBe(true);
    expect(requestLines.filter((l) => l.reqId === 'proxy-abc.123')).toHaveLength(1); // one line, when answered
    expect(requestLines.filter((l) => l.reqId === fresh)).toHaveLength(1);
    expect(requestLines.every((l) => !('headers' in (l.req ?? {})) && !('body' in (l.req ?? {})))).toBe(true);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(client.cookie!.replace('wegwijs_session=', ''));
  });

  it('public answers, and opening the questions, are logged one in a hundred, as method, route pattern, status and time only; a refused one always, without its body or link', async () => {
    const org = await t.organisation('Zorggroep Stille Log');
    const programmeId = await startProgramme(org.as.coordinator, 'Log');
    const definition = {
      behaviour: 'melden',
      intro: { nl: '', en: '' },
      scale: 5,
      items: [{ id: 'i1', factor: 'C-psy', text: { nl: 'Ik weet het.', en: '' }, bankId: null }],
      groups: [],
    };
    const { publicSlug } = await openSurvey(org.as.coordinator, programmeId, { title: 'Log', definition });
    const route = 'POST /api/public/surveys/:slug/responses';
    const anonymous = new Client(url);
    const before = lines.length;
    // Opening the questions just before answering leaves no link or address either.
    expect((await anonymous.get(`/api/public/surveys/${publicSlug}`)).status).toBe(200);
    for (let i = 0; i < SAMPLE_EVERY; i++)
      expect((await anonymous.post(`/api/public/surveys/${publicSlug}/responses`, { answers: { i1: 4 } })).status).toBe(201);
    const token = 'geheim-uitnodigingstoken-1234';
    const refused = await anonymous.post(`/api/public/surveys/${publicSlug}/responses`, { token, answers: { i1: 'vijf' } });
    expect(refused.status).toBe(400);

    const answerLines = lines.slice(before).filter((l) => l.route === route);
    expect(answerLines.map((l) => [l.res.statusCode, l.sampled])).toEqual([
      [201, SAMPLE_EVERY],
      [refused.status, undefined],
    ]);
    for (const l of answerLines) {
      expect(Object.keys(l).sort()).toEqual(
        ['hostname', 'level', 'msg', 'pid', 'reqId', 'res', 'responseTime', 'route', 'time', ...(l.sampled ? ['sampled'] : [])].sort(),
      );
      expect(Object.keys(l.res)).toEqual(['statusCode']);
    }
    const text = JSON.stringify(lines.slice(before));
    expect(text).not.toContain(publicSlug);
    expect(text).not.toContain(token);
    expect(text).not.toContain('vijf');
    expect(text).not.toContain('127.0.0.1');
  });
});
