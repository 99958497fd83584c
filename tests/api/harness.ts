import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { expect, inject } from 'vitest';
import type { LoginThrottleSettings } from '#core/login-throttle.js';
import { ROLES, type Role } from '#core/roles.js';
import { buildApp, type AppOptions } from '#server/app.js';
import type { DatabaseTimeouts } from '#server/config.js';
import { openDatabase, type DatabaseHandle } from '#server/db/client.js';
import { breaches } from '#server/db/schema.js';
import type { JobQueue } from '#server/jobs/queue.js';
import type { JobsOptions } from '#server/jobs/scheduled.js';
import type { MailOptions } from '#server/mail/mailer.js';
import type { OidcOptions } from '#server/modules/sso/oidc.js';
import type { Services } from '#server/services.js';

export const TEST_PASSWORD = 'een lang genoeg testwachtwoord';
export const ALL_ROLES: Role[] = [...ROLES];

/** Under Vitest, the template prepared by global-setup.ts; outside it (the benches) none. */
async function pgliteTemplateOfRun(): Promise<Blob | undefined> {
  const file = process.env.VITEST ? inject('pgliteTemplate') : undefined;
  return file ? new Blob([await readFile(file)]) : undefined;
}

/**
 * A fresh database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again on close), so both runs are isolated.
 */
