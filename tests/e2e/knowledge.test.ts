import { request, type APIRequestContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as checkAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Knowledge checks in a real Chromium: the team builds a check from the scenario set, opens it,
 * a staff member answers it on a phone and learns from the feedback, and after closing the team
 * reads the results per scenario and department. axe must find nothing on any view.
 */
const TITLE = 'Datalek of niet?';
const WRONG_GP = /Je mailt een ontslagbrief naar de huisarts/;
const PHISHING = /Je klikt op een link in een mail/;
const NEAR_MISS = /Vlak voor het versturen zie je/;

let session: Session;
let page: Page;
let anonymous: APIRequestContext;
let link = '';

const expectAccessible = (label: string) => checkAccessible(page, label);

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  // Staff have no session; the server only checks that a post comes from its own origin.
  anonymous = await request.newContext({ extraHTTPHeaders: { origin: session.running.baseUrl } });
  await setUpWithProgramme(page, session.running.setupLink, {
    title: 'Datalekken melden',
    problem: 'Medewerkers herkennen een datalek niet en melden te laat.',
  });
});

afterAll(async () => {
  await anonymous?.dispose();
  await session?.stop();
});

describe.sequential('a knowledge check for staff', () => {
  it('starts on an empty page reached from the navigation', async () => {
    await page.getByRole('link', { name: 'Kennischecks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennischecks voor medewerkers' }).waitFor();
    await expect.poll(() => page.getByText('Er is nog geen kennischeck.').count()).toBe(1);
    await expectAccessible('knowledge checks, empty');
  });

  it('builds a draft from breach scenarios, linked to the programme, with departments', async () => {
    await page.getByRole('button', { name: 'Nieuwe kennischeck' }).click();
    await page.getByRole('textbox', { name: /^Titel/ }).waitFor();
    await page.getByRole('button', { name: 'Kennischeck opslaan' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Kies minstens één scenario.' }).count()).toBe(1);
    await expectAccessible('builder with a problem');

    await page.getByRole('textbox', { name: /^Titel/ }).fill(TITLE);
    await page.getByLabel('Traject (niet verplicht)').selectOption({ label: 'Datalekken melden' });
    await page.getByLabel('Toon soort').selectOption('breach');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Een collega van een andere woongroep/ }).count()).toBe(0);
    for (const name of [WRONG_GP, PHISHING, NEAR_MISS]) await page.getByRole('checkbox', { name }).check();
    await expect.poll(() => page.getByText('3 scenario’s gekozen').count()).toBe(1);
    await page.getByLabel('Afdelingen (niet verplicht)').fill('Spoedeisende hulp\nCardiologie');
    await expectAccessible('builder filled in');
    await page.getByRole('button', { name: 'Kennischeck opslaan' }).click();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(TITLE) }).textContent()).toContain('Concept');
    expect(await page.getByRole('row', { name: new RegExp(TITLE) }).textContent()).toContain('Datalekken melden');
  });

  it('opens the check and shows its link and QR code', async () => {
    await page.getByRole('button', { name: `Openen: ${TITLE}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: `Link en QR-code: ${TITLE}` }).waitFor();
    await expect.poll(() => page.getByRole('img', { name: 'QR-code naar de kennischeck' }).count()).toBe(1);
    link = await page.getByLabel('Link naar de kennischeck').inputValue();
    expect(link).toMatch(/\/k\/[A-Za-z0-9_-]{10,}$/);
    await expectAccessible('distribution');
  });

  it('is answered by a staff member on a phone, who then sees the right answers and why', async () => {
    const phone = await (await session.browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true })).newPage();
    phone.setDefaultTimeout(10_000);
    const phoneAccessible = (label: string) => checkAccessible(phone, label);
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await phoneAccessible('check on a phone');

    await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await expect.poll(() => phone.getByRole('alert').filter({ hasText: 'Er zijn nog 3 situaties niet beantwoord' }).count()).toBe(1);
    await phoneAccessible('check with unanswered situations');

    await phone.getByRole('radio', { name: 'Cardiologie' }).check();
    // Right, wrong, right.
    await phone
      .getByRole('group', { name: WRONG_GP })
      .getByRole('radio', { name: /^Ja: meld het meteen/ })
      .check();
    await phone
      .getByRole('group', { name: PHISHING })
      .getByRole('radio', { name: /^Wacht af/ })
      .check();
    await phone
      .getByRole('group', { name: NEAR_MISS })
      .getByRole('radio', { name: /^Nee, er zijn geen gegevens/ })
      .check();
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();

    await phone.getByRole('heading', { name: 'Je had 2 van de 3 goed' }).waitFor();
    await expect.poll(() => phone.getByText(/^✗\s*Niet goed$/).count()).toBe(1);
    await expect.poll(() => phone.getByText(/^Met jouw inlog kan een aanvaller/).count()).toBe(1);
    // From recognising a breach straight to this organisation's report form.
    expect(await phone.getByRole('link', { name: 'Datalek melden' }).getAttribute('href')).toMatch(/^\/melden\/[A-Za-z0-9_-]+$/);
    await phoneAccessible('feedback on a phone');
    await phone.getByRole('button', { name: 'English' }).click();
    await phone.getByRole('heading', { name: 'You got 2 of 3 right' }).waitFor();
    await phoneAccessible('feedback in English');
    expect(await phone.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
    await phone.context().close();
  });

  it('shows the results after closing, per scenario and per department', async () => {
    const slug = link.split('/k/')[1]!;
    const check = await (await anonymous.get(`${session.running.baseUrl}/api/public/knowledge/${slug}`)).json();
    const allFirst = Object.fromEntries(check.scenarios.map((s: { key: string }) => [s.key, 0]));
    for (let i = 0; i < 5; i++) {
      const reply = await anonymous.post(`${session.running.baseUrl}/api/public/knowledge/${slug}/responses`, {
        data: { answers: allFirst, department: 'd1' },
      });
      expect(reply.status()).toBe(201);
    }
    await page.reload();
    await page.getByRole('button', { name: `Link en QR-code: ${TITLE}` }).click();
    await expect.poll(() => page.getByText('Reacties tot en met gisteren: minder dan 5. Uitkomsten zie je zodra de kennischeck gesloten is.').count()).toBe(1);
    await page.getByRole('button', { name: 'Sluit de kennischeck' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible('close confirmation');
    await page.getByRole('dialog').getByRole('button', { name: 'Definitief sluiten' }).click();

    await page.getByRole('heading', { name: `Uitkomsten: ${TITLE}` }).waitFor();
    await page.getByRole('table', { name: 'Score per scenario' }).waitFor();
    // Spoedeisende hulp (5) alone would leave cardiology's 1 answer to subtraction: no department is shown.
    await expect.poll(() => page.getByText(/^2 afdelingen zijn niet getoond/).count()).toBe(1);
    await expectAccessible('results');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: `Results: ${TITLE}` }).waitFor();
    await expectAccessible('results in English');
  });
});
