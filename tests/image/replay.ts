/**
 * Replays the Dockerfile without a container engine (none runs on our CI machines) and checks the
 * resulting image as an operator would use it. Each stage runs chrooted in its own mount namespace
 * on this Debian host, which with the Node.js that runs the replay stands in for the
 * `node:<major>-<debian>` base image (the replay refuses a base image they do not match): COPY
 * honours .dockerignore, RUN steps run as written, and the final CMD starts as the image's USER with
 * its ENV, on its VOLUME.
 *
 * Needs root (mount namespaces, chroot) and the npm registry. Run: npm run test:image, with the
 * image's Node.js first in PATH when the host's is another release line (.ci/run fetches it).
 */
import ignore from '@balena/dockerignore';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planOf, type Stage } from './dockerfile-plan.js';
import { StageRoot } from './stage-root.js';

const context = path.resolve(import.meta.dirname, '../..');
/** What every process of a node image sees before the Dockerfile's own ENV. */
const BASE_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' };
/**
 * RUN steps reach the npm registry through this machine's network, as `docker build` would, so they
 * trust the certificate authorities its Node.js is told to add (a TLS-inspecting proxy's): Node.js
 * from the npm registry, unlike Debian's, does not read the host's npm configuration that names them.
 */
const BUILD_NETWORK_ENV: Record<string, string> = process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS } : {};

interface Built {
  root: StageRoot;
  workdir: string;
  env: Record<string, string>;
  user: string;
  volumes: string[];
  exposed: number[];
  healthcheck: string | null;
  cmd: string[] | null;
}

/** The host can stand in for `node:<major>-<codename>…` only with the same Debian release, run by the same Node.js major. */
function checkBaseImage(image: string) {
  const [name, tag = ''] = image.split(':');
  const codename = /^VERSION_CODENAME=(.*)$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  const expected = `${process.versions.node.split('.')[0]}-${codename}`;
  if (name !== 'node' || !(tag === expected || tag.startsWith(`${expected}-`))) {
    throw new Error(
      `this host (Debian ${codename}) with Node.js ${process.versions.node} cannot stand in for the base image ${image}: run the replay with the image's Node.js first in PATH, as .ci/run does`,
    );
  }
}

/** The files of the build context under `source`, without what .dockerignore leaves out. */
function contextFiles(source: string): string[] {
  const patterns = readFileSync(path.join(context, '.dockerignore'), 'utf8').split('\n');
  const ignored = ignore().add(patterns);
  // Without exceptions ("!…") an ignored folder can be skipped whole.
  const prune = !patterns.some((p) => p.trim().startsWith('!'));
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(context, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (!(prune && ignored.ignores(child))) walk(child);
      } else if (!ignored.ignores(child)) files.push(child);
    }
  };
  const start = path.posix.normalize(source).replace(/^\.\/?$/, '');
  if (start && !statSync(path.join(context, start)).isDirectory()) return ignored.ignores(start) ? [] : [start];
  walk(start);
  return files;
}

/** COPY: a folder's contents go into the destination; a file becomes it, or goes into it when it ends with "/". */
function copy(into: Built, sources: string[], dest: string, from: Built | null) {
  const target = into.root.hostPath(path.posix.resolve(into.workdir, dest));
  const asFolder = dest.endsWith('/') || sources.length > 1;
  for (const source of sources) {
    const origin = from ? from.root.hostPath(path.posix.resolve(from.workdir, source)) : path.join(context, source);
    const isFolder = statSync(origin).isDirectory();
    const destination = isFolder || !asFolder ? target : path.join(target, path.basename(origin));
    if (from) {
      cpSync(origin, destination, { recursive: true });
      continue;
    }
    const files = contextFiles(source);
    if (files.length === 0) throw new Error(`COPY ${source}: nothing in the build context (or all of it in .dockerignore)`);
    for (const file of files) {
      const to = isFolder ? path.join(destination, path.relative(origin, path.join(context, file))) : destination;
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(path.join(context, file), to);
    }
  }
}

async function build(stage: Stage, index: number, count: number, dir: string, built: Map<string, Built>): Promise<Built> {
  checkBaseImage(stage.image);
  const b: Built = {
    root: new StageRoot(path.join(dir, stage.name)),
    workdir: '/',
    env: { ...BASE_ENV },
    user: 'root',
    volumes: [],
    exposed: [],
    healthcheck: null,
    cmd: null,
  };
  let n = 0;
  for (const { text, step } of stage.steps) {
    console.log(`== [${stage.name} ${index + 1}/${count}, step ${++n}/${stage.steps.length}] ${text}`);
    switch (step.kind) {
      case 'workdir':
        b.workdir = path.posix.resolve(b.workdir, step.path);
        mkdirSync(b.root.hostPath(b.workdir), { recursive: true });
        break;
      case 'env':
        Object.assign(b.env, step.vars);
        break;
      case 'copy': {
        const from = step.from === null ? null : built.get(step.from);
        if (from === undefined) throw new Error(`COPY --from=${step.from}: no such stage before this one`);
        copy(b, step.sources, step.dest, from);
        break;
      }
      case 'run':
        await b.root.run(['/bin/sh', '-c', step.shell], { cwd: b.workdir, env: { ...BUILD_NETWORK_ENV, ...envFor(b) }, user: b.user });
        break;
      case 'user':
        StageRoot.isNodeUser(step.name);
        b.user = step.name;
        break;
      case 'volume':
        b.volumes.push(...step.paths);
        break;
      case 'expose':
        b.exposed.push(step.port);
        break;
      case 'healthcheck':
        b.healthcheck = step.shell;
        break;
      case 'cmd':
        b.cmd = step.argv;
        break;
    }
  }
  return b;
}

