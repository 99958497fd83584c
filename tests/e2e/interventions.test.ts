import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as checkAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Step 4 in a real Chromium, from the behavioural diagnosis to a chosen, concrete intervention:
 * a barrier in 3.4, the functions it calls for in 4.1, an idea from the library with a dot and a
 * place on the shortlist in 4.2, an APEASE rating in the matrix and a reasoned choice in 4.3, the
 * plan in 4.4. axe must find nothing on any of these pages, nor on the intervention library (4.3
 * and the library also on a phone).
 */
const BARRIER = 'Een verdachte mail melden kost vijf klikken';
const IDEA = 'Meldknop in het mailprogramma';

let session: Session;
let page: Page;
let programmeUrl = '';

const expectAccessible = (label: string) => checkAccessible(page, label);
/** axe at a laptop's and a phone's width; back to the session's size afterwards. */
const expectAccessibleAt = async (label: string) => {
  for (const size of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await expectAccessible(`${label} at ${size.width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
};
const open = async (key: string) => {
  await page.goto(`${programmeUrl}/substeps/${key}`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(new RegExp(`^${key.replace('.', '\\.')} `));
};
/** One message per save: the app-wide "Opgeslagen.", and no second one beside the form (issue 18). */
const savedOnce = async () => {
  const said = page.getByRole('status').filter({ hasText: /opgeslagen|toegevoegd/i });
  await expect.poll(() => said.allInnerTexts()).toEqual(['Opgeslagen.']);
};
/** The accessible name of what has the focus (its label, else its text). */
const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
const markDone = async () => {
  await page.getByRole('radio', { name: 'Klaar' }).check();
  await expect.poll(() => page.getByRole('radio', { name: 'Klaar' }).isChecked()).toBe(true);
};

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Phishing melden', problem: 'Verdachte mail wordt weggeklikt in plaats van gemeld.' });
  programmeUrl = page.url();
});

afterAll(() => session?.stop());

describe('from diagnosis to a chosen intervention', () => {
  it('records a barrier in the diagnosis (3.4)', async () => {
    await open('3.4');
    await page.getByRole('button', { name: 'Punt toevoegen' }).click();
    await page.getByLabel('COM-B-factor').selectOption('O-phy');
    await page.getByLabel('Omschrijving').fill(BARRIER);
    await page.getByLabel('Onderbouwing', { exact: true }).fill('Genoemd in vier van de vijf interviews');
    await page.getByLabel(/^Gewicht/).selectOption('5');
    await page.getByRole('button', { name: 'Werkblad opslaan' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Versie 1 · / })
          .count(),
      )
      .toBe(1);
  });

  it('shows the intervention functions the barrier calls for, and why (4.1)', async () => {
    await open('4.1');
    await page.getByRole('heading', { name: 'Aanpassing van de omgeving' }).waitFor();
    const card = page.getByRole('article', { name: 'Aanpassing van de omgeving' });
    await expect.poll(() => card.getByText(BARRIER, { exact: false }).count()).toBe(1);
    await expectAccessible('4.1 functions');
  });

  it('takes an idea from the library, gives it a dot and puts it on the shortlist (4.2)', async () => {
    await open('4.2');
    await expect.poll(() => page.getByText('Je hebt nog 5 van je 5 stippen.').count()).toBe(1);
    await page.getByRole('button', { name: 'Eigen idee toevoegen' }).click();
    await page.getByRole('form', { name: 'Nieuw idee' }).waitFor();
    await expectAccessible('4.2 own idea form');
    await page.getByRole('button', { name: 'Annuleren' }).click();

    await page.getByRole('button', { name: 'Kies uit de bibliotheek' }).click();
    await page.getByRole('button', { name: `${IDEA} toevoegen als idee` }).click();
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: IDEA }) })
      .first()
      .waitFor();
    await expectAccessible('4.2 with the library open');
    await page.getByRole('button', { name: 'Bibliotheek verbergen' }).click();

    await page.getByRole('button', { name: `Stip geven aan ${IDEA}` }).click();
    await expect.poll(() => page.getByText('Je hebt nog 4 van je 5 stippen.').count()).toBe(1);
    await page.getByRole('checkbox', { name: `Op de shortlist: ${IDEA}` }).check();
    await expect.poll(() => page.getByText('Het werkblad is compleet', { exact: false }).count()).toBe(1);
    await expectAccessible('4.2 with a shortlist');
    await markDone();
  });

  it('rates the idea inline in the APEASE matrix, sees the team’s spread follow, and chooses it with a reason (4.3)', async () => {
    await open('4.3');
    const row = page.getByRole('table', { name: /^APEASE-matrix/ }).getByRole('row', { name: new RegExp(`^${IDEA}`) });
    await row.waitFor();
    await expect.poll(() => row.getByText('Nog niet beoordeeld').count()).toBe(1);
    await expectAccessibleAt('4.3 matrix before rating');
    const scores = [
      ['Betaalbaarheid', '4'],
      ['Uitvoerbaarheid', '5'],
      ['Effectiviteit', '4'],
      ['Aanvaardbaarheid', '5'],
      ['Bijwerkingen en veiligheid', '5'],
      ['Gelijkheid', '4'],
    ] as const;
    // Each cell saves as it is chosen; quick changes one after another must all stay.
    for (const [criterion, value] of scores) {
      await row.getByRole('combobox', { name: `Jij: ${criterion} van ${IDEA}` }).selectOption(value);
    }
    await expect.poll(() => row.getByText('Gemiddeld: 4,5').count()).toBe(1);
    const affordability = row.getByRole('cell').first();
    await expect.poll(() => affordability.getByText('Team: gemiddeld 4, laagste 4, hoogste 4, 1 teamlid.').count()).toBe(1);
    await savedOnce();
    // A changed score changes the spread too, and survives a reload.
    await row.getByRole('combobox', { name: `Jij: Betaalbaarheid van ${IDEA}` }).selectOption('2');
    await expect.poll(() => affordability.getByText('Team: gemiddeld 2, laagste 2, hoogste 2, 1 teamlid.').count()).toBe(1);
    await expect.poll(() => affordability.getByText('Zorgpunt').count()).toBe(1);
    await page.reload();
    await expect.poll(() => row.getByRole('combobox', { name: `Jij: Betaalbaarheid van ${IDEA}` }).inputValue()).toBe('2');
    await expect.poll(() => row.getByRole('combobox', { name: `Jij: Gelijkheid van ${IDEA}` }).inputValue()).toBe('4');

    await page.getByRole('button', { name: new RegExp(`^${IDEA}`) }).click();
    const choice = page.getByRole('region', { name: new RegExp(`^${IDEA}`) });
    await choice.getByRole('radio', { name: 'Gekozen' }).check();
    await choice.getByLabel('Waarom? (wordt vastgelegd)').fill('Eén klik neemt de grootste belemmering weg en kost weinig.');
    await choice.getByRole('button', { name: 'Besluit opslaan' }).click();
    await savedOnce();
    await expect.poll(() => row.getByText('Gekozen').count()).toBe(1);
    await expectAccessibleAt('4.3 rated and chosen');
    await markDone();
  });

  it('makes the chosen intervention concrete, with an indicator for step 6 (4.4)', async () => {
    await open('4.4');
    const plan = page.getByRole('article', { name: IDEA });
    await plan.waitFor();
    await expectAccessible('4.4 empty plan');
    await plan.getByLabel('Wat gaan jullie precies doen?').fill('Een knop "Phishing melden" in Outlook die de mail doorstuurt naar de servicedesk.');
    await plan.getByLabel('Voor wie?').fill('Alle medewerkers met een e-mailaccount');
    await plan.getByLabel('Door wie? (eigenaar)').fill('Functioneel beheer, met communicatie');
    await plan.getByLabel('Start').fill('2027-02-01');
    await plan.getByLabel('Hoe meet je het effect?').fill('Meldpercentage bij de oefenmail, vergeleken met de nulmeting');
    await plan.getByRole('checkbox', { name: /^Meldingen van oefenphishing/ }).check();
    await plan.getByRole('button', { name: 'Plan opslaan' }).click();
    await savedOnce();
    await expect.poll(() => page.getByText('Het werkblad is compleet', { exact: false }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Technieken in jullie plan' }).count()).toBe(1);
    await expectAccessible('4.4 with a plan');
    // The plan van aanpak goes to the board before step 5: offered here, not only in 6.3.
    const board = page.getByRole('region', { name: 'Plan van aanpak voor het bestuur' });
    const pdf = board.getByRole('link', { name: 'Plan van aanpak downloaden als PDF' });
    await expect.poll(() => pdf.count()).toBe(1);
    const download = await page.request.get(new URL((await pdf.getAttribute('href'))!, page.url()).toString());
    expect([download.status(), download.headers()['content-type']]).toEqual([200, 'application/pdf']);
    await markDone();
  });

  it('shows the library per intervention function, with an index that stays in view, and a phone page of half the length', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${session.running.baseUrl}/library`);
    await page.getByRole('heading', { name: IDEA }).waitFor();
    const index = page.getByRole('navigation', { name: 'Ga naar een interventiefunctie' });
    await expect.poll(() => index.getByRole('link').count()).toBe(9);
    const inView = async () => {
      const box = (await index.boundingBox())!;
      return box.y >= 64 && box.y + box.height <= page.viewportSize()!.height;
    };
    // Beside the sections, still in view after a jump to the last one; the heading takes the focus.
    await index.getByRole('link', { name: /^Facilitering/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Facilitering \(\d+\)$/);
    expect(await inView()).toBe(true);
    await expectAccessible('library sections at 1366 px');

    // A phone: one card per section and "Toon alle N", which brings the rest and moves the focus to the next card.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
    const restructuring = page.getByRole('region', { name: /^Aanpassing van de omgeving \(/ });
    await expect.poll(() => restructuring.getByRole('listitem').count()).toBe(1);
    await restructuring.getByRole('button', { name: /^Toon alle \d+ interventies bij Aanpassing van de omgeving$/ }).click();
    await expect.poll(() => restructuring.getByRole('listitem').count()).toBeGreaterThan(5);
    const second = (await restructuring.getByRole('listitem').nth(1).getByRole('heading').textContent())!;
    await expect.poll(focused).toBe(second);
    // The index is a button that stays under the header; a link followed closes it, and the heading shows below it.
    const menu = index.getByRole('button', { name: 'Ga naar een interventiefunctie' });
    expect(await inView()).toBe(true);
    await menu.click();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible('library index menu open at 390 px');
    await index.getByRole('link', { name: /^Voorlichting/ }).click();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Voorlichting \(\d+\)$/);
    const heading = (await page.getByRole('heading', { name: /^Voorlichting \(/ }).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual((await index.boundingBox())!.y + (await index.boundingBox())!.height);
    // A search shows every match, also on a phone.
    await page.getByRole('searchbox').fill('phishing');
    await expect
      .poll(async () =>
        page
          .getByRole('region', { name: /^Training \(/ })
          .getByRole('listitem')
          .count(),
      )
      .toBeGreaterThan(1);
    await expectAccessible('library sections at 390 px');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('adds an intervention of the organisation’s own to the library, which 4.2 then offers', async () => {
    const OWN = 'Privacyquiz bij de koffie';
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Interventiebibliotheek' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Interventiebibliotheek');
    await page.getByRole('heading', { name: IDEA }).waitFor();
    await expectAccessibleAt('intervention library');
    // Compact: the title unfolds the details on demand.
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: IDEA }) });
    await expect.poll(() => card.getByText('Technieken:').count()).toBe(0);
    await card.getByRole('button', { name: IDEA }).click();
    await expect.poll(() => card.getByText('Technieken:').count()).toBe(1);
    await expectAccessibleAt('intervention library with details open');

    await page.getByRole('button', { name: 'Eigen interventie toevoegen' }).click();
    await page.getByRole('button', { name: 'Interventie toevoegen' }).click();
    await expect.poll(() => page.getByLabel('Naam van de interventie').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('own intervention form with errors');
    await page.getByLabel('Naam van de interventie').fill(OWN);
    await page
      .getByRole('group', { name: /^Interventiefuncties/ })
      .getByRole('checkbox', { name: 'Voorlichting' })
      .check();
    await page.getByRole('radio', { name: /^Weinig/ }).check();
    await page.getByRole('button', { name: 'Interventie toevoegen' }).click();
    await savedOnce();
    await page.getByRole('searchbox').fill('privacyquiz');
    await expect.poll(() => page.getByRole('heading', { name: OWN }).count()).toBe(1);
    await expectAccessible('library with an own intervention');

    await open('4.2');
    await page.getByRole('button', { name: 'Kies uit de bibliotheek' }).click();
    await page.getByRole('button', { name: `${OWN} toevoegen als idee` }).waitFor();
  });
});