export async function freshDatabase(
  serverUrl = process.env.DATABASE_URL,
  timeouts?: DatabaseTimeouts,
): Promise<{ database: DatabaseHandle; drop: () => Promise<void>; url?: string }> {
  if (!serverUrl) return { database: await openDatabase({ dataDir: 'memory://', template: await pgliteTemplateOfRun() }), drop: async () => undefined };
  const name = `wegwijs_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), dataDir: '', timeouts });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export interface TestApp {
  url: string;
  services: Services;
  database: DatabaseHandle;
  /** On PostgreSQL: the fresh database's URL, so a test can start a second instance on it. */
  databaseUrl?: string;
  /** The job queue, when started with `jobs`. */
  jobs: JobQueue | null;
  /** Every route the app registered, as Fastify announced it (HEAD twins of GET routes included), with the statuses its response schema declares. */
  routes: { method: string; url: string; responses: string[] }[];
  client(locale?: 'nl' | 'en'): Client;
  /**
   * What the database holds, per table of schema public: its row count and a digest of its rows,
   * so a request that "writes nothing" can be checked to leave every table as it was. Sessions are
   * counted only: merely using one may extend its expiry. Rate-limit windows are left out: every
   * request to a limited route counts, refused or not.
   */
  snapshot(): Promise<Record<string, string>>;
  /** An organisation with one logged-in client per role (and each user's id). */
  organisation(name: string): Promise<TestOrganisation>;
  close(): Promise<void>;
}

export interface TestOrganisation {
  id: string;
  as: Record<Role, Client>;
  userIds: Record<Role, string>;
  emails: Record<Role, string>;
}

/** The prepared statement behind TestApp.snapshot. */
const SNAPSHOT = 'wegwijs_test_snapshot';

export async function startTestApp(
  options: {
    mail?: MailOptions;
    jobs?: JobsOptions;
    sso?: OidcOptions;
    loginThrottle?: LoginThrottleSettings;
    logger?: AppOptions['logger'];
    database?: { server: string; timeouts?: DatabaseTimeouts };
  } = {},
): Promise<TestApp> {
  // A PostgreSQL server of the test's own choosing (e.g. behind a proxy it controls), else as freshDatabase decides.
  const { database, drop, url: databaseUrl } = await freshDatabase(options.database?.server, options.database?.timeouts);
  const routes: TestApp['routes'] = [];
  // As behind one reverse proxy (TRUST_PROXY=1): each Client sends its own address as the proxy's
  // X-Forwarded-For, so per-address rate limits (10 logins a minute) apply per simulated browser.
  const { app, services, jobs } = await buildApp({
    database,
    sessionSecret: randomBytes(32).toString('hex'),
    trustProxy: 1,
    mail: options.mail,
    loginThrottle: options.loginThrottle,
    jobs: options.jobs,
    logger: options.logger,
    sso: options.sso,
    onRoute: (route) => {
      const responses = Object.keys((route.schema?.response as Record<string, unknown> | undefined) ?? {});
      for (const method of [route.method].flat()) routes.push({ method, url: route.url, responses });
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  let counter = 0;
  let snapshotQuery: string | undefined;

  const testApp: TestApp = {
    url,
    services,
    database,
    databaseUrl,
    jobs,
    routes,
    client: (locale = 'nl') => new Client(url, locale),
    async snapshot() {
      if (!snapshotQuery) {
        const { rows: tables } = await database.executeSql(
          "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '%drizzle%' and table_name <> 'rate_limits' order by 1",
        );
        snapshotQuery = tables
          .map(({ name }: { name: string }) => {
            const digest = name === 'sessions' ? `''` : `coalesce(md5(string_agg(r::text, '|' order by r::text)), '')`;
            return `select '${name}' as name, count(*)::int || ':' || ${digest} as state from "${name}" r`;
          })
          .join(' union all ');
        if (database.kind === 'pglite') await database.executeSql(`prepare ${SNAPSHOT} as ${snapshotQuery}`);
      }
      // Planning this union of every table takes several times as long as running it, so it is
      // planned once: prepared on PGlite's one connection, a named query on each pooled PostgreSQL one.
      const { rows } =
        database.kind === 'pglite'
          ? await database.executeSql(`execute ${SNAPSHOT}`)
          : await (database.db as unknown as { $client: pg.Pool }).$client.query({ name: SNAPSHOT, text: snapshotQuery });
      return Object.fromEntries(rows.map((r: { name: string; state: string }) => [r.name, r.state]));
    },
    async organisation(name) {
      const suffix = `${++counter}-${randomBytes(3).toString('hex')}`;
      const organisation = await database.db.transaction((tx) => services.organisations.create(tx, { name }));
      const as = {} as Record<Role, Client>;
      const userIds = {} as Record<Role, string>;
      const emails = {} as Record<Role, string>;
      // One account per role, made and logged in side by side: each is two argon2 hashes, which run in
      // libuv's thread pool, so the machine's cores share them (every test file makes organisations).
      await Promise.all(
        ALL_ROLES.map(async (role) => {
          const email = `${role}-${suffix}@test.wegwijs.invalid`;
          const user = await database.db.transaction((tx) =>
            services.users.createActive(tx, { organisationId: organisation.id, email, name: `${role} ${name}`, roles: [role], password: TEST_PASSWORD }),
          );
          userIds[role] = user.id;
          emails[role] = email;
          as[role] = await testApp.client().login(email, TEST_PASSWORD);
        }),
      );
      return { id: organisation.id, as, userIds, emails };
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
  return testApp;
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

let addresses = 0;
/** A distinct client address per Client, from the private 10.0.0.0/8 range. */
export const nextAddress = () => {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/** A browser-like API client over real HTTP: keeps the session cookie and sends the CSRF token. */
export class Client {
  cookie?: string;
  csrfToken?: string;

  constructor(
    readonly baseUrl: string,
    readonly locale: 'nl' | 'en' = 'nl',
    /** Sent as X-Forwarded-For: the address the app sees this browser at. */
    readonly address: string = nextAddress(),
  ) {}

  /** The same session in a separate client: what it does to its cookie does not touch this one. */
  clone(changes: { locale?: 'nl' | 'en'; address?: string; csrfToken?: string | undefined } = {}): Client {
    const copy = new Client(this.baseUrl, changes.locale ?? this.locale, changes.address ?? this.address);
    copy.cookie = this.cookie;
    copy.csrfToken = 'csrfToken' in changes ? changes.csrfToken : this.csrfToken;
    return copy;
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = {
      method,
      headers: {
        'accept-language': this.locale,
        'x-forwarded-for': this.address,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      // A redirect (single sign-on) is an answer to check, not a page to follow.
      redirect: 'manual',
    };
    const response = await fetch(this.baseUrl + path, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const match = /wegwijs_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `wegwijs_session=${match[1]}` : undefined;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    const result = { status: response.status, body: parsed as T, headers: response.headers };
    if (result.status < 300 && parsed && typeof parsed === 'object' && 'csrfToken' in parsed) {
      this.csrfToken = (parsed as { csrfToken: string }).csrfToken;
    }
    return result;
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body: unknown = {}) => this.request<T>('POST', path, body);
  put = <T = any>(path: string, body: unknown = {}) => this.request<T>('PUT', path, body);
  patch = <T = any>(path: string, body: unknown = {}) => this.request<T>('PATCH', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path, undefined);

  async login(email: string, password: string): Promise<this> {
    const reply = await this.post('/api/auth/login', { email, password });
    if (reply.status !== 200) throw new Error(`login failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return this;
  }
}

/** Waits until every job on the queue `name` has run to its end, none failed: whatever it was to send is sent. Needs `jobs`. */
export async function jobsSettled(t: TestApp, name: string): Promise<void> {
  const jobsIn = async (states: string): Promise<number> =>
    (await t.database.executeSql(`select count(*)::int as n from pgboss.job where name = $1 and state in (${states})`, [name])).rows[0].n;
  await expect.poll(() => jobsIn("'created', 'retry', 'active'"), { timeout: 15_000, interval: 50 }).toBe(0);
  expect(await jobsIn("'failed'"), `failed ${name} jobs`).toBe(0);
}

/** Reports a breach as staff do, through the organisation's link from a device of its own; the new breach's id. */
export async function reportBreach(t: TestApp, org: TestOrganisation, report: unknown): Promise<string> {
  const slug = (await org.as.admin.get('/api/organisation')).body.organisation.breachSlug;
  const reply = await t.client().post(`/api/public/breach-report/${slug}`, report);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  const [row] = await t.database.db
    .select({ id: breaches.id })
    .from(breaches)
    .where(and(eq(breaches.organisationId, org.id), eq(breaches.publicReference, reply.body.reference)));
  return row!.id;
}
