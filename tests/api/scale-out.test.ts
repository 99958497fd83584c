import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.js';
import { openDatabase, type DatabaseHandle } from '#server/db/client.js';
import type { JobQueue } from '#server/jobs/queue.js';
import type { Services } from '#server/services.js';
import { TEST_JOBS } from '../fixtures.js';
import { Client, freshDatabase, nextAddress, TEST_PASSWORD } from './harness.js';

/**
 * Two app instances on one PostgreSQL, as behind a load balancer: sessions, rate limits, data and
 * the job queue are shared through the database, so it does not matter which instance answers.
 * Each instance has its own connection pool and no SESSION_SECRET: the secret is the one the first
 * instance generated and stored. (That each reminder is mailed once with two instances running is
 * shown in reminders.test.ts.)
 */

interface Instance {
  url: string;
  services: Services;
  jobs: JobQueue;
  database: DatabaseHandle;
  close(): Promise<void>;
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const database = await openDatabase({ url: databaseUrl, dataDir: '' });
  const { app, services, jobs } = await buildApp({ database, trustProxy: 1, jobs: TEST_JOBS });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    services,
    jobs: jobs!,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The same browser (cookie, CSRF token, address) talking to another instance. */
const onInstance = (client: Client, instance: Instance) => {
  const moved = new Client(instance.url, client.locale, client.address);
  moved.cookie = client.cookie;
  moved.csrfToken = client.csrfToken;
  return moved;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!process.env.DATABASE_URL)('two app instances on one PostgreSQL (needs DATABASE_URL)', () => {
  let drop: () => Promise<void>;
  let one: Instance;
  let two: Instance;
  const email = 'coordinator@schaal.wegwijs.invalid';

  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    await fresh.database.close();
    [one, two] = [await startInstance(fresh.url!), await startInstance(fresh.url!)];
    const db = one.database.db;
    const organisation = await db.transaction((tx) => one.services.organisations.create(tx, { name: 'Zorggroep Schaal' }));
    await db.transaction((tx) =>
      one.services.users.createActive(tx, { organisationId: organisation.id, email, name: 'Trajectleider', roles: ['coordinator'], password: TEST_PASSWORD }),
    );
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await drop?.();
  });

  it('a session started on one instance works on the other, CSRF token included, and a change on one is seen on the other', async () => {
    const onOne = await new Client(one.url).login(email, TEST_PASSWORD);
    const onTwo = onInstance(onOne, two);
    expect((await onTwo.get('/api/auth/session')).body).toMatchObject({ authenticated: true, user: { email } });

    const created = await onTwo.post('/api/programmes', { title: 'Vergrendelen bij weglopen' });
    expect(created.status).toBe(201);
    const id: string = created.body.programme.id;
    expect((await onOne.get(`/api/programmes/${id}`)).body.programme.title).toBe('Vergrendelen bij weglopen');
    expect((await onOne.patch(`/api/programmes/${id}`, { title: 'Vergrendelen, altijd' })).status).toBe(200);
    expect((await onTwo.get(`/api/programmes/${id}`)).body.programme.title).toBe('Vergrendelen, altijd');

    // Logging out on one instance ends the session on both.
    expect((await onTwo.post('/api/auth/logout')).status).toBe(200);
    expect((await onInstance(onOne, one).get('/api/programmes')).status).toBe(401);
  });

  it('the login rate limit (10 a minute per address) counts the attempts on both instances together', async () => {
    const address = nextAddress();
    // Another e-mail address each time: wrong passwords on one account are throttled after five (login-throttle.test.ts).
    const attempt = (instance: Instance, n = 0) =>
      new Client(instance.url, 'nl', address).post('/api/auth/login', { email: `niemand-${n}@schaal.wegwijs.invalid`, password: 'een fout wachtwoord dus' });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await attempt(i % 2 ? two : one, i)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    expect((await attempt(one)).status).toBe(429);
    expect((await attempt(two)).status).toBe(429);
    // Another address is not affected.
    expect((await new Client(two.url).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('the job queue delivers each job once, to one of the instances', async () => {
    const delivered: { instance: string; n: number }[] = [];
    let running = 0;
    for (const [name, instance] of [
      ['one', one],
      ['two', two],
    ] as const) {
      await instance.jobs.register('scale-out-test', async (data) => {
        running += 1;
        await sleep(20); // a little work, so the other instance polls while this one holds the job
        delivered.push({ instance: name, n: (data as { n: number }).n });
        running -= 1;
      });
    }
    const ids = await Promise.all(Array.from({ length: 20 }, (_, n) => one.jobs.enqueue('scale-out-test', { n })));
    // A job is handed out only while not yet active: once all are completed and no handler runs, a second delivery would be in `delivered`.
    const settled = async () => running === 0 && (await Promise.all(ids.map((id) => two.jobs.state('scale-out-test', id)))).every((s) => s === 'completed');
    await expect.poll(settled, { timeout: 20_000, interval: 50 }).toBe(true);
    expect(delivered.map((d) => d.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });
});
