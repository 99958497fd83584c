import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

/**
 * A query that fails on the real database during a request must not put what the request sent
 * into the log (OWASP ASVS 4.0.3 V7.1.2): the failed insert's parameters, PostgreSQL's detail
 * ("Failing row contains …") and drizzle's message all quote the breach reporter's contact
 * details and account, and the error line's request id leads to the access line with the address.
 */

/** Every line the app logs, as pino writes it. */
const logged: string[] = [];
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ logger: { level: 'info', stream: { write: (line: string) => void logged.push(line) } } });
});
afterAll(() => t?.close());

it('a failing query logs the error class, SQLSTATE, constraint and route, but neither parameters nor body', async () => {
  const organisation = await t.database.db.transaction((tx) => t.services.organisations.create(tx, { name: 'Zorggroep Loglek' }));
  // The database refuses every new breach, as a bug or a half-applied migration could make it do.
  await t.database.db.execute(sql.raw('alter table breaches add constraint refuse_every_breach check (false) not valid'));
  const marker = randomBytes(6).toString('hex');
  const secrets = {
    email: `melder.${marker}@zorg.test`,
    name: `Melder ${marker}`,
    story: `Dossier ${marker} lag in de trein.`,
  };
  const reply = await t.client('en').post(`/api/public/breach-report/${organisation.breachSlug}`, {
    isBreach: 'yes',
    whatHappened: secrets.story,
    incidentKind: 'lostOrStolen',
    happenedAt: '2026-03-28T09:15:00+01:00',
    noticedAt: '2026-03-28T10:00:00+01:00',
    dataKinds: ['health'],
    peopleBand: 'one',
    ongoing: 'no',
    actionsTaken: '',
    department: 'Thuiszorg',
    contact: { name: secrets.name, phone: '06 12345678', email: secrets.email },
  });

  expect(reply.status).toBe(500);
  expect(reply.body).toEqual({ error: 'internal', message: 'Something went wrong on our side. Please try again later.' });
  const log = logged.join('');
  for (const secret of [...Object.values(secrets), marker]) expect(log).not.toContain(secret);

  const lines = logged.map((line) => JSON.parse(line));
  const requestId = reply.headers.get('x-request-id');
  // What the operator does get: enough to find the cause.
  expect(lines.find((line) => line.reqId === requestId && line.level === 50)).toMatchObject({
    msg: 'unhandled error',
    route: '/api/public/breach-report/:slug',
    err: {
      type: 'DrizzleQueryError',
      message: '[not logged]',
      stack: expect.stringMatching(/^at /),
      cause: { type: 'DatabaseError', code: '23514', constraint: 'refuse_every_breach', table: 'breaches' },
    },
  });
  // The same request id is on the access line, with the client's address.
  expect(lines.find((line) => line.reqId === requestId && line.req)?.req.remoteAddress).toMatch(/^10\./);
});
