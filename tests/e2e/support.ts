import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNothingClipped } from './layout-check.js';

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
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}\n    ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n  ')}`,
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

/**
 * Sets up the organisation from the console link; leaves the page on the programmes, the admin's first page.
 * `sector` is the label of the sector to choose (it decides patiënt or cliënt, src/core/sector.ts).
 */
export async function setUpOrganisation(page: Page, setupLink: string, { sector = 'Ziekenhuis' }: { sector?: string } = {}) {
  await page.goto(setupLink);
  await page.getByLabel('Naam van de organisatie').fill('Zorggroep Rivierenland');
  await page.getByRole('radio', { name: sector }).check();
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

/** The sizes a journey is seen at: a laptop, and a phone (as issue 18 asks). */
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };
const LAPTOP_WIDTHS = [1280, 1366];

/** The whole page as it looks now, for people to look at: test-results/e2e/journeys/<name>-<width>.png (gitignored). */
export async function shoot(page: Page, name: string) {
  const folder = path.join('test-results', 'e2e', 'journeys');
  mkdirSync(folder, { recursive: true });
  // From the top: a page scrolled to an anchor would show its sticky header halfway down the image.
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(folder, `${name}-${page.viewportSize()?.width}.png`), fullPage: true });
  await page.evaluate((y) => window.scrollTo(0, y), scrolled);
}

/**
 * One stop on a person's journey: a screenshot at the size the page is open at (the size that
 * person uses), then axe at both sizes and nothing cut off: on a phone, and at the laptop widths
 * without sideways scrolling. The page ends at its own size again.
 */
export async function journeyStop(page: Page, name: string) {
  const own = page.viewportSize() ?? DESKTOP;
  await settle(page);
  await shoot(page, name);
  for (const size of [own, ...[DESKTOP, PHONE].filter((s) => s.width !== own.width)]) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${name} at ${size.width} px`);
    if (size.width === PHONE.width) await expectNothingClipped(page, `${name} at ${size.width} px`);
  }
  for (const width of LAPTOP_WIDTHS) {
    await page.setViewportSize({ width, height: DESKTOP.height });
    await settle(page);
    await expectNothingClipped(page, `${name} at ${width} px`, { scrolling: false });
  }
  await page.setViewportSize(own);
}

/** Writes through the API with the page's signed-in session, for what another test covers in its forms. */
export async function apiAs(page: Page, baseUrl: string, method: 'POST' | 'PUT' | 'PATCH', apiPath: string, body: unknown) {
  const { csrfToken } = await (await page.request.get(`${baseUrl}/api/auth/session`)).json();
  const reply = await page.request.fetch(`${baseUrl}${apiPath}`, { method, data: body, headers: { origin: baseUrl, 'x-csrf-token': csrfToken } });
  expect(reply.ok(), `${method} ${apiPath}: ${await reply.text()}`).toBe(true);
  return reply.status() === 204 ? null : reply.json();
}

/**
 * Fills in step 2 of the staff's breach report form (/melden) for an e-mail to the wrong recipient
 * and sends it. `noticedAt` is what the reporter types (a datetime-local value in the browser's
 * time zone); without it she taps "Nu".
 */
export async function sendBreachReport(phone: Page, { whatHappened, department, noticedAt }: { whatHappened: string; department: string; noticedAt?: string }) {
  await phone.getByLabel('Beschrijf wat er gebeurde').fill(whatHappened);
  await phone.getByRole('radio', { name: 'E-mail naar verkeerde ontvanger' }).check();
  if (noticedAt) await phone.getByRole('textbox', { name: 'Wanneer merkte je het?' }).fill(noticedAt);
  else await phone.getByRole('button', { name: 'Nu: Wanneer merkte je het?' }).click();
  await phone.getByRole('checkbox', { name: 'Namen, adressen of contactgegevens' }).check();
  await phone.getByRole('checkbox', { name: 'Gezondheids- of medische gegevens' }).check();
  await phone.getByRole('radio', { name: '11 tot 100' }).check();
  await phone.getByRole('radio', { name: 'Nee, het is gestopt' }).check();
  await phone.getByLabel(/^Wat heb je of heeft iemand anders al gedaan\?/).fill('Ontvanger gebeld en gevraagd de e-mail te verwijderen.');
  await phone.getByLabel(/^Afdeling of team/).fill(department);
  await phone.getByRole('button', { name: 'Melding versturen' }).click();
  await phone.getByRole('heading', { name: 'Je melding is ontvangen' }).waitFor();
}

/** A staff member's own phone: a context of its own (none of the team's cookies), touch, Dutch time. */
export async function openPhone(browser: Browser): Promise<Page> {
  const phone = await (
    await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' })
  ).newPage();
  phone.setDefaultTimeout(10_000);
  return phone;
}

/** On the users page: gives `person` the role `role` (its checkbox label) and waits until it is saved. */
export async function addRole(page: Page, person: string, role: string) {
  await page.getByRole('button', { name: `Rollen wijzigen: ${person}` }).click();
  await page
    .getByRole('group', { name: `Rollen van ${person}` })
    .getByRole('checkbox', { name: role })
    .check();
  const saved = page.waitForResponse((r) => r.url().includes('/api/users/') && r.request().method() === 'PATCH' && r.ok());
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await saved;
}
