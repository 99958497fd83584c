import net from 'node:net';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTimeouts } from '#server/config.js';
import { isDatabaseUnavailable } from '#server/db/errors.js';
import { openSurvey, startProgramme } from '../fixtures.js';
import { startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * A PostgreSQL server that accepts connections but no longer answers, or whose connections die,
 * must not hang requests or the pool: /readyz and the API answer 503 within a bound while
 * /healthz stays 200, and once the server is back the same instance serves again. Only for
 * PostgreSQL (PGlite has no network): it runs wherever a server answers at DATABASE_URL or
 * 127.0.0.1:5432, through a TCP proxy this test controls, on a database of its own.
 */

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/**
 * Small, so the test is quick (the client's own query timeout comes out at 500 ms); connecting gets
 * a little more, as ten new connections at once take a while on a busy machine.
 */
const TIMEOUTS: DatabaseTimeouts = { connectMs: 1_000, statementMs: 400, idleMs: 10_000, pingMs: 300 };
/** How long an answer may take while the database is frozen: the timeouts above plus a loaded machine's slack. */
const BOUND_MS = 3_000;
/** The pool's size (db/client.ts): as many requests at once each need a connection of their own. */
const POOL_SIZE = 10;

async function serverAnswers(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
const available = await serverAnswers(SERVER);
if (!available) console.warn(`database-timeouts.test.ts skipped: no PostgreSQL server answers at ${new URL(SERVER).host}`);

/** A TCP proxy that can freeze (accept, forward nothing), kill every connection, and resume. */
async function startProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let frozen = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on('data', (chunk) => to.write(chunk));
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
      from.on('error', () => undefined);
      if (frozen) from.pause();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  return {
    url: url.toString(),
    freeze() {
      frozen = true;
      for (const socket of sockets) socket.pause();
    },
    killAll() {
      for (const socket of sockets) socket.destroy();
    },
    resume() {
      frozen = false;
      for (const socket of sockets) socket.resume();
    },
    close() {
      this.killAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The answer and how long it took; a request still unanswered after 5 s fails the test rather than hang it. */
async function timed<T>(request: Promise<T>): Promise<T & { ms: number }> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within 5 s: the request hangs')), 5_000);
  });
  const reply = await Promise.race([request, hang]).finally(() => clearTimeout(timer));
  return { ...reply, ms: performance.now() - start };
}

describe.skipIf(!available)('PostgreSQL that stops answering, behind a proxy', () => {
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let t: TestApp;
  let org: TestOrganisation;
  let anonymous: Client;

  beforeAll(async () => {
    proxy = await startProxy(new URL(SERVER));
    t = await startTestApp({ database: { server: proxy.url, timeouts: TIMEOUTS } });
    org = await t.organisation('Zorggroep Stilstand');
    anonymous = t.client();
  });
  afterAll(async () => {
    proxy?.resume();
    await t?.close();
    await proxy?.close();
  });

  /** Every place in the pool taken by a connection made before the freeze (each sleeps a moment, so none is reused). */
  const fillPool = () => Promise.all(Array.from({ length: POOL_SIZE }, () => t.database.db.execute(sql`select pg_sleep(0.05)`)));
  /** As many API requests at once as the pool has places: each fails if a dead connection still holds one. */
  const allPlaces = () => Promise.all(Array.from({ length: POOL_SIZE }, () => timed(org.as.admin.get('/api/organisation'))));

  it('frozen: /readyz and the API answer 503 within the bound, in the user’s language; /healthz stays 200', async () => {
    expect((await anonymous.get('/readyz')).status).toBe(200);
    await fillPool();
    proxy.freeze();

    const [ready, nl, en, health] = await Promise.all([
      timed(anonymous.get('/readyz')),
      timed(org.as.admin.get('/api/organisation')),
      timed(org.as.coordinator.clone({ locale: 'en' }).get('/api/organisation')),
      timed(anonymous.get('/healthz')),
    ]);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(BOUND_MS);
    expect(health.status).toBe(200);
    for (const reply of [nl, en]) {
      expect(reply.status, JSON.stringify(reply.body)).toBe(503);
      expect(reply.ms).toBeLessThan(BOUND_MS);
      expect(reply.headers.get('retry-after')).toBe('5');
      expect(reply.body.error).toBe('databaseUnavailable');
    }
    expect(nl.body.message).toBe('Wegwijs kan even niet bij zijn gegevens. Probeer het over een paar seconden opnieuw.');
    expect(en.body.message).toBe('Wegwijs cannot reach its data right now. Please try again in a few seconds.');
  });

  it('anonymous answers arriving while frozen, however many, are refused 503 within the bound; once the server answers they are stored', async () => {
    proxy.resume();
    const programme = await startProgramme(org.as.coordinator, 'Stilstand');
    const definition = {
      behaviour: 'x',
      intro: { nl: 'Kort.', en: '' },
      scale: 5,
      items: [{ id: 'i1', factor: null, text: { nl: 'Stelling.', en: '' }, bankId: null }],
      groups: [],
    };
    const { id, publicSlug } = await openSurvey(org.as.coordinator, programme, { title: 'Stilstand', definition });
    const submit = () => t.services.surveyResponses.submit(publicSlug, { answers: { i1: 3 } });
    await submit(); // the survey's questions are now kept in memory: what follows needs only the insert
    await fillPool();
    proxy.freeze();
    // Written 200 to a statement, two at a time: without a bound on the wait in the queue, the last
    // of 3,000 would wait for eight rounds of timeouts.
    const outcome = await timed(Promise.allSettled(Array.from({ length: 3_000 }, submit)).then((results) => ({ results })));
    expect(outcome.ms).toBeLessThan(BOUND_MS);
    for (const result of outcome.results) {
      expect(result.status).toBe('rejected');
      expect(isDatabaseUnavailable((result as PromiseRejectedResult).reason)).toBe(true);
    }
    proxy.resume();
    await submit();
    // A statement sent just before the freeze is carried out when the server reads it after all:
    // its 200 answers are stored though they were refused (as a lone answer's insert could be
    // before). Never the other way round.
    const stored = await t.database.db.execute(sql`select count(*)::int as n from survey_responses where survey_id = ${id}`);
    expect([2, 202, 402]).toContain((stored as unknown as { rows: { n: number }[] }).rows[0]!.n);
  });

  it('transactions on connections that went quiet fail within the bound, and the pool serves again once the server answers', async () => {
    proxy.resume();
    await fillPool();
    proxy.freeze();
    // Each BEGIN goes to one of the quiet connections; drizzle would keep such a one checked out for good.
    const transactions = await timed(
      Promise.allSettled(Array.from({ length: POOL_SIZE }, () => t.database.db.transaction((tx) => tx.execute(sql`select 1`)))).then((results) => ({
        results,
      })),
    );
    expect(transactions.ms).toBeLessThan(BOUND_MS);
    for (const result of transactions.results) {
      expect(result.status).toBe('rejected');
      expect(isDatabaseUnavailable((result as PromiseRejectedResult).reason)).toBe(true);
    }
    // The late answers now arrive; every place in the pool must be free again.
    proxy.resume();
    expect((await timed(anonymous.get('/readyz'))).status).toBe(200);
    expect((await allPlaces()).map((r) => r.status)).toEqual(Array(POOL_SIZE).fill(200));
  });

  it('after every connection died, frozen or not, the same instance serves again', async () => {
    await fillPool();
    proxy.freeze();
    const caught = timed(org.as.admin.get('/api/organisation'));
    proxy.killAll();
    proxy.resume();
    // Caught in the middle it may fail or, on a new connection, succeed; it neither hangs nor is a 500.
    expect([200, 503]).toContain((await caught).status);
    expect((await timed(anonymous.get('/readyz'))).status).toBe(200);
    expect((await allPlaces()).map((r) => r.status)).toEqual(Array(POOL_SIZE).fill(200));
  });

  it('a connection that dies inside a transaction fails that transaction only', async () => {
    await fillPool();
    const failed = await t.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        proxy.killAll();
        await tx.execute(sql`select 1`);
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(isDatabaseUnavailable(failed)).toBe(true);
    expect((await allPlaces()).map((r) => r.status)).toEqual(Array(POOL_SIZE).fill(200));
    expect((await anonymous.get('/readyz')).status).toBe(200);
  });
});
