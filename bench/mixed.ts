/**
 * Mixed-traffic benchmark (issue 8). Prints figures and writes them to bench/mixed.md; not a test.
 * Run: `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:mixed`
 * (BENCH_SECONDS sets the measured seconds per setup, default 10).
 *
 * Staff answer an open survey while coordinators work in the same organisation, on PostgreSQL,
 * first against one app instance and then against two on the same database. Each instance is a
 * Node process of its own, started from the sources (`node --import tsx src/server/main.ts`; production
 * runs the same code built, `node dist/server/main.js`), so
 * two instances really have two event loops; the load generator is a third process
 * (bench/mixed-load.ts) that spreads its connections round-robin over the instances. Each setup
 * gets a fresh database, set up the same way, so the second does not start with the first's rows.
 * Afterwards every acknowledged answer must be stored.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '#server/app.js';
import { Client, freshDatabase } from '../tests/api/harness.js';
import type { CoordinatorSession, Kind, MixedLoad, MixedResult } from './mixed-load.js';
import { addCoordinator, answerBody, BENCH_PASSWORD, countResponses, setUpSurvey } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
/**
 * 40 connections, half of them coordinators: a coordinator's requests take about three times as
 * long as an answer, so this gives roughly 75 % answers and 25 % coordinator requests.
 */
const CONNECTIONS = 40;
const COORDINATOR_EVERY = 2;
const COORDINATORS = CONNECTIONS / COORDINATOR_EVERY;
const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

// Types only from mixed-load.ts: importing a value would run the load generator here.
const LABELS: Record<Kind, string> = {
  answer: 'staff: POST /api/public/surveys/:slug/responses',
  programme: 'coordinator: GET /api/programmes/:id',
  substep: 'coordinator: GET …/substeps/2.3',
  worksheet: 'coordinator: PUT …/substeps/2.3/worksheet',
  actions: 'coordinator: GET …/actions',
  action: 'coordinator: POST …/actions',
};
const KINDS = Object.keys(LABELS) as Kind[];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

interface Instance {
  url: string;
  process: ChildProcess;
}

