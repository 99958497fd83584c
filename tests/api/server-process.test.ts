import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildServer } from '#build/server.js';
import { freshDatabase } from './harness.js';

/**
 * The server as `npm start`, `npm run serve` and the Docker image run it: built into one file
 * (src/build/server.ts) and started with plain Node as a process of its own, its log going to
 * standard output without waiting for each write (src/server/log.ts).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let outDir: string;
let env: Record<string, string>;
let cleanUp: () => Promise<void>;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  // Inside the project, so that Node finds node_modules from the built file.
  outDir = await buildServer(path.join(ROOT, 'node_modules/.cache', `wegwijs-server-${randomBytes(4).toString('hex')}`));
  if (process.env.DATABASE_URL) {
    const { database, url, drop } = await freshDatabase();
    await database.close();
    env = { DATABASE_URL: url! };
    cleanUp = drop;
  } else {
    // A migrated data directory from the run's template: the test need not wait for initdb.
    const dataDir = await mkdtemp(path.join(tmpdir(), 'wegwijs-process-'));
    const template = inject('pgliteTemplate');
    if (template) await (await PGlite.create(dataDir, { loadDataDir: new Blob([await readFile(template)]) })).close();
    env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    cleanUp = () => rm(dataDir, { recursive: true, force: true });
  }
}, 120_000);
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await cleanUp?.();
});

/** Starts the built server and waits until /healthz answers; its standard output is collected. */
async function start(): Promise<{ child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(outDir, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', WEGWIJS_DEMO: 'false', WEB_ROOT: path.join(outDir, 'no-web-app') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    if (Date.now() > until) throw new Error(`server did not answer:\n${output}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, url, output: () => output, exited };
}

describe('the built server', () => {
  it('loads the document writers on first use, not at start (issue 19)', async () => {
    const main = await readFile(path.join(outDir, 'main.js'), 'utf8');
    for (const writer of ['docx', 'pdfkit', 'qrcode', 'nodemailer']) expect(main, writer).not.toMatch(new RegExp(`^import .* from "${writer}";$`, 'm'));
  });

  it('starts with plain Node, and on SIGTERM stops cleanly without losing the log lines written just before', async () => {
    const server = await start();
    expect((await fetch(`${server.url}/api/setup/status`)).status).toBe(200);
    // A burst of requests, then the stop at once: their lines are still buffered or being written.
    const burst = 300;
    await Promise.all(Array.from({ length: burst }, () => fetch(`${server.url}/readyz`).then((r) => r.arrayBuffer())));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; req?: { url: string } });
    expect(lines.filter((l) => l.msg === 'request completed' && l.req?.url === '/readyz')).toHaveLength(burst);
    expect(lines.some((l) => l.msg === 'request completed' && l.req?.url === '/api/setup/status')).toBe(true);
    // The last line, written just before the process exits.
    expect(lines.at(-1)?.msg).toBe('stopped');
  });
});
