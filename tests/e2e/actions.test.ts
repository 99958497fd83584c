import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as checkAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Sub-step 5.1 in a real Chromium: an action with an owner by name only and a due day long past
 * shows as overdue, in words ("Te laat"); moved to "Klaar" on the board, it no longer does.
 * axe must find nothing on the empty panel, the list or the board.
 */
const ACTION = 'Posters over vergrendelen ophangen bij de balie';

let session: Session;
let page: Page;
let programmeUrl = '';

const expectAccessible = (label: string) => checkAccessible(page, label);
const panel = () => page.getByRole('region', { name: 'Actieplan' });

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

describe('the action plan (5.1)', () => {
  it('shows an empty action plan', async () => {
    await page.goto(`${programmeUrl}/substeps/5.1`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^5\.1 /);
    await expect.poll(() => panel().getByText('0 acties · 0 te laat · 0 klaar').count()).toBe(1);
    await expectAccessible('5.1 empty');
  });

  it('adds an overdue action with an owner by name only', async () => {
    await panel().getByRole('button', { name: 'Actie toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe actie' });
    await form.waitFor();
    await form.getByLabel('Wat ga je doen?').fill(ACTION);
    await form.getByLabel('Actiehouder uit het kernteam').selectOption({ label: 'Iemand anders (alleen naam)' });
    await form.getByLabel('Naam van de actiehouder').fill('Joris Bakker');
    await form.getByLabel('Uiterlijk op (datum)').fill('2020-01-01');
    await form.getByLabel('Kanaal (bijv. teamoverleg, intranet)').fill('teamoverleg');
    await expectAccessible('5.1 form');
    await form.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Nieuwe actie' }).count()).toBe(0);

    const row = panel().getByRole('row').filter({ hasText: ACTION });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByText('Te laat', { exact: true }).count()).toBe(1);
    await expect.poll(() => row.getByText('Joris Bakker').count()).toBe(1);
    await expect.poll(() => panel().getByText('1 actie · 1 te laat · 0 klaar').count()).toBe(1);
    await expectAccessible('5.1 list');
  });

  it('moves the action to done on the board, after which it is no longer overdue', async () => {
    await panel().getByText('Bord', { exact: true }).click();
    await expect.poll(() => panel().getByRole('radio', { name: 'Bord' }).isChecked()).toBe(true);
    const todo = panel().getByRole('region', { name: /^Te doen/ });
    await expect.poll(() => todo.getByText(ACTION, { exact: true }).count()).toBe(1);
    await expect.poll(() => todo.getByText('Te laat', { exact: true }).count()).toBe(1);
    await expectAccessible('5.1 board');

    await panel().getByLabel(`Status van ${ACTION}`).selectOption('done');
    const done = panel().getByRole('region', { name: /^Klaar/ });
    await expect.poll(() => done.getByText(ACTION, { exact: true }).count()).toBe(1);
    await expect.poll(() => panel().getByText('Te laat', { exact: true }).count()).toBe(0);
    await expect.poll(() => panel().getByText('1 actie · 0 te laat · 1 klaar').count()).toBe(1);
    await expectAccessible('5.1 board with the action done');
  });
});
