import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardFigureMonths, monthsBetween } from '#core/breach/statistics.js';
import { DESKTOP, journeyStop, PHONE, settle, shoot, startSession, type Session } from './support.js';

/**
 * Issue 18's journey of a board member (bestuurder) in the demo organisation, at a laptop: she logs
 * in and lands on the board dashboard; she sees for the programme one standing with its reasons,
 * each KPI's line with a text alternative, and the breach register's figures of the last twelve
 * settled months, real ones from the demo's register; she opens the figures per month, downloads
 * the programme's final report and opens the programme. Screenshots in
 * test-results/e2e/journeys/board-*; every page passes axe at 1366 and 390 px and cuts nothing off
 * at 390, 1280 and 1366 px.
 */

let session: Session;
let page: Page;
const PROGRAMME = 'Datalekken sneller melden';

const card = () => page.getByRole('article', { name: PROGRAMME });
const breachFigures = () => page.getByRole('region', { name: 'Datalekken in de organisatie' });
/** The numbers a sparkline's text alternative ends with: "…: 2, 3, 1." */
const valuesOf = (label: string | null) => (label ?? '').replace(/\.$/, '').split(': ').at(-1)!.split(', ');

beforeAll(async () => {
  session = await startSession({ WEGWIJS_DEMO: 'true' });
  page = session.page;
  await page.setViewportSize(DESKTOP);
});
afterAll(() => session?.stop());

describe.sequential('a board member reads the demo organisation’s dashboard', () => {
  it('logs in and lands on the board dashboard', async () => {
    await page.goto(`${session.running.baseUrl}/login`);
    await page.getByLabel('E-mailadres').fill('bestuurder@demo.wegwijs.invalid');
    await page.getByLabel('Wachtwoord').fill(session.running.demoPassword!);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('**/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Bestuursdashboard' }).waitFor();
    await card().waitFor();
    await breachFigures().waitFor();
    await journeyStop(page, 'board-01-dashboard');
    await page.setViewportSize(PHONE);
    await settle(page);
    await shoot(page, 'board-01-dashboard');
    await page.setViewportSize(DESKTOP);
  });

  it('sees the programme’s one standing with its reasons, and each KPI’s line with a text alternative', async () => {
    const standing = card().getByText(/^(Op koers|Vraagt aandacht)$/);
    expect(await standing.count()).toBe(1);
    if ((await standing.textContent()) === 'Vraagt aandacht') {
      const reasons = card().getByRole('list', { name: 'Waarom' }).getByRole('listitem');
      // The demo has one action past its due day and 3.2 never started (setup.test.ts).
      expect(await reasons.allTextContents()).toEqual(expect.arrayContaining(['1 actie is te laat.', 'Deelstap 3.2 is nog niet gedaan.']));
    }
    // The register feeds "binnen 72 uur" a point per settled month: a line of a year, against its 0-meting and streefwaarde.
    const line = card().getByRole('img', {
      name: /^Verloop van Datalekken binnen 72 uur afgehandeld, \d+ metingen: laatste meting .+; 0-meting .+; streefwaarde 95 % van de datalekken\.$/,
    });
    const count = Number(/, (\d+) metingen/.exec((await line.getAttribute('aria-label'))!)![1]);
    expect(count).toBeGreaterThanOrEqual(10);
    expect(
      await card()
        .getByRole('img', { name: /^Verloop van Weten wat een datalek is en hoe je het meldt, \d+ metingen/ })
        .count(),
    ).toBe(1);
  });

  it('sees the breach figures of the twelve settled months, with reports in (nearly) every month', async () => {
    const months = monthsBetween(boardFigureMonths(new Date()).from, boardFigureMonths(new Date()).to);
    const reports = valuesOf(
      await breachFigures()
        .getByRole('img', { name: /^Meldingen per maand/ })
        .getAttribute('aria-label'),
    ).map(Number);
    expect(reports).toHaveLength(months.length);
    expect(reports.filter((n) => n > 0).length).toBeGreaterThanOrEqual(months.length - 1);
    const shares = valuesOf(
      await breachFigures()
        .getByRole('img', { name: /^Binnen 72 uur afgehandeld per maand/ })
        .getAttribute('aria-label'),
    );
    expect(shares.filter((s) => /^\d+%$/.test(s)).length).toBeGreaterThanOrEqual(months.length - 1);
    const notified = valuesOf(
      await breachFigures()
        .getByRole('img', { name: /^Gemeld bij de AP per maand/ })
        .getAttribute('aria-label'),
    ).map(Number);
    expect(notified.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);

    await breachFigures().getByRole('button', { name: 'Cijfers per maand' }).click();
    const rows = breachFigures().getByRole('table', { name: 'Datalekken per maand van melding, nieuwste maand eerst' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(months.length + 1);
    // Newest first, and the month in progress is not among them.
    const monthName = (month: string) =>
      new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe(monthName(months.at(-1)!));
    expect(await rows.nth(months.length).getByRole('rowheader').textContent()).toBe(monthName(months[0]!));
    await breachFigures().scrollIntoViewIfNeeded();
    await journeyStop(page, 'board-02-breach-months');
    await page.setViewportSize(PHONE);
    await settle(page);
    await shoot(page, 'board-02-breach-months');
    await page.setViewportSize(DESKTOP);
  });

  it('downloads the programme’s final report and opens the programme', async () => {
    const download = page.waitForEvent('download');
    await card().getByRole('link', { name: 'Eindrapport downloaden als PDF' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

    await card()
      .getByRole('link', { name: `Open ${PROGRAMME}` })
      .click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
    await journeyStop(page, 'board-03-programme');
  });
});
