import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * A staff member reports a data breach on a phone through the organisation's link: first "is this
 * a data breach?", then the questions (with an error summary that leads to each field), then the
 * reference number. The admin finds the link and QR code in the settings and can require login.
 * axe must find nothing on any screen.
 */

let session: Session;
let page: Page;
let phone: Page;
let link = '';

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  phone = await (await session.browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true })).newPage();
  phone.setDefaultTimeout(10_000);
});
afterAll(() => session?.stop());

const focusedId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');

describe.sequential('reporting a data breach', () => {
  it('the admin finds the staff link and its QR code in the settings', async () => {
    await setUpWithProgramme(page, session.running.setupLink, { title: 'Datalekken melden', problem: 'Lekken worden te laat gemeld.' });
    await page.goto(`${session.running.baseUrl}/settings`);
    await page.getByRole('heading', { name: 'Datalek melden door medewerkers' }).waitFor();
    link = await page.getByLabel('Link naar het meldformulier').inputValue();
    expect(link).toMatch(/\/melden\/[0-9a-f]{32}$/);
    await expect
      .poll(() => page.getByRole('img', { name: 'QR-code naar het meldformulier voor datalekken' }).evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await expectAccessible(page, 'settings with the report link');

    // This app has no SMTP_URL: the test mail says so, rather than failing without a word.
    await page.getByRole('button', { name: 'Stuur mij een testmail' }).click();
    await page.getByText('SMTP_URL is niet ingesteld').waitFor();
    await expectAccessible(page, 'settings with the answer to the test mail');
  });

  it('step 1 asks "is this a data breach?" with examples, and will not go on without an answer', async () => {
    await phone.goto(link);
    await phone.getByRole('heading', { name: 'Is dit een datalek?', level: 2 }).waitFor();
    expect(await phone.getByRole('heading', { level: 1 }).textContent()).toBe('Datalek melden');
    // The test questions and the answer come first; the examples are folded below them.
    await phone.getByRole('group', { name: 'Denk je dat dit een datalek is?' }).waitFor();
    await phone.getByText('Twijfel je nog? Lees de uitleg en 16 voorbeelden').click();
    await phone.getByText('Je stuurt een e-mail of brief naar het verkeerde adres.').click();
    await phone.getByText('Ook als je de e-mail direct terugroept, is het een datalek').waitFor();
    await phone.getByText('Bij twijfel: meld het.').waitFor();
    await expectAccessible(phone, 'step 1');

    await phone.getByRole('button', { name: 'Verder naar de vragen' }).click();
    await phone.getByRole('alert').filter({ hasText: 'Denk je dat dit een datalek is?' }).waitFor();
    await expectAccessible(phone, 'step 1 without an answer');
    await phone.getByRole('alert').getByRole('link').click();
    expect(await focusedId(phone)).toBe('f-isBreach-yes');

    await phone.getByRole('radio', { name: 'Ik twijfel' }).check();
    await phone.getByRole('button', { name: 'Verder naar de vragen' }).click();
    await phone.getByRole('heading', { name: 'Wat is er gebeurd?' }).waitFor();
  });

  it('step 2 warns against patient data and lists what is missing, each linked to its field', async () => {
    await phone.getByText('Geen namen van patiënten').waitFor();
    await expectAccessible(phone, 'step 2');
    await phone.getByRole('button', { name: 'Melding versturen' }).click();
    const summary = phone.getByRole('alert').filter({ hasText: 'Er zijn 6 vragen nog niet goed ingevuld' });
    await summary.waitFor();
    await expectAccessible(phone, 'step 2 with the error summary');
    await summary.getByRole('link', { name: /^Wanneer merkte je het\?/ }).click();
    expect(await focusedId(phone)).toBe('f-noticedAt');
  });

  it('a complete report gets a reference number and says what happens next', async () => {
    await phone.getByLabel('Beschrijf wat er gebeurde').fill('Een overdrachtslijst van 12 cliënten is naar een verkeerd extern adres gemaild.');
    await phone.getByRole('radio', { name: 'E-mail naar verkeerde ontvanger' }).check();
    await phone.getByRole('button', { name: 'Nu: Wanneer merkte je het?' }).click();
    await phone.getByRole('checkbox', { name: 'Namen, adressen of contactgegevens' }).check();
    await phone.getByRole('checkbox', { name: 'Gezondheids- of medische gegevens' }).check();
    await phone.getByRole('radio', { name: '11 tot 100' }).check();
    await phone.getByRole('radio', { name: 'Nee, het is gestopt' }).check();
    await phone.getByLabel(/^Wat heb je of heeft iemand anders al gedaan\?/).fill('Ontvanger gebeld en gevraagd de e-mail te verwijderen.');
    await phone.getByLabel(/^Afdeling of team/).fill('Interne geneeskunde');
    await phone.getByRole('button', { name: 'Melding versturen' }).click();

    await phone.getByRole('heading', { name: 'Je melding is ontvangen' }).waitFor();
    // A random reference (Crockford base32), not the register number: it tells nobody how many breaches there were.
    expect(await phone.locator('.reference').textContent()).toMatch(/^Meldnummer: [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    await phone.getByRole('heading', { name: 'Wat gebeurt er nu?' }).waitFor();
    await expectAccessible(phone, 'confirmation');
    expect(await phone.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  });

  it('in English too', async () => {
    await phone.goto(link);
    await phone.getByRole('button', { name: 'English' }).click();
    await phone.getByRole('heading', { name: 'Is this a data breach?' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(phone, 'step 1 in English');
  });

  it('when the organisation requires login, the form says so and links to the login page', async () => {
    await page.getByRole('switch', { name: 'Inloggen verplicht om te melden' }).check();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Opgeslagen').waitFor();
    await expectAccessible(page, 'settings with login required');

    await phone.goto(link);
    await phone.getByRole('heading', { name: 'Log eerst in' }).waitFor();
    expect(await phone.getByRole('link', { name: 'Inloggen' }).getAttribute('href')).toBe('/login');
    await expectAccessible(phone, 'login required');
  });
});
