import { request, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as checkAccessible, setUpWithProgramme, startSession, type RunningApp, type Session } from './support.js';

/**
 * Sub-step 3.3 in a real Chromium: build a staff survey, open it, let twelve colleagues answer
 * through the public API, close it and read the results. axe must find nothing on any view.
 */
const TITLE = 'Noodknop-vragenlijst';

let session: Session;
let running: RunningApp;
let browser: Browser;
let page: Page;
let anonymous: APIRequestContext;

const expectAccessible = (label: string) => checkAccessible(page, label);

beforeAll(async () => {
  session = await startSession();
  ({ running, browser, page } = session);
  // Respondents have no session; the server only checks that the request comes from its own origin.
  anonymous = await request.newContext({ extraHTTPHeaders: { origin: running.baseUrl } });
});

afterAll(async () => {
  await anonymous?.dispose();
  await session?.stop();
});

describe('a staff survey in sub-step 3.3', () => {
  it('starts on an empty 3.3 page', async () => {
    await setUpWithProgramme(page, running.setupLink, {
      title: 'Noodknop met reden',
      problem: 'De noodknop wordt gebruikt zonder dat de reden wordt ingevuld.',
    });
    await page.goto(`${page.url()}/substeps/3.3`);
    await page.getByRole('heading', { name: 'Vragenlijst voor medewerkers' }).waitFor();
    await expect.poll(() => page.getByText('Er is nog geen vragenlijst.').count()).toBe(1);
    await expectAccessible('3.3 without surveys');
  });

  it('builds a draft, with errors named at their fields', async () => {
    await page.getByRole('button', { name: 'Nieuwe vragenlijst' }).click();
    await page.getByRole('textbox', { name: /^Titel/ }).waitFor();
    await expectAccessible('new survey form');
    await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
    await expect.poll(() => page.getByText('Vul het gedrag met het hele werkwoord in.').count()).toBe(1);

    await page.getByRole('textbox', { name: /^Gedrag met het hele werkwoord/ }).fill('de reden invullen bij gebruik van de noodknop');
    await page.getByRole('textbox', { name: /^Gedrag met “te”/ }).fill('de reden in te vullen bij gebruik van de noodknop');
    await page.getByLabel('Gedrag in het Engels (niet verplicht)').fill('fill in the reason when using the emergency access');
    await expect.poll(() => page.getByLabel('Ik weet precies wat ik moet doen om de reden in te vullen bij gebruik van de noodknop.').isChecked()).toBe(true);
    await page.getByLabel('Vraag naar afdeling').check();
    await page.getByLabel('Afdelingen').fill('Interne geneeskunde\nChirurgie');
    await page.getByLabel('Vraag naar beroep').check();
    await page.getByRole('button', { name: 'Eigen stelling toevoegen' }).click();
    // No title and an empty own statement: the server names both fields.
    await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
    await expect.poll(() => page.getByText('Vul de tekst in minstens één taal in.').count()).toBe(1);
    await expectAccessible('survey form with errors');

    await page.getByRole('textbox', { name: /^Titel/ }).fill(TITLE);
    await page.getByRole('button', { name: 'Verwijderen: Eigen stelling 1' }).click();
    await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(TITLE) }).textContent()).toContain('Concept');
    await expectAccessible('survey list with a draft');
  });

  it('keeps both phrases and the departments when the draft is edited again', async () => {
    await page.getByRole('button', { name: `Bewerken: ${TITLE}` }).click();
    await expect.poll(() => page.getByLabel('Gedrag in het Engels (niet verplicht)').inputValue()).toBe('fill in the reason when using the emergency access');
    expect(await page.getByLabel('Afdelingen').inputValue()).toBe('Interne geneeskunde\nChirurgie');
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('opens the survey after a confirmation and shows how to distribute it', async () => {
    await page.getByRole('button', { name: `Openen: ${TITLE}` }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible('open confirmation');
    await page.getByRole('dialog').getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: `Verspreiden: ${TITLE}` }).waitFor();
    await expect.poll(() => page.getByRole('img', { name: 'QR-code naar de vragenlijst' }).count()).toBe(1);
    await expectAccessible('distribution');

    // This installation has no mail server: instead of a form every batch would fail, why there is none.
    await page.getByText('Uitnodigen per e-mail kan niet: op deze server is geen e-mail ingesteld.').waitFor();
    expect(await page.getByRole('textbox', { name: /^E-mailadressen/ }).count()).toBe(0);
  });

  it('shows only the number of answers until the survey is closed, then the results', async () => {
    const link = await page.getByLabel('Link naar de vragenlijst').inputValue();
    const slug = link.split('/s/')[1]!;
    const questionnaire = await (await anonymous.get(`${running.baseUrl}/api/public/surveys/${slug}`)).json();
    // One colleague answers on a phone, through the page behind the link (and QR code).
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true })).newPage();
    phone.setDefaultTimeout(10_000);
    await phone.goto(link);
    await phone.getByRole('heading', { name: TITLE }).waitFor();
    const phoneViolations = (label: string) => checkAccessible(phone, label);
    await phoneViolations('respondent page');
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await expect
      .poll(() =>
        phone
          .getByRole('alert')
          .filter({ hasText: /stellingen niet beantwoord/ })
          .count(),
      )
      .toBe(1);
    await phoneViolations('respondent page with unanswered statements');
    const agree = phone.getByRole('radio', { name: 'Eens', exact: true });
    for (let i = 0; i < (await agree.count()); i++) await agree.nth(i).check();
    // One statement the colleague cannot answer: "weet ik niet" instead of the agreement chosen.
    await phone.getByRole('radio', { name: 'Weet ik niet / niet van toepassing' }).first().check();
    expect(await agree.first().isChecked()).toBe(false);
    await phone.getByRole('radio', { name: 'Chirurgie' }).check();
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await phone.getByRole('heading', { name: 'Bedankt voor het invullen!' }).waitFor();
    await phoneViolations('respondent page after sending');
    expect(await phone.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
    await phone.context().close();

    for (let r = 1; r < 12; r++) {
      const answers = Object.fromEntries(questionnaire.items.map((i: { id: string }, k: number) => [i.id, ((r + k) % 5) + 1]));
      const groups = { department: r % 2 ? 'd1' : 'd2', profession: r < 6 ? 'nurse' : 'doctor' };
      const reply = await anonymous.post(`${running.baseUrl}/api/public/surveys/${slug}/responses`, { data: { answers, groups } });
      expect(reply.status()).toBe(201);
    }
    await page.reload();
    await page.getByRole('button', { name: `Verspreiden: ${TITLE}` }).click();
    // Twelve answers today: the team sees only the rounded count up to yesterday (docs/anonymity.md).
    await expect.poll(() => page.getByText('Reacties tot en met gisteren: minder dan 5. Uitkomsten zie je zodra de vragenlijst gesloten is.').count()).toBe(1);

    await page.getByRole('button', { name: 'Sluit de vragenlijst' }).click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible('close confirmation');
    await page.getByRole('dialog').getByRole('button', { name: 'Definitief sluiten' }).click();
    await page.getByRole('heading', { name: `Uitkomsten: ${TITLE}` }).waitFor();
    await page.getByRole('table', { name: 'Gemiddelde score per COM-B-factor', exact: true }).waitFor();
    await expect.poll(() => page.getByText(/willekeurige afwijking op.*ε = 2 per uitspraak/).count()).toBe(1);
    await expect.poll(() => page.getByRole('img', { name: /^Staafdiagram/ }).count()).toBe(1);
    // Departments 6 and 6 are shown; professions (5 nurses, 6 doctors, 1 unknown) would, next to the
    // departments, make small combinations recoverable, so they are withheld.
    await page.getByLabel('Toon per groep').selectOption('department');
    await expect.poll(() => page.getByRole('columnheader', { name: 'Chirurgie' }).count()).toBe(1);
    await page.getByLabel('Toon per groep').selectOption('profession');
    await expect.poll(() => page.getByText('Niet getoond: samen met de andere groepsvraag zou dat kleine groepen herleidbaar maken.').count()).toBe(1);
    await expectAccessible('results');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: `Results: ${TITLE}` }).waitFor();
    await expectAccessible('results in English');
  });
});
