import { request, type APIRequestContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, DESKTOP, journeyStop, openPhone, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Issue 18's journey of a staff member answering an anonymous survey on her phone: the link shows
 * whose survey it is and promises anonymity in plain words; she answers every statement, sends and
 * is thanked; opening the link again shows none of her answers. The team sees nothing while fewer
 * than the organisation's minimum answered (src/core/survey/anonymity.ts, 5 by default) and the
 * results once enough did, counted in people, not in answers on statements (point 10).
 * Screenshots in test-results/e2e/journeys/staff-*; every page passes axe at 390 and 1366 px.
 */

const ORGANISATION = 'Zorggroep Rivierenland';
const SURVEY = 'Veilig mailen';
const EARLY = 'Proefronde';
const MINIMUM = 5;

let session: Session;
let page: Page;
let phone: Page;
let anonymous: APIRequestContext;
let programmeId = '';
let link = '';
let earlyId = '';

const text = (nl: string) => ({ nl, en: '' });
/** Three statements, two of them on one factor: a count of answers on statements would say 2× or 3× the people. */
const DEFINITION = {
  behaviour: 'het adres controleren',
  intro: text('Vijf minuten over veilig mailen.'),
  scale: 5,
  items: [
    { id: 'i1', factor: 'C-psy', text: text('Ik weet hoe ik het adres van een e-mail controleer.'), bankId: null },
    { id: 'i2', factor: 'C-psy', text: text('Ik weet wanneer een e-mail beveiligd moet.'), bankId: null },
    { id: 'i3', factor: 'O-phy', text: text('Ik heb tijd om het adres te controleren.'), bankId: null },
  ],
  groups: [
    {
      id: 'department',
      question: text('In welk team werk je?'),
      options: [
        { id: 'n', label: text('Team Noord') },
        { id: 'z', label: text('Team Zuid') },
      ],
    },
  ],
};

/** Colleagues answering through the public API, as the phone page would send it. */
async function colleaguesAnswer(slug: string, count: number) {
  for (let r = 0; r < count; r++) {
    const answers = Object.fromEntries(DEFINITION.items.map((item, k) => [item.id, ((r + k) % 5) + 1]));
    const reply = await anonymous.post(`${session.running.baseUrl}/api/public/surveys/${slug}/responses`, {
      data: { answers, groups: { department: r % 2 ? 'n' : 'z' } },
    });
    expect(reply.status()).toBe(201);
  }
}

async function openSurvey(title: string) {
  const { baseUrl } = session.running;
  const survey = await apiAs(page, baseUrl, 'POST', `/api/programmes/${programmeId}/surveys`, { title, linkEnabled: true, definition: DEFINITION });
  const opened = await apiAs(page, baseUrl, 'POST', `/api/programmes/${programmeId}/surveys/${survey.id}/open`, {});
  return { id: survey.id as string, slug: opened.publicSlug as string };
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await page.setViewportSize(DESKTOP);
  anonymous = await request.newContext({ extraHTTPHeaders: { origin: session.running.baseUrl } });
  await setUpWithProgramme(page, session.running.setupLink, {
    title: 'Veilig mailen',
    problem: 'Mails met gevoelige gegevens gaan naar de verkeerde ontvanger.',
  });
  programmeId = /\/programmes\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  // The team built and opened the surveys in 3.3 (surveys.test.ts covers those forms).
  const survey = await openSurvey(SURVEY);
  link = `${session.running.baseUrl}/s/${survey.slug}`;
  const early = await openSurvey(EARLY);
  earlyId = early.id;
  await colleaguesAnswer(early.slug, MINIMUM - 2);
  phone = await openPhone(session.browser);
});
afterAll(async () => {
  await anonymous?.dispose();
  await session?.stop();
});

describe.sequential('a staff member answering an anonymous survey', () => {
  it('opens the link: whose survey it is, and the promise of anonymity in plain words', async () => {
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    await phone.getByText(ORGANISATION, { exact: true }).waitFor();
    await phone.getByText('Je antwoorden zijn anoniem: we bewaren niet wie je bent', { exact: false }).waitFor();
    await journeyStop(phone, 'staff-01-vragenlijst');
  });

  it('answers every statement, sends and is thanked', async () => {
    const agree = phone.getByRole('radio', { name: 'Eens', exact: true });
    expect(await agree.count()).toBe(DEFINITION.items.length);
    for (const statement of await agree.all()) await statement.tap();
    await phone.getByRole('radio', { name: 'Team Zuid' }).tap();
    await phone.getByText(`${DEFINITION.items.length} van ${DEFINITION.items.length} beantwoord`).waitFor();
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).tap();
    await phone.getByRole('heading', { name: 'Bedankt voor het invullen!' }).waitFor();
    await journeyStop(phone, 'staff-02-bedankt');
  });

  it('opening the link again shows none of her answers', async () => {
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).waitFor();
    expect(await phone.locator('input:checked').count()).toBe(0);
    expect(await phone.getByText('Bedankt voor het invullen!').count()).toBe(0);
    expect(await phone.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  });

  it('the team sees nothing while fewer than the minimum answered', async () => {
    await page.goto(`${session.running.baseUrl}/programmes/${programmeId}/substeps/3.3`);
    // Still open, one answer: only a count rounded down to the minimum, up to yesterday.
    await page.getByRole('button', { name: `Verspreiden: ${SURVEY}`, exact: true }).click();
    await page.getByText(`Reacties tot en met gisteren: minder dan ${MINIMUM}.`, { exact: false }).waitFor();
    // Closed with three answers: too few to show anything.
    await apiAs(page, session.running.baseUrl, 'POST', `/api/programmes/${programmeId}/surveys/${earlyId}/close`, {});
    await page.reload();
    await page.getByRole('button', { name: `Uitkomsten: ${EARLY}` }).click();
    const results = page.getByRole('region', { name: `Uitkomsten: ${EARLY}` });
    await results.getByText(`Te weinig reacties om iets te tonen (minimaal ${MINIMUM}).`).waitFor();
    expect(await results.getByRole('table').count()).toBe(0);
    await journeyStop(page, 'staff-03-team-te-weinig');
  });

  it('once enough answered and the survey is closed, the team sees results counted in people', async () => {
    await colleaguesAnswer(link.split('/s/')[1]!, 9);
    await page.reload();
    await page.getByRole('button', { name: `Verspreiden: ${SURVEY}`, exact: true }).click();
    await page.getByRole('button', { name: 'Sluit de vragenlijst' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Definitief sluiten' }).click();
    const results = page.getByRole('region', { name: `Uitkomsten: ${SURVEY}` });
    // Ten people answered three statements: 10, not 30.
    await results.getByText('Aantal reacties: 10', { exact: true }).waitFor();
    // The survey list counts the same people. (Figures per statement carry the privacy noise,
    // src/core/survey/noise.ts, so they are not exact counts of anyone.)
    const row = page.getByRole('table', { name: 'Vragenlijsten van dit traject' }).getByRole('row').filter({ hasText: SURVEY });
    expect(await row.getByRole('cell', { name: '10', exact: true }).count()).toBe(1);
    await journeyStop(page, 'staff-04-team-uitkomsten');
  });
});
