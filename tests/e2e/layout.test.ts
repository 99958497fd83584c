import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNothingClipped, overlappingBoxes } from './layout-check.js';
import { expectAccessible, settle, startSession, type Session } from './support.js';

/**
 * The pages with the widest tools, filled with the demo organisation's programme, at the laptop
 * widths people use (1280 and 1366 px): no table, cell, badge or button is cut off or needs
 * scrolling to be seen, and the page does not scroll sideways. axe finds nothing on them at 1366 px and on a phone (390 px).
 */
const TOOL_SUBSTEPS = ['2.2', '3.3', '4.1', '4.2', '4.3', '4.4', '5.1', '5.3', '6.1', '6.2', '6.3'];
const LAPTOPS = [1280, 1366];

let session: Session;
let page: Page;
let programmeUrl = '';
let breachUrl = '';

/** Writes through the API with the page's session, for data whose forms other tests cover. */
async function api(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) {
  const url = new URL(path, session.running.baseUrl).toString();
  if (method === 'GET') return (await page.request.get(url)).json();
  const { csrfToken } = await (await page.request.get(new URL('/api/auth/session', url).toString())).json();
  const reply = await page.request.fetch(url, { method, data: body, headers: { 'x-csrf-token': csrfToken } });
  expect(reply.ok(), await reply.text()).toBe(true);
}

/** A breach reported through the organisation's link an hour ago, assessed as one to notify the AP of. */
async function reportBreach(): Promise<string> {
  const { organisation } = await api('GET', '/api/organisation');
  const noticedAt = new Date(Date.now() - 60 * 60_000).toISOString();
  // The reporter has no account: a plain request, as from the public form.
  const report = await fetch(`${session.running.baseUrl}/api/public/breach-report/${organisation.breachSlug}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      isBreach: 'unsure',
      whatHappened: 'Een overdrachtslijst van de afdeling is per e-mail naar een verkeerde externe ontvanger gestuurd.',
      incidentKind: 'emailWrongRecipient',
      noticedAt,
      dataKinds: ['namesAddresses', 'health'],
      peopleBand: 'upTo100',
      ongoing: 'no',
      actionsTaken: 'Ontvanger gevraagd de e-mail te verwijderen.',
      department: 'Interne geneeskunde',
    }),
  });
  expect(report.status).toBe(201);
  const { breaches } = await api('GET', '/api/breaches');
  const id: string = breaches[0].id;
  await api('PUT', `/api/breaches/${id}/aware-at`, { awareAt: noticedAt });
  await api('POST', `/api/breaches/${id}/status`, { status: 'triage' });
  await api('POST', `/api/breaches/${id}/decisions`, {
    notifyAp: true,
    informSubjects: true,
    reasoning: 'Gezondheidsgegevens bij een onbekende derde: hoog risico.',
  });
  return `${session.running.baseUrl}/breaches/${id}`;
}

beforeAll(async () => {
  session = await startSession({ WEGWIJS_DEMO: 'true' });
  page = session.page;
  await page.goto(`${session.running.baseUrl}/login`);
  await page.getByLabel('E-mailadres').fill('trajectleider@demo.wegwijs.invalid');
  await page.getByLabel('Wachtwoord').fill(session.running.demoPassword!);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const { programmes } = await api('GET', '/api/programmes');
  programmeUrl = `${session.running.baseUrl}/programmes/${programmes[0].id}`;
  breachUrl = await reportBreach();
});

afterAll(() => session?.stop());

/** Checks the page at each laptop width, then with axe at 1366 px and on a phone; `prepare` opens what the page hides at first. */
async function checkPage(label: string, url: () => string, prepare: () => Promise<void> = async () => {}) {
  await page.setViewportSize({ width: LAPTOPS[0]!, height: 900 });
  await page.goto(url());
  await settle(page);
  await prepare();
  for (const width of LAPTOPS) {
    await page.setViewportSize({ width, height: 900 });
    await settle(page);
    // On a laptop every table fits its column: nothing has to scroll sideways.
    await expectNothingClipped(page, `${label} at ${width} px`, { scrolling: false });
  }
  await expectAccessible(page, `${label} at 1366 px`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, `${label} at 390 px`);
}

const heading = (pattern: RegExp) => async () => {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(pattern);
};

describe('at 1280 and 1366 px nothing is cut off, and axe finds nothing', () => {
  it.each(TOOL_SUBSTEPS)('sub-step %s', async (key) => {
    await checkPage(key, () => `${programmeUrl}/substeps/${key}`, heading(new RegExp(`^${key.replace('.', '\\.')} `)));
  });

  it('the 2.2 chart: its names and numbered points do not overlap', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${programmeUrl}/substeps/2.2`);
    await settle(page);
    // The demo rates its three behaviours close together, one on the edge of the box.
    const chart = 'figure:has(svg[role="img"])';
    await expect.poll(() => page.locator(`${chart} circle`).count()).toBe(3);
    // The names of quadrants and axes (as page text or drawn in the chart) and the points' circles.
    expect(await overlappingBoxes(page, `${chart} :is(p, svg > text, circle)`)).toEqual([]);
  });

  it('the survey results in 3.3', async () => {
    await checkPage(
      '3.3 results',
      () => `${programmeUrl}/substeps/3.3`,
      async () => {
        await page.getByRole('button', { name: 'Uitkomsten' }).first().click();
        await settle(page);
      },
    );
  });

  it('the board dashboard', async () => {
    await checkPage('dashboard', () => `${session.running.baseUrl}/dashboard`, heading(/^Bestuursdashboard$/));
  });

  it('the breach register', async () => {
    await checkPage('breach register', () => `${session.running.baseUrl}/breaches`, heading(/^Datalekregister$/));
  });

  it('one breach, with its AP form', async () => {
    await checkPage('breach', () => breachUrl, heading(/^Datalek DL-/));
  });
});
