import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * The board dashboard and the documents of sub-step 6.3 in a real Chromium: the programme shows as
 * a card with its status and the reasons, its step, progress, KPI sparklines and document links,
 * and the breach register's figures below; the 6.3 panel offers the plan van aanpak and the final
 * report in either language, and its links download real files. axe must find nothing.
 */
const TITLE = 'Phishing melden';

let session: Session;
let page: Page;
let programmeUrl = '';

/** Follows a download link the way the browser would: a same-origin GET with the session cookie. */
async function download(href: string | null) {
  expect(href).toBeTruthy();
  const reply = await page.request.get(new URL(href!, page.url()).toString());
  return { status: reply.status(), type: reply.headers()['content-type'] };
}

/** Writes through the API with the page's session, for data whose forms other tests cover. */
async function apiPost(path: string, body: unknown) {
  const { csrfToken } = await (await page.request.get(new URL('/api/auth/session', page.url()).toString())).json();
  const reply = await page.request.post(new URL(path, page.url()).toString(), { data: body, headers: { 'x-csrf-token': csrfToken } });
  expect(reply.status(), await reply.text()).toBe(201);
  return reply.json();
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, { title: TITLE, problem: 'Medewerkers melden verdachte e-mails zelden.' });
  programmeUrl = page.url();
  // An overdue action and a KPI worse than its baseline: the two highlights axe has to pass.
  const base = new URL(programmeUrl).pathname.replace('/programmes/', '/api/programmes/');
  await apiPost(`${base}/actions`, {
    title: 'Meldknop uitrollen',
    description: '',
    candidateId: null,
    owner: { userId: null, name: 'Joris Bakker' },
    due: '2020-01-01',
    status: 'todo',
    channel: '',
  });
  const kpi = await apiPost(`${base}/kpis`, {
    name: 'Meldpercentage phishing',
    unit: '%',
    indicator: null,
    measures: 'behaviour',
    factor: null,
    candidateId: null,
    direction: 'increase',
    baseline: 10,
    baselineDate: '2020-01-01',
    target: 50,
    targetDate: '2030-12-31',
    notes: '',
  });
  await apiPost(`${base}/kpis/${kpi.id}/measurements`, { date: '2020-06-01', value: 5, note: '' });
});

afterAll(() => session?.stop());

describe('the board dashboard', () => {
  it('shows every programme as a card, reachable from the navigation', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Bestuursdashboard' }).click();
    await page.waitForURL('**/dashboard');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bestuursdashboard');
    const card = page.getByRole('article', { name: TITLE });
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => card.getByText('Stap 1: ', { exact: false }).count()).toBe(1);
    await expect.poll(() => card.getByRole('progressbar', { name: `Voortgang van ${TITLE}` }).count()).toBe(1);
    await expect.poll(() => card.getByText('0 van 21 deelstappen klaar · wat nu: 1.1 ', { exact: false }).count()).toBe(1);
    // One status with its reasons on top; each fact once, so the overdue action is not repeated under Acties.
    await expect.poll(() => card.getByText('Vraagt aandacht', { exact: true }).count()).toBe(1);
    const reasons = card.getByRole('list', { name: 'Waarom' });
    await expect.poll(() => reasons.getByRole('listitem').allTextContents()).toEqual(['1 actie is te laat.', '1 KPI is slechter dan de 0-meting.']);
    await expect.poll(() => card.getByText('te laat', { exact: false }).count()).toBe(1);
    await expect.poll(() => card.getByText('1 open actie · 0 klaar').count()).toBe(1);
    await expect.poll(() => card.getByText('laatste meting 5 % · streefwaarde 50 % · Slechter dan de 0-meting', { exact: false }).count()).toBe(1);
    const sparkline = card.getByRole('img', {
      name: 'Verloop van Meldpercentage phishing, 1 meting: laatste meting 5 % op 1 jun 2020; 0-meting 10 %; streefwaarde 50 %.',
    });
    await expect.poll(() => sparkline.count()).toBe(1);

    // The admin may see the register's figures: none reported yet, so zeros and no share.
    const breaches = page.getByRole('region', { name: 'Datalekken in de organisatie' });
    await expect.poll(() => breaches.getByText('Nog niets te tellen', { exact: false }).count()).toBe(1);
    await breaches.getByRole('button', { name: 'Cijfers per maand' }).click();
    await expect.poll(() => breaches.getByRole('table').getByRole('row').count()).toBe(13);
    await expectAccessible(page, 'dashboard');

    const docx = await download(await card.getByRole('link', { name: 'Plan van aanpak downloaden als DOCX' }).getAttribute('href'));
    expect(docx).toEqual({ status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    await card.getByRole('link', { name: `Open ${TITLE}` }).click();
    await page.waitForURL(programmeUrl);
  });
});

describe('the documents of sub-step 6.3', () => {
  it('explains both documents and downloads them in the chosen language', async () => {
    await page.goto(`${programmeUrl}/substeps/6.3`);
    const panel = page.getByRole('region', { name: 'Plan van aanpak en eindrapport' });
    await panel.waitFor();
    await expectAccessible(page, '6.3 documents');

    const report = panel.getByRole('link', { name: 'Eindrapport downloaden als PDF' });
    expect(await report.getAttribute('href')).toMatch(/\/documents\/report\.pdf\?lang=nl$/);
    await panel.getByLabel('English').check();
    await expect.poll(() => report.getAttribute('href')).toMatch(/\/documents\/report\.pdf\?lang=en$/);
    expect(await download(await report.getAttribute('href'))).toEqual({ status: 200, type: 'application/pdf' });
  });
});
