import { request, type APIRequestContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as checkAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Sub-step 6.1 in a real Chromium: a KPI refused with its target on the wrong side, then saved; two
 * measurements after which the line chart and the status in words follow; and a follow-up survey
 * compared with its baseline per COM-B factor, or plainly "too few" when it is too small.
 * axe must find nothing on any view.
 */
const KPI = 'Klikken op oefenphishing';

let session: Session;
let page: Page;
let anonymous: APIRequestContext;
let programmeUrl = '';
let programmeId = '';

const expectAccessible = (label: string) => checkAccessible(page, label);
const kpis = () => page.getByRole('region', { name: "KPI's" });
const effect = () => page.getByRole('region', { name: 'Gedragsfactoren voor en na (vragenlijst)' });

/** The API as the signed-in page uses it, for the surveys this test needs answered. */
function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { csrfToken } = await (await fetch('/api/auth/session')).json();
      const init =
        method === 'GET' ? {} : { method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body ?? {}) };
      const reply = await fetch(path, init);
      return { status: reply.status, body: await reply.json().catch(() => null) };
    },
    { method, path, body },
  );
}

const definition = {
  behaviour: 'een verdachte mail melden',
  intro: { nl: 'Vijf minuten over phishing.', en: '' },
  scale: 5,
  items: [
    { id: 'i1', factor: 'C-psy', text: { nl: 'Ik weet hoe ik een verdachte mail meld.', en: '' }, bankId: null },
    { id: 'i2', factor: 'O-phy', text: { nl: 'De meldknop staat binnen handbereik.', en: '' }, bankId: null },
  ],
  groups: [],
};

/** Every answer pattern four times. */
const times4 = (answers: [number, number][]) => [...answers, ...answers, ...answers, ...answers];

/** Opens a survey, lets colleagues answer it through its public link, and closes it. */
async function runSurvey(surveyId: string, answers: [number, number][]) {
  const surveys = `/api/programmes/${programmeId}/surveys`;
  const opened = await api('POST', `${surveys}/${surveyId}/open`);
  expect(opened.status).toBe(200);
  for (const [i1, i2] of answers) {
    const reply = await anonymous.post(`/api/public/surveys/${opened.body.publicSlug}/responses`, { data: { answers: { i1, i2 } } });
    expect(reply.status()).toBe(201);
  }
  expect((await api('POST', `${surveys}/${surveyId}/close`)).status).toBe(200);
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  anonymous = await request.newContext({ baseURL: session.running.baseUrl, extraHTTPHeaders: { origin: session.running.baseUrl } });
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Phishing herkennen', problem: 'Medewerkers klikken op links in phishingmails.' });
  programmeUrl = page.url();
  programmeId = programmeUrl.split('/').at(-1)!;
});

afterAll(async () => {
  await anonymous?.dispose();
  await session?.stop();
});

