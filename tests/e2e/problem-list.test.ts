import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Sub-step 1.1 in a real Chromium: the candidate problems are a short list, each its title and one
 * line, unfolded on demand to edit. A problem added with "Probleem toevoegen" opens with the focus
 * in its first field. axe finds nothing at 1366 px and on a phone.
 */
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Datalekken melden', problem: 'Datalekken worden laat gemeld.' });
  await page.goto(`${page.url()}/substeps/1.1`);
  await page.getByRole('heading', { level: 1, name: /^1\.1 / }).waitFor();
});

afterAll(() => session?.stop());

const PROBLEM_TITLE = 'Probleem in een paar woorden';
const hasFocus = (nth: number) =>
  page
    .getByLabel(PROBLEM_TITLE)
    .nth(nth)
    .evaluate((el) => el === document.activeElement);

describe('the candidate problems of 1.1', () => {
  it('moves the focus to the first field of a problem just added', async () => {
    await page.getByRole('button', { name: 'Probleem toevoegen' }).click();
    await expect.poll(() => hasFocus(0)).toBe(true);
    await page.keyboard.type('Datalekken worden laat gemeld');
    await page.getByLabel('Score: Urgentie').selectOption('4');

    await page.getByRole('button', { name: 'Probleem toevoegen' }).click();
    await expect.poll(() => hasFocus(1)).toBe(true);
    await page.keyboard.type('Werkplekken blijven ontgrendeld');
    await expect.poll(() => page.getByLabel(PROBLEM_TITLE).nth(1).inputValue()).toBe('Werkplekken blijven ontgrendeld');
  });

  it('shows saved problems folded: a title and one line each, the fields on demand', async () => {
    await page.getByRole('button', { name: 'Werkblad opslaan' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Versie 1 · / })
          .count(),
      )
      .toBe(1);
    await page.reload();
    const first = page.getByRole('button', { name: /^Datalekken worden laat gemeld/ });
    await first.waitFor();
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => first.textContent()).toContain('Brainstorm met collega’s · gewogen score 4 (deels gescoord)');
    await expect.poll(() => page.getByRole('textbox', { name: PROBLEM_TITLE }).count()).toBe(0);
    for (const size of [
      { width: 1366, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await expectAccessible(page, `1.1 folded at ${size.width} px`);
    }

    await first.click();
    await expect.poll(() => page.getByRole('textbox', { name: PROBLEM_TITLE }).inputValue()).toBe('Datalekken worden laat gemeld');
    await expectAccessible(page, '1.1 with a problem unfolded at 390 px');
    await page.setViewportSize({ width: 1366, height: 900 });
    await expectAccessible(page, '1.1 with a problem unfolded at 1366 px');
  });
});
