/**
 * Process benchmark (issue 19, point 4). Prints figures; not a test. Run: `npx tsx bench/process.ts`
 * (PostgreSQL is included when DATABASE_URL names a server, e.g. postgres://postgres@127.0.0.1:5432/postgres).
 *
 * The server is started as an operator starts it (BENCH_COMMAND: `npm run serve` by default, that is
 * `node dist/server/main.js` as the Docker image does; `npm run dev:server` for the sources through tsx) on its own port and data directory,
 * and measured from the moment it is spawned:
 * - serve-to-first-answer: until GET /healthz answers 200;
 * - idle RSS: the resident memory of the server's process (the one that listens; a wrapper such
 *   as npm or tsx's own CLI process is reported apart) 5 s after its first answer;
 * - on PGlite for a first start (new data directory: migrations and the demo) and a restart
 *   (the same data directory), on PostgreSQL for a start against a migrated database.
 * Beside it, in the same rounds, a bare Fastify app with one route (`node -e`): the floor.
 * BENCH_RUNS rounds (default 5) alternate between the two; the table shows medians with min–max.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freshDatabase } from '../tests/api/harness.js';
import { median } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 5_000);
const COMMAND = process.env.BENCH_COMMAND ?? 'npm run serve';
const PORT = Number(process.env.BENCH_PORT ?? 3411);

interface Start {
  firstAnswerMs: number;
  cpuMs: number;
  serverRssMb: number;
  wrappersRssMb: number;
}

/** CPU time (user + system) a process has used so far, in ms; 0 when it is gone. */
function cpuMsOf(pid: number) {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the name in parentheses), in clock ticks of 10 ms.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Each process below `root` (included), with its parent, name and resident memory in MB. */
function processTree(root: number) {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        const field = (key: string) => new RegExp(`^${key}:\\s+(\\S+)`, 'm').exec(status)?.[1] ?? '0';
        return [
          {
            pid: Number(name),
            ppid: Number(field('PPid')),
            rssMb: Number(field('VmRSS')) / 1024,
            args: readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' '),
          },
        ];
      } catch {
        return []; // gone meanwhile
      }
    });
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i]!.pid));
  return tree;
}

async function firstAnswer(url: string, child: ChildProcess, started: number, timeoutMs = 120_000) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > timeoutMs) throw new Error('no answer');
    await sleep(10);
  }
}

/** Spawns `command` with `env`, times its first answer, then reads its memory after IDLE_MS and stops it. */
async function measure(command: string[], env: Record<string, string>): Promise<Start> {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, DATABASE_URL: '', ...env, PORT: String(PORT), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    const firstAnswerMs = await firstAnswer(`http://127.0.0.1:${PORT}/healthz`, child, started);
    // Steadier than the wall time on a shared machine: what the server's processes spent to get here.
    const cpuMs = processTree(child.pid!).reduce((sum, p) => sum + cpuMsOf(p.pid), 0);
    await sleep(IDLE_MS);
    // The server is the process holding most memory; wrappers (npm, sh, tsx's CLI) are small.
    const tree = processTree(child.pid!).filter((p) => !p.args.startsWith('sh '));
    const server = tree.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
    return { firstAnswerMs, cpuMs, serverRssMb: server.rssMb, wrappersRssMb: tree.reduce((sum, p) => sum + p.rssMb, 0) - server.rssMb };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM'); // the whole group: npm does not pass the signal on
    await Promise.race([exited, sleep(15_000)]);
  }
}

const BARE = `const app = require('fastify')(); app.get('/healthz', async () => ({ status: 'ok' })); app.listen({ port: ${PORT}, host: '127.0.0.1' });`;

const range = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

async function main() {
  const load1 = () => loadavg()[0]!.toFixed(1);
  const loadAtStart = load1();
  const server = COMMAND.split(' ');
  const cases: {
    name: string;
    prepare?: () => Promise<Record<string, string>>;
    env: (state: Record<string, string>) => Record<string, string>;
    cleanup?: (state: Record<string, string>) => Promise<void>;
  }[] = [];
  const pgliteDir = await mkdtemp(join(tmpdir(), 'wegwijs-process-'));
  cases.push({
    name: 'PGlite, first start (migrations, demo)',
    prepare: async () => ({ DATA_DIR: await mkdtemp(join(tmpdir(), 'wegwijs-process-first-')) }),
    env: (s) => s,
    cleanup: (s) => rm(s.DATA_DIR!, { recursive: true, force: true }),
  });
  cases.push({ name: 'PGlite, restart (demo loaded before)', env: () => ({ DATA_DIR: pgliteDir }) });
  // A database of its own on the server, migrated by the warm-up start below, dropped after.
  const postgres = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL) : null;
  if (postgres) await postgres.database.close();
  if (postgres) cases.push({ name: 'PostgreSQL, restart', env: () => ({ DATABASE_URL: postgres.url! }) });

  const only = process.env.BENCH_ONLY; // e.g. "restart": only the starts whose name contains it
  if (only) cases.splice(0, cases.length, ...cases.filter((c) => c.name.includes(only)));
  const rows: string[] = [];
  const bare: Start[] = [];
  // The restart case needs its data directory to have seen one start first.
  await measure(server, { DATA_DIR: pgliteDir });
  if (postgres) await measure(server, { DATABASE_URL: postgres.url! });
  for (const c of cases) {
    const results: Start[] = [];
    for (let run = 0; run < RUNS; run++) {
      bare.push(await measure([process.execPath, '-e', BARE], {}));
      const state = (await c.prepare?.()) ?? {};
      try {
        results.push(await measure(server, c.env(state)));
      } finally {
        await c.cleanup?.(state);
      }
    }
    rows.push(
      `| ${c.name} | ${range(results.map((r) => r.firstAnswerMs))} | ${range(results.map((r) => r.cpuMs))} | ${range(results.map((r) => r.serverRssMb))} | ${range(results.map((r) => r.wrappersRssMb))} |`,
    );
  }
  rows.push(
    `| bare Fastify, one route (\`node -e\`) | ${range(bare.map((r) => r.firstAnswerMs))} | ${range(bare.map((r) => r.cpuMs))} | ${range(bare.map((r) => r.serverRssMb))} | |`,
  );
  await rm(pgliteDir, { recursive: true, force: true });
  await postgres?.drop();

  console.log(
    `\n\`${COMMAND}\`, ${RUNS} runs alternating with the bare app (median, min–max); RSS ${IDLE_MS / 1000} s after the first answer; Node ${process.version}; load average ${loadAtStart} at the start, ${load1()} at the end\n`,
  );
  console.log('| start | spawn to first answer (ms) | CPU until then (ms) | server RSS (MB) | wrapper processes RSS (MB) |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