describe('the measurement worksheet, beside the steps', () => {
  const worksheet = () => page.getByRole('form', { name: 'Werkblad effectmeting' });

  it('reminds the team on 3.4 to plan the 0-meting, and plans it in the worksheet after a date the server refused', async () => {
    await page.goto(`${programmeUrl}/substeps/3.4`);
    await expect.poll(() => page.getByText(/^Plan de 0-meting van het gedrag voordat je interventies kiest/).count()).toBe(1);
    await expectAccessible('3.4 with the baseline reminder');
    await page.getByRole('link', { name: 'Werkblad effectmeting openen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Werkblad effectmeting');
    const form = worksheet();
    await form.getByLabel('Hoe meet je het gedrag?').selectOption({ label: 'Kijken op de werkvloer (observatie)' });
    await form.getByLabel(/Wat tel je precies/).fill('Twee keer per maand: hoeveel schermen onbeheerd openstaan op de afdeling.');
    await form.getByLabel('Voor en na: dezelfde groep, een 0-meting en een 1-meting').check();
    await form.getByLabel(/Wie meet je/).fill('Afdeling B3');
    await form.getByLabel('0-meting gepland op').fill('2027-01-10');
    await form.getByLabel('1-meting gepland op').fill('2027-01-05');
    await form.getByRole('button', { name: 'Werkblad opslaan' }).click();
    await expect.poll(() => form.getByText('De 1-meting komt na de 0-meting. Kies een latere dag.').count()).toBe(1);
    await expectAccessible('worksheet with an error');

    await form.getByLabel('1-meting gepland op').fill('2027-05-31');
    await form.getByRole('button', { name: 'Werkblad opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).count()).toBe(1);
    // No KPI counts the behaviour yet: the worksheet says where to make one.
    await expect.poll(() => page.getByText('Er is nog geen KPI die het gedrag telt. Voeg er een toe bij 6.1.').count()).toBe(1);
    await expectAccessible('worksheet saved');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible('worksheet at phone size');
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.goto(`${programmeUrl}/substeps/4.1`);
    await expect.poll(() => page.getByText(/^De 0-meting staat gepland op 10 jan\.? 2027, maar is nog niet gedaan/).count()).toBe(1);
  });
});

describe('KPIs and the effect measurement (6.1)', () => {
  it('shows an empty 6.1', async () => {
    await page.goto(`${programmeUrl}/substeps/6.1`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^6\.1 /);
    await expect.poll(() => kpis().getByText('Nog geen KPI’s.').count()).toBe(1);
    await expect
      .poll(() =>
        effect()
          .getByText(/Er is nog geen gesloten vragenlijst om te herhalen/)
          .count(),
      )
      .toBe(1);
    await expectAccessible('6.1 empty');
  });

  it('adds a KPI, after the server refused a target on the wrong side of the baseline', async () => {
    await kpis().getByRole('button', { name: 'KPI toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe KPI' });
    await form.waitFor();
    await form.getByLabel('Indicator').selectOption({ label: KPI });
    // The indicator fills in its name, unit and direction (fewer clicks is better).
    await expect.poll(() => form.getByLabel('Naam').inputValue()).toBe(KPI);
    await expect.poll(() => form.getByLabel('Wat is beter?').inputValue()).toBe('decrease');
    await form.getByLabel('0-meting (waarde)').fill('30');
    await form.getByLabel('Datum 0-meting').fill('2027-01-01');
    await form.getByLabel('Streefwaarde', { exact: true }).fill('40');
    await form.getByLabel('Streefwaarde halen op (datum)').fill('2027-12-31');
    await form.getByRole('button', { name: 'KPI opslaan' }).click();
    await expect.poll(() => form.getByText(/De streefwaarde moet de goede kant op liggen/).count()).toBe(1);
    await expectAccessible('6.1 KPI form with an error');

    await form.getByLabel('Streefwaarde', { exact: true }).fill('10');
    await form.getByRole('button', { name: 'KPI opslaan' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Nieuwe KPI' }).count()).toBe(0);
    const card = kpis().getByRole('article', { name: KPI });
    await expect.poll(() => card.getByText('Nog geen metingen', { exact: true }).count()).toBe(1);
    await expect.poll(() => card.getByText(/0-meting 30 % → streefwaarde 10 %/).count()).toBe(1);
    await expectAccessible('6.1 with a KPI');
  });

  it('adds measurements and follows them on a line chart, with the status in words', async () => {
    const card = kpis().getByRole('article', { name: KPI });
    for (const [date, value] of [
      ['2027-03-01', '20'],
      ['2027-06-01', '8'],
    ] as const) {
      await card.getByRole('button', { name: `Meting toevoegen aan ${KPI}` }).click();
      const form = card.getByRole('form', { name: 'Nieuwe meting' });
      await form.getByLabel('Datum van de meting').fill(date);
      await form.getByLabel('Waarde (%)').fill(value);
      await form.getByRole('button', { name: 'Meting opslaan' }).click();
      await expect.poll(() => card.getByRole('form', { name: 'Nieuwe meting' }).count()).toBe(0);
      if (date === '2027-03-01') {
        await expect.poll(() => card.getByText('Op weg naar de streefwaarde', { exact: true }).count()).toBe(1);
        await expectAccessible('6.1 with one measurement');
      }
    }
    await expect.poll(() => card.getByText('Streefwaarde gehaald', { exact: true }).count()).toBe(1);
    // Chromium's and Node's locale data differ on the dot after a short Dutch month (mrt / mrt.).
    const chart = card.getByRole('img', {
      name: /^Lijngrafiek van Klikken op oefenphishing in %: 2 metingen, van 20 op 1 mrt\.? 2027 tot 8 op 1 jun\.? 2027\. 0-meting 30 %, streefwaarde 10 %\.$/,
    });
    await expect.poll(() => chart.count()).toBe(1);
    const table = card.getByRole('table', { name: `Metingen van ${KPI}` });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await expect.poll(() => table.getByRole('row', { name: /1 jun\.? 2027/ }).textContent()).toContain('8 %');
    await expectAccessible('6.1 with a line chart');
  });

  it('follows the behaviour KPI in the worksheet: 0-meting, 1-meting, what the figures suggest, and the team’s decision', async () => {
    await expect.poll(() => kpis().getByRole('article', { name: KPI }).getByText('Gedrag (uitkomst)').count()).toBe(1);
    await page.goto(`${programmeUrl}/measurement`);
    const form = page.getByRole('form', { name: 'Werkblad effectmeting' });
    await form.getByLabel('KPI die het gedrag telt').selectOption({ label: `${KPI} (%)` });
    await form.getByRole('button', { name: 'Werkblad opslaan' }).click();
    await expect.poll(() => form.getByText(/^De streefwaarde is gehaald: 8 %, de streefwaarde was 10 %/).count()).toBe(1);
    await expect.poll(() => form.getByText(/^1-meting: 8 % op 1 jun\.? 2027$/).count()).toBe(1);
    // The measurement of March came before the planned 1-meting: an interim one.
    await expect.poll(() => form.getByText('Tussenmetingen: 1').count()).toBe(1);
    await form.getByLabel('Verankeren').check();
    await form.getByLabel('Waarom dit besluit?').fill('Het doel is gehaald; we borgen de schermvergrendeling in de werkinstructie.');
    await form.getByRole('button', { name: 'Werkblad opslaan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByLabel('Verankeren').isChecked()).toBe(true);
    await expectAccessible('worksheet with a decision');
    await page.goto(`${programmeUrl}/substeps/6.1`);
  });

  it('makes a follow-up of a closed survey and compares it per COM-B factor, saying plainly when it is too small', async () => {
    const created = await api('POST', `/api/programmes/${programmeId}/surveys`, { title: 'Phishing melden', linkEnabled: true, definition });
    expect(created.status).toBe(201);
    // Each pattern four times: enough answers that the privacy noise cannot hide a clear change (docs/anonymity.md).
    await runSurvey(
      created.body.id,
      times4([
        [2, 3],
        [2, 4],
        [3, 3],
        [3, 4],
        [2, 3],
        [3, 4],
      ]),
    );
    await page.reload();
    await effect().getByLabel('Eerste vragenlijst (gesloten)').waitFor();
    await expectAccessible('6.1 with a survey to repeat');

    await effect().getByRole('button', { name: 'Herhaalmeting aanmaken' }).click();
    await expect.poll(() => effect().getByRole('status').textContent()).toContain('De herhaalmeting staat klaar als concept');
    const followUp = effect().getByRole('article', { name: 'Phishing melden (herhaalmeting)' });
    await expect.poll(() => followUp.getByText(/Concept: open en verstuur/).count()).toBe(1);
    await expect.poll(() => followUp.getByRole('link', { name: 'Naar 3.3 Vragenlijst' }).count()).toBe(1);

    const followUpId = (await api('GET', `/api/programmes/${programmeId}/effect`)).body.followUps[0].id;
    await runSurvey(
      followUpId,
      times4([
        [4, 3],
        [5, 4],
        [4, 3],
        [5, 4],
        [4, 3],
        [5, 4],
      ]),
    );
    await page.reload();
    const table = effect().getByRole('table', { name: 'Voor en na per COM-B-factor: Phishing melden (herhaalmeting)' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await expect.poll(() => table.getByRole('row', { name: /^Psychologische capaciteit/ }).textContent()).toContain('Duidelijk beter');
    await expect.poll(() => table.getByText('Geen duidelijke verandering', { exact: true }).count()).toBe(1);
    await expectAccessible('6.1 with a comparison');

    await effect().getByRole('button', { name: 'Herhaalmeting aanmaken' }).click();
    await expect.poll(async () => (await api('GET', `/api/programmes/${programmeId}/effect`)).body.followUps.length).toBe(2);
    const small = (await api('GET', `/api/programmes/${programmeId}/effect`)).body.followUps[1].id;
    await runSurvey(small, [
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    await page.reload();
    await expect.poll(() => effect().getByText('Te weinig reacties (minimaal 5)', { exact: true }).count()).toBe(2);
    await expect.poll(() => effect().getByText('Te weinig reacties om iets te zeggen: beide metingen hebben minimaal 5 reacties nodig.').count()).toBe(1);
    await expectAccessible('6.1 with a follow-up too small to tell');
  });
});
