import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as checkAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Who does what per step, in a real Chromium: the navigator shows the Wegwijzer's default table,
 * the team makes step 4 its own (an external adviser and its own words), the server's refusal of two
 * accountable parties shows at the field, and the table goes back to the default. axe finds nothing,
 * at desktop and phone size.
 */
let session: Session;
let page: Page;

const step4 = () => page.getByRole('region', { name: 'Stap 4 · Interventies kiezen' });
const expectAccessible = (label: string) => checkAccessible(page, label);

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Datalekken melden', problem: 'Datalekken worden laat gemeld.' });
});

afterAll(() => session?.stop());

describe('the role table of a step', () => {
  it('shows the default, with the team manager consulted in step 4', async () => {
    await step4().getByText('Wie doet wat in deze stap').click();
    const table = step4().getByRole('table');
    await expect.poll(() => table.getByRole('row', { name: /Raadplegen.*Teammanager/ }).count()).toBe(1);
    await expect.poll(() => step4().getByText('Dit is de standaardverdeling uit de Wegwijzer.', { exact: false }).count()).toBe(1);
    await expectAccessible('navigator with the role table of step 4 open');
  });

  it("takes the team's own roles, refusing a second accountable party at the field", async () => {
    await step4().getByRole('button', { name: 'Rollen van stap 4 aanpassen' }).click();
    const consulted = step4().getByLabel('Raadplegen', { exact: true });
    await consulted.fill('Externe adviseur');
    await consulted.press('Enter');
    await consulted.fill('Cliëntenraad');
    await consulted.press('Enter');
    const accountable = step4().getByLabel('Eindverantwoordelijk', { exact: true });
    await accountable.fill('Raad van toezicht');
    await accountable.press('Enter');
    await expectAccessible('role table form of step 4');
    await step4().getByRole('button', { name: 'Rollen opslaan' }).click();
    await expect.poll(() => step4().getByText('Kies precies één eindverantwoordelijke.', { exact: false }).count()).toBeGreaterThan(0);

    await accountable.focus();
    await accountable.press('Backspace');
    await step4().getByRole('button', { name: 'Rollen opslaan' }).click();
    const row = step4()
      .getByRole('table')
      .getByRole('row', { name: /Raadplegen/ });
    await expect.poll(() => row.textContent()).toMatch(/Externe adviseur, Cliëntenraad$/);
    await expect.poll(() => step4().getByText('Het kernteam heeft deze verdeling zelf ingevuld.').count()).toBe(1);

    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible('navigator with a custom role table at phone size');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('goes back to the default', async () => {
    await step4().getByRole('button', { name: 'Rollen van stap 4 aanpassen' }).click();
    await step4().getByRole('button', { name: 'Terug naar de standaardverdeling' }).click();
    await expect.poll(() => step4().getByText('Dit is de standaardverdeling uit de Wegwijzer.', { exact: false }).count()).toBe(1);
    await expect
      .poll(() =>
        step4()
          .getByRole('table')
          .getByRole('row', { name: /Raadplegen/ })
          .textContent(),
      )
      .not.toMatch(/Cliëntenraad/);
  });
});
