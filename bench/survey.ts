/**
 * Survey benchmark (issue 4). Prints figures; not a test. Run: `npx tsx bench/survey.ts`
 * (PostgreSQL is included when DATABASE_URL is set, e.g. postgres://postgres@127.0.0.1:5432/postgres).
 *
 * 1. Submission under load: 50 concurrent respondents (BENCH_CONNECTIONS; autocannon, in its own process) POST to the
 *    real answer endpoint, and, in the same run against the same database, to a bare Fastify route
 *    that does one (prepared) insert into the same table: the ceiling. Every acknowledged (201) answer must be
 *    in the database afterwards (a few more may be stored: answers still in flight when the load
 *    generator stops are stored but not counted by it).
 * 2. Results for 100,000 stored responses: closing (counting them in SQL) and reading the results.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { buildApp } from '#server/app.js';
import { logDestination } from '#server/log.js';
import { surveyResponses } from '#server/db/schema.js';
import { answerBody, countResponses as count, databases, definition, ITEMS, median, setUpSurvey } from './support.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** BENCH_LOG=info: the app logs as `npm start` does at that level (src/server/log.ts), into a temporary file; unset, it does not log. */
const LOG_LEVEL = process.env.BENCH_LOG;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
const STORED = 100_000;
const autocannon = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
const run = promisify(execFile);

/**
 * PGlite on a data directory (as `npm start` runs it; in memory it is about twice as fast), and
 * PostgreSQL when DATABASE_URL names a server: each run gets a new database, removed after.
 */

interface Load {
  requests: number;
  ok: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}
async function load(url: string): Promise<Load> {
  const { stdout } = await run(
    process.execPath,
    [autocannon, '-c', String(CONNECTIONS), '-d', String(SECONDS), '-m', 'POST', '-H', 'content-type=application/json', '-b', answerBody, '-j', url],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout);
  return {
    requests: r.requests.total,
    ok: r['2xx'],
    errors: r.non2xx + r.errors + r.timeouts,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
  };
}

async function main() {
  // The machine is often shared: the load average says how quiet the run was.
  const load1 = () => loadavg()[0]!.toFixed(1);
  const loadAtStart = load1();
  const rows: string[] = [];
  for (const database of databases()) {
    const { database: handle, drop } = await database.open();
    const logFile = join(tmpdir(), `wegwijs-bench-${process.pid}-${database.name}.log`);
    const log = LOG_LEVEL ? logDestination(logFile) : null;
    const { app, services } = await buildApp({
      database: handle,
      sessionSecret: randomBytes(32).toString('hex'),
      logger: log ? { level: LOG_LEVEL, stream: log.stream } : undefined,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;

    const { organisation, actor, programmeId, survey } = await setUpSurvey(handle, services);

    // The ceiling: Fastify with one route and one insert into the same table, nothing else.
    // Prepared, like the real endpoint's statement, so the ceiling is not lowered by parsing.
    const bare = Fastify();
    const insert = handle.db
      .insert(surveyResponses)
      .values({
        organisationId: organisation.id,
        surveyId: survey.id,
        submittedOn: sql`current_date`,
        groups: ['b', 'n'],
        answers: definition.items.map((_, n) => (n % 5) + 1),
      })
      .prepare('ceiling');
    bare.post('/ceiling', async (_request, reply) => {
      await insert.execute();
      return reply.code(201).send({ ok: true });
    });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const barePort = (bare.server.address() as { port: number }).port;

    const ceilingUrl = `http://127.0.0.1:${barePort}/ceiling`;
    const realUrl = `http://127.0.0.1:${port}/api/public/surveys/${survey.publicSlug}/responses`;
    await load(ceilingUrl); // warm-up of both paths
    await load(realUrl);
    // Alternating rounds, so a slow moment of the machine does not fall on one side only.
    const ceiling: Load[] = [];
    const real: Load[] = [];
    let stored = await count(handle, survey.id);
    let acknowledged = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [url, into] of [
        [ceilingUrl, ceiling],
        [realUrl, real],
      ] as const) {
        const result = await load(url);
        into.push(result);
        acknowledged += result.ok;
      }
    }
    stored = (await count(handle, survey.id)) - stored;
    const c = summary(ceiling);
    const r = summary(real);
    rows.push(
      `| ${database.name} | bare insert (ceiling) | ${c.rps.toFixed(0)} | ${c.p50} | ${c.p99} | ${c.errors} | |`,
      `| ${database.name} | POST /api/public/surveys/:slug/responses | ${r.rps.toFixed(0)} (${((r.rps / c.rps) * 100).toFixed(0)}%) | ${r.p50} | ${r.p99} | ${r.errors} | ${acknowledged} / ${stored}${acknowledged > stored ? ' LOST' : ''} |`,
    );
    await bare.close();

    // 100,000 stored responses, then close (count in SQL) and read the results.
    const big = await services.surveys.create(actor, programmeId, { title: 'Groot', linkEnabled: true, definition });
    await services.surveys.open(actor, programmeId, big.id);
    await handle.db.execute(sql`insert into survey_responses (organisation_id, survey_id, submitted_on, groups, answers)
      select ${organisation.id}, ${big.id}, current_date,
        array[(array['a','b','c','d','e'])[1 + (g % 5)], (array['n','v','x'])[1 + (g % 3)]],
        (select array_agg(1 + ((g * 7 + i * 13) % 5))::smallint[] from generate_series(1, ${ITEMS}) i)
      from generate_series(1, ${STORED}) g`);
    let started = performance.now();
    await services.surveys.close(actor, programmeId, big.id);
    const closeMs = performance.now() - started;
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      started = performance.now();
      const { results } = await services.surveys.results(actor, programmeId, big.id);
      timings.push(performance.now() - started);
      if (!results.available || results.responses !== STORED) throw new Error('results incomplete');
    }
    rows.push(
      `| ${database.name} | results of ${STORED.toLocaleString('en')} responses × ${ITEMS} statements | close (count in SQL): ${closeMs.toFixed(0)} ms · read: median ${median(timings).toFixed(1)} ms | | | | |`,
    );

    await app.close();
    await handle.close();
    await drop();
    if (log) {
      await log.flush();
      const lines = (await readFile(logFile, 'utf8')).split('\n').filter(Boolean).length;
      rows.push(`| ${database.name} | log at ${LOG_LEVEL}: ${lines} lines for ${acknowledged} acknowledged answers and the rest of the run | | | | |`);
      await rm(logFile, { force: true });
    }
  }
  console.log(
    `\n${LOG_LEVEL ? `app logging at ${LOG_LEVEL}, ` : ''}${CONNECTIONS} concurrent respondents, ${ROUNDS} alternating rounds of ${SECONDS} s per endpoint (medians), ${ITEMS} statements per answer; Node ${process.version}; load average ${loadAtStart} at the start, ${load1()} at the end\n`,
  );
  console.log('| database | endpoint | answers/s | p50 ms | p99 ms | errors | acknowledged / stored (both endpoints) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

/** The median round of each figure. */
const summary = (runs: Load[]) => ({
  rps: median(runs.map((x) => x.rps)),
  p50: median(runs.map((x) => x.p50)),
  p99: median(runs.map((x) => x.p99)),
  errors: runs.reduce((a, x) => a + x.errors, 0),
});

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