/** The environment of a process in the image: the user's home as Docker sets it, then the image's ENV. */
function envFor(b: Built, overrides: Record<string, string> = {}): Record<string, string> {
  const home = StageRoot.isNodeUser(b.user) ? StageRoot.NODE_USER.home : '/root';
  return { HOME: home, ...b.env, ...overrides };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

// ---------------------------------------------------------------- checks of the final image

const results: { name: string; error?: unknown }[] = [];
async function check(name: string, fn: () => Promise<void> | void) {
  try {
    await fn();
    results.push({ name });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, error });
    console.log(`  ✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Starts the image's CMD (as `docker run -e PORT=… -e HOST=127.0.0.1` would) and waits until /healthz answers. */
async function startContainer(image: Built) {
  expect(image.cmd, 'the image has a CMD');
  const port = await freePort();
  const env = envFor(image, { PORT: String(port), HOST: '127.0.0.1' });
  const child = image.root.spawn(image.cmd, { cwd: image.workdir, env, user: image.user });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not come up (exit ${child.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, env, base, exited };
}

async function checkImage(image: Built) {
  console.log('== the image');
  const dataDir = image.env.DATA_DIR;
  await check('ENV PORT is the EXPOSEd port and DATA_DIR is the VOLUME', () => {
    expect(image.exposed.includes(Number(image.env.PORT)), `EXPOSE ${image.exposed.join(' ')} vs PORT=${image.env.PORT}`);
    expect(dataDir && image.volumes.includes(dataDir), `VOLUME ${image.volumes.join(' ')} vs DATA_DIR=${dataDir}`);
  });
  await check('it runs as the unprivileged user, and that user owns the volume', () => {
    expect(StageRoot.isNodeUser(image.user), `USER is ${image.user}`);
    expect(statSync(image.root.hostPath(dataDir!)).uid === StageRoot.NODE_USER.uid, `${dataDir} is not owned by ${StageRoot.NODE_USER.name}`);
  });
  await check('development tools stay out of the image', () => {
    // (TypeScript itself comes along: i18next names it as an optional peer, which npm keeps.)
    for (const tool of ['vite', 'vitest', 'drizzle-kit'])
      expect(!existsSync(image.root.hostPath(path.posix.join(image.workdir, 'node_modules', tool))), `${tool} is in the image`);
  });

  let container: Awaited<ReturnType<typeof startContainer>> | undefined;
  await check('the server starts from CMD and serves the web app, readiness and the API description', async () => {
    container = await startContainer(image);
    const page = await fetch(`${container.base}/`);
    expect(page.ok && (page.headers.get('content-type') ?? '').includes('text/html'), `GET / answered ${page.status}`);
    expect((await page.text()).includes('<div id="root">'), 'GET / is not the web app');
    expect((await fetch(`${container.base}/readyz`)).status === 200, '/readyz is not 200');
    const openapi = (await (await fetch(`${container.base}/api/docs/openapi.json`)).json()) as { openapi?: string };
    expect(openapi.openapi?.startsWith('3.'), 'no OpenAPI description');
  });
  const first = container;
  if (!first) return;
  await check('the HEALTHCHECK command passes', async () => {
    expect(image.healthcheck, 'the image has no HEALTHCHECK');
    await image.root.run(['/bin/sh', '-c', image.healthcheck], { cwd: image.workdir, env: first.env, user: image.user });
  });
  await check('the database lives on the volume', () => {
    expect(readdirSync(image.root.hostPath(dataDir!)).length > 0, `${dataDir} is empty`);
  });
  await check('SIGTERM (docker stop) shuts it down cleanly, exit code 0', async () => {
    first.child.kill('SIGTERM');
    const code = await Promise.race([first.exited, new Promise<'late'>((r) => setTimeout(() => r('late'), 30_000))]);
    expect(code === 0, `exit ${code}`);
  });
  await check('it starts again on the same volume (a new container, kept data)', async () => {
    const second = await startContainer(image);
    expect((await fetch(`${second.base}/readyz`)).status === 200, '/readyz is not 200 after a restart');
    second.child.kill('SIGTERM');
    expect((await second.exited) === 0, 'the second container did not stop cleanly');
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-image-'));
try {
  const stages = planOf(readFileSync(path.join(context, 'Dockerfile'), 'utf8'));
  const built = new Map<string, Built>();
  for (const [i, stage] of stages.entries()) {
    const started = Date.now();
    built.set(stage.name, await build(stage, i, stages.length, dir, built));
    console.log(`== stage ${stage.name} built in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await checkImage(built.get(stages.at(-1)!.name)!);
} catch (error) {
  results.push({ name: 'building the image', error });
  console.error(error);
} finally {
  // rm is many times faster than Node's rmSync on the two node_modules trees.
  execFileSync('rm', ['-rf', dir]);
}
const failed = results.filter((r) => r.error).length;
console.log(`image replay: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