/** One app instance as production starts it, ready once /readyz says so. */
async function startInstance(databaseUrl: string, sessionSecret: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    // Warnings only: a log line per request would measure the log pipe as much as the app.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: sessionSecret,
      LOG_LEVEL: 'warn',
      WEGWIJS_DEMO: '0',
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (child.exitCode !== null) throw new Error(`instance exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('instance not ready after 30 s');
}

/** SIGTERM: the graceful stop finishes the requests under way. */
const stopInstance = (instance: Instance) =>
  new Promise<void>((resolve) => {
    if (instance.process.exitCode !== null) return resolve();
    instance.process.once('exit', () => resolve());
    instance.process.kill('SIGTERM');
  });

async function generateLoad(load: MixedLoad): Promise<MixedResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/mixed-load.ts', JSON.stringify(load)], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

interface Measured {
  instances: number;
  result: MixedResult;
  acknowledged: number;
  stored: number;
  postgres: string;
}

async function measure(instanceCount: number): Promise<Measured> {
  const { database: handle, drop, url } = await freshDatabase(process.env.DATABASE_URL);
  const sessionSecret = randomBytes(32).toString('hex');
  // The app only for its services, to set up the organisation; the instances serve the traffic.
  const { app, services } = await buildApp({ database: handle, sessionSecret });
  const instances: Instance[] = [];
  try {
    const { organisation, actor, programmeId, survey } = await setUpSurvey(handle, services);
    // Each coordinator works in a programme of their own: two saving the same worksheet at once
    // would mostly get version conflicts (409), which is the app working, not load.
    const programmes = [{ email: actor.email, programmeId }];
    while (programmes.length < COORDINATORS) {
      const coordinator = await addCoordinator(handle, services, organisation.id);
      programmes.push({ email: coordinator.email, programmeId: (await services.programmes.create(coordinator, { title: 'Bench', problem: '' })).id });
    }
    for (let i = 0; i < instanceCount; i++) instances.push(await startInstance(url!, sessionSecret));

    // Logged in through the API like a browser, each from an address of its own (the harness
    // Client sends X-Forwarded-For; the instances trust it, as behind the reverse proxy of a real
    // set-up): the login route allows 10 a minute per address, counted across instances.
    const coordinators: CoordinatorSession[] = [];
    for (const { email, programmeId: id } of programmes) {
      const client = await new Client(instances[0]!.url).login(email, BENCH_PASSWORD);
      coordinators.push({ cookie: client.cookie!, csrfToken: client.csrfToken!, programmeId: id });
    }

    const load = (seconds: number): MixedLoad => ({
      urls: instances.map((i) => i.url),
      seconds,
      connections: CONNECTIONS,
      coordinatorEvery: COORDINATOR_EVERY,
      answerPath: `/api/public/surveys/${survey.publicSlug}/responses`,
      answerBody,
      coordinators,
    });
    const warmUp = await generateLoad(load(WARM_UP_SECONDS));
    const result = await generateLoad(load(SECONDS));
    await Promise.all(instances.splice(0).map(stopInstance));
    // Warm-up and measured run both count: every acknowledged answer of either must be stored.
    const acknowledged = warmUp.acknowledgedAnswers + result.acknowledgedAnswers;
    const postgres = ((await handle.db.execute(sql`select current_setting('server_version') as v`)) as unknown as { rows: { v: string }[] }).rows[0]!.v;
    return { instances: instanceCount, result, acknowledged, stored: await countResponses(handle, survey.id), postgres };
  } finally {
    await Promise.all(instances.map(stopInstance));
    await app.close();
    await handle.close();
    await drop();
  }
}

const fixed = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const failures = (failed: Record<string, number>) =>
  Object.entries(failed)
    .map(([status, n]) => `${n}× ${status}`)
    .join(', ') || '0';

function report(runs: Measured[]): string {
  const lines = [
    '# Mixed-traffic benchmark (issue 8)',
    '',
    `Written by \`npm run bench:mixed\` (bench/mixed.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, PostgreSQL ${runs[0]!.postgres}.`,
    `${CONNECTIONS} connections for ${SECONDS} s per setup, after a ${WARM_UP_SECONDS} s warm-up: ${CONNECTIONS - COORDINATORS} staff answering a survey of 24 statements and ${COORDINATORS} logged-in coordinators, each in their own programme, going round: read the programme, read sub-step 2.3, save its worksheet, list the actions, add an action.`,
    'Connections are spread round-robin over the instances; each instance is its own Node process on the same PostgreSQL database; latencies are measured by the load generator (autocannon).',
    '',
    '| instances | requests | per second | share | p50 ms | p99 ms | not 2xx |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const { instances, result } of runs) {
    const total = KINDS.reduce((sum, kind) => sum + result.kinds[kind].responses, 0);
    for (const kind of KINDS) {
      const k = result.kinds[kind];
      lines.push(
        `| ${instances} | ${LABELS[kind]} | ${fixed(k.perSecond)} | ${((k.responses / total) * 100).toFixed(0)} % | ${fixed(k.p50)} | ${fixed(k.p99)} | ${failures(k.failed)} |`,
      );
    }
    lines.push(`| ${instances} | **all** | **${fixed(total / result.seconds)}** | | | | |`);
  }
  lines.push('', '| instances | connection errors / timeouts | responses per instance | answers acknowledged (201) / stored |', '|---|---|---|---|');
  for (const { instances, result, acknowledged, stored } of runs) {
    const spread = Object.values(result.perUrl).join(' / ');
    lines.push(`| ${instances} | ${result.errors} / ${result.timeouts} | ${spread} | ${acknowledged} / ${stored}${acknowledged > stored ? ' **LOST**' : ''} |`);
  }
  lines.push('', 'A few more answers stored than acknowledged is expected: answers in flight when the load generator stops are stored but not counted.', '');
  return lines.join('\n');
}

async function main() {
  if (!process.env.DATABASE_URL) {
    console.log('bench:mixed needs PostgreSQL: set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:mixed');
    return;
  }
  const runs: Measured[] = [];
  for (const instances of [1, 2]) {
    runs.push(await measure(instances));
    console.log(`measured ${instances} instance(s)`);
  }
  const markdown = report(runs);
  await writeFile(new URL('mixed.md', import.meta.url), markdown);
  console.log(`\n${markdown}`);
  if (runs.some((r) => r.acknowledged > r.stored)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
