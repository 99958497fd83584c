import { mkdirSync } from 'node:fs';
import { buildApp } from './app.js';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/client.js';
import { logDestination } from './log.js';
import { loadDemo } from './modules/setup/demo.js';

/** How long finishing requests and the running job may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

const log = logDestination(1);

/** Starts Wegwijs: database (migrated), app, demo data on first start, set-up link, graceful stop. */
async function main() {
  const config = configFromEnv(process.env, process.argv.slice(2));
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, timeouts: config.databaseTimeouts });
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  const { app, services, startDraining } = await buildApp({
    database,
    sessionSecret: config.sessionSecret,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    mail: config.mail,
    surveyInvitationsPerDayMax: config.surveyInvitationsPerDayMax,
    sso: { allowPrivateIssuers: config.ssoAllowPrivateIssuers },
    jobs: { linkBase: base },
    webRoot: config.webRoot,
    logger: { level: config.logLevel, stream: log.stream },
  });

  // The demo loads on the first start of the embedded database unless switched off; with
  // DATABASE_URL (a real server) only when asked for.
  const firstStart = !(await services.organisations.demoOrganisation()) && (await services.setup.needsSetup());
  const wantDemo = config.demo ?? (!config.databaseUrl && firstStart);
  const demo = wantDemo ? await loadDemo(database.db, services, { sector: config.demoSector }) : null;
  const setupLink = await services.setup.createSetupLink(base);

  await app.listen({ port: config.port, host: config.host });
  const lines = [`Wegwijs draait op / is running at ${base} (database: ${database.kind})`];
  if (demo) {
    const width = Math.max(...demo.accounts.map((a) => a.email.length));
    lines.push(
      `Demo-organisatie geladen / demo organisation loaded (sector: ${demo.sector}). Inloggen als / log in as:`,
      ...[...new Set(demo.accounts.map((a) => a.organisation))].flatMap((organisation) => [
        `  ${organisation}`,
        ...demo.accounts.filter((a) => a.organisation === organisation).map((a) => `    ${a.email.padEnd(width)}  ${a.roles.join(', ')}`),
      ]),
      `  wachtwoord / password: ${demo.password}`,
    );
  }
  if (setupLink) lines.push(`Richt je eigen organisatie in / set up your own organisation: ${setupLink}`);
  // Printed plainly (not as a JSON log line) because a person reads it once at start.
  console.log(`\n${lines.join('\n')}\n`);

  // Graceful stop: /readyz turns 503 and, after the delay a load balancer needs to notice, the
  // server stops accepting connections and finishes the requests under way (app.close), then
  // the job queue finishes its running job (an onClose hook) and the database closes.
  const stop = async (signal: string) => {
    app.log.info({ signal, delaySeconds: config.shutdownDelaySeconds }, 'shutting down');
    const forced = setTimeout(
      () => {
        app.log.error('shutdown took too long; exiting');
        process.exit(1);
      },
      config.shutdownDelaySeconds * 1000 + SHUTDOWN_TIMEOUT_MS,
    );
    forced.unref();
    startDraining();
    await new Promise((resolve) => setTimeout(resolve, config.shutdownDelaySeconds * 1000));
    await app.close();
    await database.close();
    app.log.info('stopped');
    await log.flush();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch(async (error) => {
  console.error(error);
  await log.flush();
  process.exit(1);
});
