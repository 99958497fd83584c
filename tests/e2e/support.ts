import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  /** The one-time set-up link the server printed. */
  setupLink: string;
  /** The demo accounts' password the server printed, when started with WEGWIJS_DEMO=true. */
  demoPassword: string | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the built app the way `npm run serve` does, on its own port and a fresh embedded database,
 * and waits for the set-up link in its console output; `env` adds to its environment.
 */
export async function startBuiltApp(env: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wegwijs-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, WEGWIJS_DEMO: 'false', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const setupLink = await new Promise<string>((resolve, reject) => {
    // Two minutes: loading the demo organisation (WEGWIJS_DEMO=true) takes most of one on a busy runner.
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\/setup#token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`app exited with ${code}:\n${output}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    setupLink: setupLink.replace(/http:\/\/localhost:\d+/, `http://127.0.0.1:${port}`),
    // Printed just before the set-up link, so it is in the output by now.
    demoPassword: /password: (\S+)/.exec(output)?.[1],
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium with the flags this sandbox needs (no background networking). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs axe with the WCAG 2.1 A/AA rules; returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}\n    ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n  ')}`,
  );
}

/** Waits until the page has loaded what it asked for and nothing moves any more. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // A dialog or menu still fading in has colours in between: judge the page once it is still.
  // (Endless ones, like a spinner, never finish and are left out.)
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
}

/** Waits for the page to settle, then expects axe to find nothing; `label` says which page failed. */
export async function expectAccessible(page: Page, label: string) {
  await settle(page);
  const violations = await axeViolations(page);
  expect(violations, `${label}:\n${violations.join('\n')}`).toEqual([]);
}

export const ADMIN = { name: 'Fatima de Vries', email: 'f.devries@zorggroep.test', password: 'ons kernteam meet elke twee weken' };

/** Sets up the organisation from the console link; leaves the page on the programmes, the admin's first page. */
export async function setUpOrganisation(page: Page, setupLink: string) {
  await page.goto(setupLink);
  await page.getByLabel('Naam van de organisatie').fill('Zorggroep Rivierenland');
  await page.getByRole('radio', { name: 'Ziekenhuis' }).check();
  await page.getByLabel('Je naam').fill(ADMIN.name);
  await page.getByLabel('E-mailadres').fill(ADMIN.email);
  await page.getByLabel('Wachtwoord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
  await page.waitForURL('**/programmes');
}

/** Sets up the organisation from the console link and starts a programme; leaves the page on it. */
export async function setUpWithProgramme(page: Page, setupLink: string, programme: { title: string; problem: string }) {
  await setUpOrganisation(page, setupLink);
  await page.getByRole('button', { name: 'Nieuw traject' }).click();
  await page.getByLabel('Titel').fill(programme.title);
  await page.getByLabel('Probleem').fill(programme.problem);
  await page.getByRole('button', { name: 'Traject aanmaken' }).click();
  await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
}

export interface Session {
  running: RunningApp;
  /** For further contexts: a colleague's own device, a respondent's phone. */
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

/** The built app on a fresh database and a desktop-sized page in Chromium. */
export async function startSession(env: NodeJS.ProcessEnv = {}): Promise<Session> {
  const running = await startBuiltApp(env);
  const browser = await launchBrowser();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.setDefaultTimeout(10_000);
  return {
    running,
    browser,
    page,
    async stop() {
      await browser.close();
      await running.stop();
    },
  };
}
