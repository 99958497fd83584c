import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWithProgramme, settle, startSession, type Session } from './support.js';

/**
 * Issue 18, points 6 and 8 in a real Chromium: the team previews a draft survey as staff will see
 * it on a phone; every save says "Opgeslagen"; "Stip geven" keeps the focus and "Overleg
 * vastleggen" moves it into its form and back. axe runs with all its rules (best practices such as
 * unique landmarks too) at a laptop's and a phone's width, with data, with an error and with empty lists.
 */
const SURVEY = 'Vragenlijst vergrendelen';
const STATEMENTS = ['Ik weet hoe ik mijn scherm vergrendel.', 'Ik heb tijd om mijn scherm te vergrendelen.'];
const IDEAS = ['Meldknop in het mailprogramma', 'Inloggen met je pas en automatisch vergrendelen'];

let session: Session;
let page: Page;
let programmeUrl = '';
let programmeId = '';

const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];
/** All of axe's rules, not only WCAG's: also unique landmark names (issue 18, point 8). */
async function expectNoViolations(label: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await settle(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
    expect(found, `${label} at ${size.width} px:\n${found.join('\n')}`).toEqual([]);
  }
  await page.setViewportSize(WIDTHS[0]!);
}
const open = async (key: string) => {
  await page.goto(`${programmeUrl}/substeps/${key}`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(new RegExp(`^${key.replace('.', '\\.')} `));
};
const region = (name: string | RegExp) => page.getByRole('region', { name });
/** The accessible name of what has the focus (its label, else its text). */
const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
/** A call to the API as the logged-in user (with the session's CSRF token). */
const api = (method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ([m, p, b]) => {
      const { csrfToken } = await (await fetch('/api/auth/session')).json();
      const reply = await fetch(p as string, {
        method: m as string,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: reply.status, body: await reply.json().catch(() => null) };
    },
    [method, path, body] as const,
  );

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Schermen vergrendelen', problem: 'Werkplekken blijven ontgrendeld achter.' });
  programmeUrl = page.url();
  programmeId = programmeUrl.split('/programmes/')[1]!;
});

afterAll(() => session?.stop());

describe.sequential('the survey preview (3.3)', () => {
  let surveyId = '';

  it('shows a draft at phone size as staff will see it, and sends nothing from it', async () => {
    const draft = await api('POST', `/api/programmes/${programmeId}/surveys`, {
      title: SURVEY,
      linkEnabled: true,
      definition: {
        behaviour: 'het scherm vergrendelen',
        intro: { nl: 'Vijf minuten over vergrendelen.', en: '' },
        scale: 5,
        items: STATEMENTS.map((text, i) => ({ id: `i${i + 1}`, factor: 'C-psy', text: { nl: text, en: '' }, bankId: null })),
        groups: [
          {
            id: 'department',
            question: { nl: 'Op welke afdeling werk je?', en: '' },
            options: [
              { id: 'a', label: { nl: 'Afdeling A', en: '' } },
              { id: 'b', label: { nl: 'Afdeling B', en: '' } },
            ],
          },
        ],
      },
    });
    expect(draft.status).toBe(201);
    surveyId = draft.body.id;

    await page.setViewportSize(WIDTHS[1]!);
    await open('3.3');
    await page.getByRole('button', { name: `Bekijk als medewerker: ${SURVEY}` }).click();
    const dialog = page.getByRole('dialog', { name: `Zo ziet een medewerker „${SURVEY}”` });
    await dialog.waitFor();
    const frame = page.frameLocator(`iframe[title="Voorbeeld van „${SURVEY}” op een telefoon"]`);
    await frame.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    // Phone-sized: the page inside lays out as on a 390 px phone.
    expect(await page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).contentWindow!.innerWidth)).toBeLessThanOrEqual(390);
    await expect.poll(() => frame.locator('legend').allTextContents()).toEqual(['Op welke afdeling werk je?', ...STATEMENTS.map((s, i) => `${i + 1}. ${s}`)]);
    await frame.getByRole('radio', { name: 'Eens', exact: true }).first().check();
    await expect.poll(() => frame.getByText('1 van 2 beantwoord').count()).toBe(1);
    expect(await frame.getByRole('button', { name: 'Antwoorden versturen' }).isDisabled()).toBe(true);
    await expect.poll(() => frame.getByText('Dit is een voorbeeld voor het team. Versturen kan hier niet.').count()).toBe(1);
    await expectNoViolations('the preview dialog');

    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(focused).toBe(`Bekijk als medewerker: ${SURVEY}`);
    expect((await api('GET', `/api/programmes/${programmeId}/surveys/${surveyId}`)).body).toMatchObject({ status: 'draft', responses: 0 });
  });

  it('closes on Escape also while the focus is inside the frame', async () => {
    await page.getByRole('button', { name: `Bekijk als medewerker: ${SURVEY}` }).click();
    const dialog = page.getByRole('dialog', { name: `Zo ziet een medewerker „${SURVEY}”` });
    const frame = page.frameLocator('iframe');
    await frame.getByRole('radio', { name: 'Oneens', exact: true }).first().focus();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(focused).toBe(`Bekijk als medewerker: ${SURVEY}`);
  });

  it('is the page staff get once the survey is open', async () => {
    const opened = await api('POST', `/api/programmes/${programmeId}/surveys/${surveyId}/open`, {});
    // A second tab of the team member (the preview needs the session) at a phone's size.
    const phone = await page.context().newPage();
    await phone.setViewportSize(WIDTHS[1]!);
    await phone.goto(`${session.running.baseUrl}/s/${opened.body.publicSlug}`);
    await phone.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    /** What the page says, line by line. */
    const lines = async () => (await phone.locator('main').innerText()).split('\n').filter((line) => line.trim() !== '');
    const respondent = await lines();
    await phone.goto(`${session.running.baseUrl}/voorbeeld/${programmeId}/${surveyId}`);
    await phone.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    // The same page, but for the note that nothing is sent.
    expect((await lines()).filter((line) => line !== 'Dit is een voorbeeld voor het team. Versturen kan hier niet.')).toEqual(respondent);
    await phone.close();
  });
});

