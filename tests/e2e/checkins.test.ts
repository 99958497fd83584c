import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#core/worksheets/planning.js';
import { amsterdamDay } from '#server/day.js';
import { ADMIN, expectAccessible as checkAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Sub-steps 5.1 and 5.3 in a real Chromium: the meeting series planned in 1.4 gives the next
 * check-in; an overdue action lands on its agenda (in words); a check-in is recorded with an open
 * decision and an action agreed at it, both of which then show; the communication plan takes a
 * message through a suggested channel. axe must find nothing on any of these views.
 */
const LATE = 'Posters over vergrendelen ophangen';
const AGREED = 'Evaluatie met de teammanagers plannen';
const DECISION = 'Budget voor schermfilters aanvragen';

let session: Session;
let page: Page;
let programmeUrl = '';
const today = amsterdamDay();

const expectAccessible = (label: string) => checkAccessible(page, label);
/** A day as the interface shows it (the browser's own formatting, so the test does not guess it). */
const shown = (iso: string) =>
  page.evaluate((d) => new Date(`${d}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), iso);
const open = async (key: string) => {
  await page.goto(`${programmeUrl}/substeps/${key}`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(new RegExp(`^${key.replace('.', '\\.')} `));
};
const region = (name: string | RegExp) => page.getByRole('region', { name });

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, {
    title: 'Schermen vergrendelen',
    problem: 'Werkplekken op de afdeling blijven ontgrendeld achter.',
  });
  programmeUrl = page.url();
});

afterAll(() => session?.stop());

describe('the check-ins (5.3) and the communication plan (5.1)', () => {
  it('points to 1.4 while no meeting series is planned', async () => {
    await open('5.3');
    const panel = region('Voortgangsoverleg');
    await expect.poll(() => panel.getByText('Er is nog geen overlegreeks gepland.').count()).toBe(1);
    await expect.poll(() => panel.getByRole('link', { name: 'Plan de overlegreeks in 1.4' }).count()).toBe(1);
    await expect.poll(() => region('Verslagen').getByText('Nog geen overleg vastgelegd.').count()).toBe(1);
    await expectAccessible('5.3 without a series');
  });

  it('plans a two-weekly series in 1.4', async () => {
    await region('Voortgangsoverleg').getByRole('link', { name: 'Plan de overlegreeks in 1.4' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^1\.4 /);
    await page.getByLabel('Eerste overleg').fill(addDays(today, -7));
    await page.getByRole('button', { name: 'Werkblad opslaan' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: new RegExp(`^Versie 1 · ${ADMIN.name}`) })
          .count(),
      )
      .toBe(1);
  });

  it('adds an overdue action and a message to the communication plan in 5.1', async () => {
    await open('5.1');
    const actions = region('Actieplan');
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe actie' });
    await form.getByLabel('Wat ga je doen?').fill(LATE);
    await form.getByLabel('Uiterlijk op (datum)').fill('2020-01-01');
    await form.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect.poll(() => actions.getByRole('row').filter({ hasText: LATE }).count()).toBe(1);

    const plan = region('Communicatieplan');
    await expect.poll(() => plan.getByText('Nog niets gepland. Voeg de eerste boodschap toe.').count()).toBe(1);
    await plan.getByRole('button', { name: 'Boodschap toevoegen' }).click();
    const message = page.getByRole('form', { name: 'Nieuwe boodschap' });
    await message.getByLabel('Voor wie (doelgroep)').fill('Verpleegkundigen afdeling B');
    await message.getByLabel('Boodschap').fill('Vergrendel je scherm met Windows-toets + L, ook als je even wegloopt.');
    await message.getByLabel('Wanneer (datum)').fill(addDays(today, 10));
    const channel = message.getByLabel('Kanaal');
    await channel.fill('Intra');
    await page.getByRole('option', { name: 'Intranet' }).click();
    await expect.poll(() => channel.inputValue()).toBe('Intranet');
    await expectAccessible('5.1 communication form');
    await message.getByRole('button', { name: 'Boodschap opslaan' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Nieuwe boodschap' }).count()).toBe(0);
    const row = plan.getByRole('row').filter({ hasText: 'Verpleegkundigen afdeling B' });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByText('Intranet', { exact: true }).count()).toBe(1);
    await expect.poll(() => row.getByText('Gepland', { exact: true }).count()).toBe(1);
    await expectAccessible('5.1 with actions and a communication plan');
  });

  it('shows the next check-in and the overdue action on the agenda, in words', async () => {
    await open('5.3');
    const next = await shown(addDays(today, 7));
    await expect.poll(() => region('Voortgangsoverleg').getByText(`Volgende overleg: ${next}`).count()).toBe(1);
    const overdue = region(/^Te laat/);
    await expect.poll(() => overdue.getByText(LATE).count()).toBe(1);
    await expect.poll(() => overdue.getByText('Te laat', { exact: true }).count()).toBe(1);
    await expect.poll(() => region('Open besluiten (0)').getByText('Niets.').count()).toBe(1);
    await expectAccessible('5.3 agenda');
  });

  it('records a check-in with an open decision, which joins the agenda', async () => {
    await region('Verslagen').getByRole('button', { name: 'Overleg vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Overleg vastleggen' });
    await expect.poll(() => form.getByLabel('Datum van het overleg').inputValue()).toBe(today);
    await form.getByRole('checkbox', { name: ADMIN.name }).check();
    await form.getByLabel('Andere aanwezigen (namen, gescheiden door komma’s)').fill('Joris Bakker, Anna Smit');
    await form.getByLabel('Verslag').fill('Posters liggen klaar; ophangen is blijven liggen.');
    await form.getByRole('button', { name: 'Besluit toevoegen' }).click();
    const decision = form.getByRole('group', { name: 'Besluit 1' });
    await decision.getByRole('textbox', { name: 'Besluit' }).fill(DECISION);
    await decision.getByLabel('Nog open (komt terug op de agenda)').check();
    await decision.getByLabel('Uiterlijk op (datum)').fill(addDays(today, 14));
    await expectAccessible('5.3 check-in form');
    await form.getByRole('button', { name: 'Verslag opslaan' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Overleg vastleggen' }).count()).toBe(0);

    const shownToday = await shown(today);
    const record = page.getByRole('button', { name: `Overleg van ${shownToday}` });
    await expect.poll(() => record.getAttribute('aria-expanded')).toBe('true');
    const history = region('Verslagen');
    await expect.poll(() => history.getByText(`${ADMIN.name}, Joris Bakker, Anna Smit`).count()).toBe(1);
    await expect.poll(() => history.getByText(`${DECISION} · Nog open`, { exact: false }).count()).toBe(1);
    await expect.poll(() => region('Open besluiten (1)').getByText(DECISION).count()).toBe(1);
    await expect.poll(() => region('Voortgangsoverleg').getByText(`Vorige overleg: ${shownToday}`).count()).toBe(1);
    await expectAccessible('5.3 with a recorded check-in');
  });

  it('adds an action agreed at the check-in, which shows with it and on the agenda', async () => {
    const history = region('Verslagen');
    await history.getByRole('button', { name: 'Actie toevoegen bij dit overleg' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe actie' });
    await form.getByLabel('Wat ga je doen?').fill(AGREED);
    await form.getByLabel('Uiterlijk op (datum)').fill(addDays(today, 3));
    await expectAccessible('5.3 action form');
    await form.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Nieuwe actie' }).count()).toBe(0);
    await expect.poll(() => history.getByText(AGREED, { exact: false }).count()).toBe(1);
    await expect
      .poll(() =>
        region(/^Vóór het volgende overleg/)
          .getByText(AGREED)
          .count(),
      )
      .toBe(1);
    await expectAccessible('5.3 with an agreed action');

    // Folded, the record still names its day.
    const record = page.getByRole('button', { name: `Overleg van ${await shown(today)}` });
    await record.click();
    await expect.poll(() => record.getAttribute('aria-expanded')).toBe('false');
    await expectAccessible('5.3 with the record folded');
  });
});
