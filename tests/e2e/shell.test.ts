import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, expectAccessible, PHONE, DESKTOP, setUpOrganisation, startSession, type Session } from './support.js';

/**
 * The shell around the pages behind the login (src/web/app/Shell.tsx), its phone menu and what
 * happens around the login: issue 18 replaced Mantine's AppShell and React Router by lighter parts,
 * and an independent review asked for these.
 */
let session: Session;
let page: Page;
let baseUrl = '';
const menuButton = () => page.getByRole('button', { name: 'Menu', exact: true });
const nav = () => page.getByRole('navigation', { name: 'Hoofdmenu' });
const focused = () =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    inMain: !!document.activeElement?.closest('main'),
    label: document.activeElement?.getAttribute('aria-label') ?? '',
  }));

async function logIn() {
  await page.getByLabel('E-mailadres').fill(ADMIN.email);
  await page.getByLabel('Wachtwoord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

beforeAll(async () => {
  session = await startSession();
  ({ page } = session);
  baseUrl = session.running.baseUrl;
  await setUpOrganisation(page, session.running.setupLink);
});
afterAll(() => session?.stop());

describe('the phone menu', () => {
  beforeAll(() => page.setViewportSize(PHONE));
  afterAll(() => page.setViewportSize(DESKTOP));

  it('opens over the page, which can then be neither reached nor read; Escape closes it and gives the focus back', async () => {
    await page.goto(`${baseUrl}/programmes`);
    await expect.poll(() => nav().isVisible()).toBe(false);
    await menuButton().click();
    expect(await menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('main').getAttribute('inert')).not.toBeNull();
    await expectAccessible(page, 'the open phone menu');
    // Tab on past the last link: never into the page hidden behind the menu.
    await nav().getByRole('link').last().focus();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect((await focused()).inMain).toBe(false);
    }
    await nav().getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
    expect((await focused()).label).toBe('Menu');
    expect(await page.locator('main').getAttribute('inert')).toBeNull();
  });

  it('closes when a page is chosen, and puts the focus on that page', async () => {
    await menuButton().click();
    await nav().getByRole('link', { name: 'Instellingen' }).press('Enter');
    await page.waitForURL('**/settings');
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
    await expect.poll(async () => (await focused()).id).toBe('main');
  });

  it('closes when the browser goes back', async () => {
    await menuButton().click();
    await page.goBack();
    await page.waitForURL('**/programmes');
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('leaves the header whole at 320 px, in Dutch and in English (WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const [language, logout] of [
      ['English', 'Uitloggen'],
      ['Nederlands', 'Log out'],
    ] as const) {
      for (const name of [language, logout]) {
        const box = (await page.getByRole('banner').getByRole('button', { name, exact: true }).boundingBox())!;
        expect(box.x + box.width, name).toBeLessThanOrEqual(320);
      }
      await page.getByRole('button', { name: language, exact: true }).click();
      await page.getByRole('button', { name: language === 'English' ? 'Log out' : 'Uitloggen', exact: true }).waitFor();
    }
    await page.setViewportSize(PHONE);
  });
});

describe('pages that load when opened', () => {
  it('a page whose code cannot load says so and offers a reload, after reloading once by itself; the shell stays', async () => {
    await page.goto(`${baseUrl}/programmes`);
    // As an old tab after a new version: the server no longer has the page's file.
    await page.route('**/assets/AuditPage-*.js', (route) => route.fulfill({ status: 404, body: '' }));
    await nav().getByRole('link', { name: 'Auditlog' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Een deel van de pagina kon niet laden.' });
    await alert.waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('wegwijs.reloadedForNewFiles'))).not.toBeNull();
    expect(await alert.getByRole('button', { name: 'Pagina opnieuw laden' }).isVisible()).toBe(true);
    expect(await nav().isVisible()).toBe(true);
    await expectAccessible(page, 'a page that could not load');
    await page.unroute('**/assets/AuditPage-*.js');
    await alert.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
  });
});

describe('a page whose data cannot be read', () => {
  it('a programme that does not exist still has one h1 and a tab title of its own (WCAG 2.4.2)', async () => {
    await page.goto(`${baseUrl}/library`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const path of ['', '/measurement', '/substeps/1.1']) {
      await page.goto(`${baseUrl}/programmes/00000000-0000-4000-8000-000000000000${path}`);
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).allTextContents(), path).toEqual(['Er ging iets mis']);
      expect(await page.title(), path).toBe('Er ging iets mis · Wegwijs');
    }
  });
});

describe('the way back after the login', () => {
  it('a link with a fragment, opened without a session, leads there after the login', async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/settings#ap-details-title`);
    await page.waitForURL('**/login');
    await logIn();
    await page.waitForURL('**/settings#ap-details-title');
  });

  it('a session that ends while the page is open: after logging in again, the same page', async () => {
    await page.goto(`${baseUrl}/programmes`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.context().clearCookies();
    await nav().getByRole('link', { name: 'Auditlog' }).click();
    await page.waitForURL('**/login');
    await logIn();
    await page.waitForURL('**/audit');
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
  });
});