describe('"Opgeslagen" and the focus', () => {
  it('keeps the focus on "Stip geven" when the idea moves up and back down (4.2)', async () => {
    await open('4.2');
    const ideas = page.getByRole('list', { name: 'Ideeën, met de meeste stippen bovenaan' });
    await page.getByRole('button', { name: 'Kies uit de bibliotheek' }).click();
    for (const idea of IDEAS) {
      await page.getByRole('button', { name: `${idea} toevoegen als idee` }).click();
      await expect.poll(() => ideas.getByRole('heading', { name: idea }).count()).toBe(1);
    }
    await page.getByRole('button', { name: 'Bibliotheek verbergen' }).click();
    await expect.poll(() => ideas.getByRole('heading', { level: 3 }).count()).toBe(2);
    const second = (await ideas.getByRole('heading', { level: 3 }).allTextContents())[1]!;

    // By keyboard: the second idea gets a dot and moves to the top, the focus stays with its button.
    await page.getByRole('button', { name: `Stip geven aan ${second}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Je hebt nog 4 van je 5 stippen.').count()).toBe(1);
    await expect.poll(() => ideas.getByRole('heading', { level: 3 }).first().textContent()).toBe(second);
    await expect.poll(focused).toBe(`Stip terugnemen van ${second}`);
    await expect.poll(() => page.getByRole('status').getByText('Opgeslagen.', { exact: true }).count()).toBe(1);

    // The dot taken back: the idea moves down again, and the focus still goes with it.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Je hebt nog 5 van je 5 stippen.').count()).toBe(1);
    await expect.poll(() => ideas.getByRole('heading', { level: 3 }).last().textContent()).toBe(second);
    await expect.poll(focused).toBe(`Stip geven aan ${second}`);
    await expectNoViolations('4.2 with ideas');
  });

  it('moves the focus into the check-in form and back, and says "Opgeslagen" (5.3)', async () => {
    await open('5.3');
    const history = region('Verslagen');
    await expect.poll(() => history.getByText('Nog geen overleg vastgelegd.').count()).toBe(1);
    await expectNoViolations('5.3 with empty lists');

    await history.getByRole('button', { name: 'Overleg vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Overleg vastleggen' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await form.getByLabel('Datum van het overleg').getAttribute('id'));
    await form.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(focused).toBe('Overleg vastleggen');

    // An error shown: a check-in without a date.
    await page.keyboard.press('Enter');
    await form.getByLabel('Datum van het overleg').fill('');
    await form.getByRole('button', { name: 'Verslag opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').count()).toBeGreaterThan(0);
    await expectNoViolations('5.3 check-in form with an error');

    await form.getByLabel('Datum van het overleg').fill('2026-01-15');
    await form.getByLabel('Verslag').fill('Posters hangen; vergrendelen gaat beter.');
    await form.getByRole('button', { name: 'Verslag opslaan' }).click();
    await expect.poll(() => page.getByRole('status').getByText('Opgeslagen.', { exact: true }).count()).toBe(1);
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(focused).toBe('Overleg vastleggen');
    await expectNoViolations('5.3 with a recorded check-in');
  });

  it('says "Verwijderd" after a delete', async () => {
    await page.getByRole('button', { name: 'Verslag verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verslag verwijderen' }).click();
    await expect.poll(() => page.getByRole('status').getByText('Verwijderd.', { exact: true }).count()).toBe(1);
    await expect.poll(() => region('Verslagen').getByText('Nog geen overleg vastgelegd.').count()).toBe(1);
  });
});
