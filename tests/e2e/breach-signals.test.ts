import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, expectAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Signals in the app, for organisations without a mail server: a staff member reports a breach on a
 * phone, and within a minute the privacy officer, who only handles breaches and landed on the
 * register, sees the count by "Datalekken" and the breach in the panel "Open datalekken" with the
 * hours left. The officer opens it and moves around the long breach page with its index. An admin
 * who is privacy officer too and works on programmes sees the panel above the programmes.
 * Every view passes axe, and does not scroll sideways, on a desktop and on a phone.
 */

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const OFFICER = { name: 'Pieter Jansen', email: 'p.jansen@zorggroep.test', password: 'de privacyfunctionaris kent de termijn' };

let session: Session;
/** The admin's browser. */
let page: Page;
/** The privacy officer's browser. */
let officer: Page;
let reportLink = '';
const year = new Date().getFullYear();
const first = `DL-${year}-0001`;
const second = `DL-${year}-0002`;
/** What the reporter is shown: a random reference, never the register number above. */
const REPORTER_REFERENCE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

/** A staff member reports through the organisation's link, on their own phone. */
async function reportOnPhone(whatHappened: string): Promise<string> {
  const phone = await (await session.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  phone.setDefaultTimeout(10_000);
  await phone.goto(reportLink);
  await phone.getByRole('radio', { name: 'Ja, ik denk het wel' }).check();
  await phone.getByRole('button', { name: 'Verder naar de vragen' }).click();
  await phone.getByLabel('Beschrijf wat er gebeurde').fill(whatHappened);
  await phone.getByRole('radio', { name: 'Apparaat, usb-stick of papier kwijt of gestolen' }).check();
  await phone.getByRole('button', { name: 'Nu: Wanneer merkte je het?' }).click();
  await phone.getByRole('checkbox', { name: 'Gezondheids- of medische gegevens' }).check();
  await phone.getByRole('radio', { name: '2 tot 10' }).check();
  await phone.getByRole('radio', { name: 'Nee, het is gestopt' }).check();
  await phone.getByRole('button', { name: 'Melding versturen' }).click();
  const reference = (await phone.locator('.reference').textContent())!.replace('Meldnummer: ', '');
  await phone.context().close();
  return reference;
}

const mainNav = (p: Page) => p.getByRole('navigation', { name: 'Hoofdmenu' });
const breachIndex = (p: Page) => p.getByRole('navigation', { name: 'Op deze pagina' });
const openPanel = (p: Page) => p.getByRole('region', { name: 'Open datalekken' });
/** The panel's line for one breach. */
const lineOf = (p: Page, reference: string) => openPanel(p).getByRole('listitem').filter({ hasText: reference });

/** The page at both sizes: axe finds nothing, nothing scrolls sideways, and a screenshot to look at. */
async function checkBothSizes(p: Page, view: string) {
  try {
    for (const size of [DESKTOP, PHONE]) {
      await p.setViewportSize(size);
      // axe waits for the page to be still (the menu slides away on a phone); the screenshot follows.
      await expectAccessible(p, `${view} at ${size.width} px`).finally(() =>
        p.screenshot({ path: `test-results/e2e/breach-signals-${view.replace(/\W+/g, '-')}-${size.width}.png` }),
      );
      const sideways = await p.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
      expect(sideways, `${view} scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(0);
    }
  } finally {
    await p.setViewportSize(DESKTOP);
  }
}

/** A call to the API in the officer's session, as the app makes it (with the session's CSRF token). */
async function asOfficer(method: string, path: string, body: unknown) {
  const status = await officer.evaluate(
    async (call) => {
      const { csrfToken } = await (await fetch('/api/auth/session')).json();
      const reply = await fetch(call.path, {
        method: call.method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(call.body),
      });
      return reply.status;
    },
    { method, path, body },
  );
  expect(status, `${method} ${path}`).toBeLessThan(300);
}

/** Follows an index link with the keyboard: the section's heading gets the focus and shows below the fixed header. */
async function jumpTo(p: Page, label: string) {
  const link = breachIndex(p).getByRole('link', { name: label, exact: true });
  const id = (await link.getAttribute('href'))!.slice(1);
  await link.focus();
  await p.keyboard.press('Enter');
  await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe(id);
  const heading = (await p.locator(`#${id}`).boundingBox())!;
  expect(heading.y, `${label} below the header`).toBeGreaterThanOrEqual(64);
  expect(heading.y + heading.height, `${label} in view`).toBeLessThanOrEqual(p.viewportSize()!.height);
}

beforeAll(async () => {
  // The point of these signals: nobody gets a mail, because there is no mail server.
  delete process.env.SMTP_URL;
  session = await startSession();
  page = session.page;
  await page.setViewportSize(DESKTOP);
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Datalekken melden', problem: 'Lekken worden te laat gemeld.' });
  await page.goto(`${session.running.baseUrl}/settings`);
  reportLink = await page.getByLabel('Link naar het meldformulier').inputValue();
});
afterAll(() => session?.stop());

describe.sequential('signals of open breaches, without a mail server', () => {
  it('a privacy officer who works on no programme lands on the register, with nothing open', async () => {
    await mainNav(page).getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
    await page.getByLabel('E-mailadres').fill(OFFICER.email);
    await page.getByLabel('Naam').fill(OFFICER.name);
    await page.getByRole('checkbox', { name: 'Kernteamlid' }).uncheck();
    await page.getByRole('checkbox', { name: 'Privacy officer' }).check();
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const invite = (await page.getByText(/\/invite#token=/).textContent())!.trim();

    officer = await (await session.browser.newContext({ viewport: DESKTOP })).newPage();
    officer.setDefaultTimeout(10_000);
    // The officer's browser keeps a clock the test can move, so "a minute later" takes no minute.
    await officer.clock.install();
    await officer.goto(invite);
    await officer.getByLabel('Wachtwoord').fill(OFFICER.password);
    await officer.getByRole('button', { name: 'Account activeren' }).click();
    await officer.waitForURL('**/breaches');
    await openPanel(officer).getByText('Er zijn geen open datalekken.').waitFor();
    expect(await mainNav(officer).getByRole('link', { name: 'Datalekken', exact: true }).count()).toBe(1);
  });

  it('a report arrives; within a minute the officer sees its count by the link and the hours left in the panel', async () => {
    expect(await reportOnPhone('Een tas met een overdrachtsmap is in de trein blijven liggen.')).toMatch(REPORTER_REFERENCE);
    await officer.clock.fastForward(61_000);
    await mainNav(officer)
      .getByRole('link', { name: /^Datalekken\s*1 open datalek$/ })
      .waitFor();
    await lineOf(officer, first)
      .getByText(/^nog 7[12] uur$/)
      .waitFor();
    expect(await lineOf(officer, first).getByText('Status: Gemeld').count()).toBe(1);
    // The register below the panel came along.
    await officer.getByRole('row').filter({ hasText: first }).waitFor();
    await officer.getByText('1 datalek in het register.', { exact: false }).waitFor();
    await checkBothSizes(officer, 'register with one open breach');
  });

  it('a second report: the count follows, and once it turns out to be overdue the panel puts it first', async () => {
    expect(await reportOnPhone('Een usb-stick met roosters is kwijt.')).toMatch(REPORTER_REFERENCE);
    await officer.clock.fastForward(61_000);
    await mainNav(officer)
      .getByRole('link', { name: /^Datalekken\s*2 open datalekken$/ })
      .waitFor();
    expect(await openPanel(officer).getByRole('listitem').getByRole('link').allTextContents()).toEqual([first, second]);

    // The organisation knew 80 hours before the report. Set through the API: the form for it is the clock's own tests' business.
    const id = (await openPanel(officer).getByRole('link', { name: second }).getAttribute('href'))!.split('/').pop()!;
    await asOfficer('PUT', `/api/breaches/${id}/aware-at`, {
      awareAt: new Date(Date.now() - 80 * 3_600_000).toISOString(),
      reason: 'De teamleider wist het drie dagen eerder.',
    });
    await officer.clock.fastForward(61_000);
    await lineOf(officer, second)
      .getByText(/^[78] uur te laat$/)
      .waitFor();
    expect(await openPanel(officer).getByRole('listitem').getByRole('link').allTextContents()).toEqual([second, first]);
    await checkBothSizes(officer, 'register with an overdue breach');
  });

  it('the breach page has an index of every section, beside the content on a desktop, that moves the focus to the section', async () => {
    await lineOf(officer, second).getByRole('link', { name: second }).click();
    await officer.getByRole('heading', { name: `Datalek ${second}`, level: 1 }).waitFor();
    const index = breachIndex(officer);
    // Data-driven: every section of the page is in the index, in the page's order, and nothing else.
    const targets = await index.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const sections = await officer.locator('main section h2[id]').evaluateAll((headings) => headings.map((h) => `#${h.id}`));
    expect(targets).toEqual(sections);
    expect(targets).toEqual(
      expect.arrayContaining([
        '#breach-report',
        '#breach-deadline',
        '#breach-workflow',
        '#breach-register',
        '#breach-proposal',
        '#breach-decision',
        '#breach-ap-form',
        '#breach-letter',
        '#breach-history',
      ]),
    );
    const content = (await officer.locator('main section').first().boundingBox())!;
    expect((await index.boundingBox())!.x, 'the index stands beside the content').toBeGreaterThan(content.x + content.width);
    await checkBothSizes(officer, 'breach page');

    await jumpTo(officer, 'Besluit');
    await jumpTo(officer, 'Wijzigingen');
    const sticky = (await index.boundingBox())!;
    expect(sticky.y, 'the index stays in view').toBeGreaterThanOrEqual(64);
    expect(sticky.y + sticky.height).toBeLessThanOrEqual(DESKTOP.height);
    await officer.screenshot({ path: 'test-results/e2e/breach-signals-breach-page-after-jump-1366.png' });
  });

  it('on a phone the index is a compact block at the top, and the page does not scroll sideways', async () => {
    await officer.setViewportSize(PHONE);
    await officer.evaluate(() => window.scrollTo(0, 0));
    const index = (await breachIndex(officer).boundingBox())!;
    expect(index.height, 'the index leaves most of the screen to the page').toBeLessThan(PHONE.height / 4);
    const firstSection = (await officer.locator('main section').first().boundingBox())!;
    expect(firstSection.y, 'the first section starts on the first screen').toBeLessThan(PHONE.height);
    await jumpTo(officer, 'AP-formulier');
    await officer.screenshot({ path: 'test-results/e2e/breach-signals-breach-page-after-jump-390.png' });

    // The folded menu's button carries the signal too.
    await officer.getByRole('button', { name: 'Menu, 2 open datalekken', exact: true }).click();
    await mainNav(officer)
      .getByRole('link', { name: /^Datalekken\s*2 open datalekken$/ })
      .waitFor();
    await expectAccessible(officer, 'the menu on a phone, with the count');
    await officer.screenshot({ path: 'test-results/e2e/breach-signals-menu-390.png' });
    await mainNav(officer)
      .getByRole('link', { name: /^Datalekken/ })
      .click();
    await officer.setViewportSize(DESKTOP);
  });

  it('an admin who is privacy officer too and works on programmes sees the open breaches above the programmes', async () => {
    await mainNav(page).getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
    await page.getByRole('button', { name: `Rollen wijzigen: ${ADMIN.name}` }).click();
    await page
      .getByRole('group', { name: `Rollen van ${ADMIN.name}` })
      .getByRole('checkbox', { name: 'Privacy officer' })
      .check();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('button', { name: `Rollen wijzigen: ${ADMIN.name}` }).waitFor();

    await page.goto(session.running.baseUrl);
    await page.waitForURL('**/programmes');
    await lineOf(page, second)
      .getByText(/^[78] uur te laat$/)
      .waitFor();
    expect(await openPanel(page).getByRole('listitem').count()).toBe(2);
    await mainNav(page)
      .getByRole('link', { name: /^Datalekken\s*2 open datalekken$/ })
      .waitFor();
    await checkBothSizes(page, 'programmes with open breaches');
  });
});
