import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, journeyStop, openPhone, PHONE, sendBreachReport, setUpOrganisation, startSession, type Session } from './support.js';

/**
 * Issue 18's journey of a nurse in a hospital, on her phone: she scans the poster's QR code and
 * lands on her organisation's report form; the first thing she sees is "is this a data breach?"
 * with the three test questions and her answer, the examples folded below (point 7); she is warned
 * against patiënt data, sends, and gets a reference number and what happens next. Later she does a
 * knowledge check that names her organisation and, from its feedback, goes straight to the report
 * form. Screenshots in test-results/e2e/journeys/nurse-*; every page passes axe at 390 and 1366 px.
 */

let session: Session;
let phone: Page;
let reportLink = '';
let checkLink = '';
const ORGANISATION = 'Zorggroep Rivierenland';

beforeAll(async () => {
  session = await startSession();
  const { page, running } = session;
  await setUpOrganisation(page, running.setupLink);
  // What the team prepared (its own tests cover those forms): the poster's link and an open knowledge check.
  const { organisation } = await (await page.request.get(`${running.baseUrl}/api/organisation`)).json();
  reportLink = `${running.baseUrl}/melden/${organisation.breachSlug}`;
  const check = await apiAs(page, running.baseUrl, 'POST', '/api/knowledge', {
    title: 'Datalek of niet?',
    programmeId: null,
    definition: { scenarios: ['breach-wrong-record', 'breach-wrong-gp', 'breach-near-miss'], departments: [] },
  });
  const opened = await apiAs(page, running.baseUrl, 'POST', `/api/knowledge/${check.id}/open`, {});
  checkLink = `${running.baseUrl}/k/${opened.publicSlug}`;
  phone = await openPhone(session.browser);
});
afterAll(() => session?.stop());

describe.sequential('a nurse on her phone', () => {
  it('scans the QR code: "is this a data breach?" and her answer come first, the examples folded below', async () => {
    await phone.goto(reportLink);
    await phone.getByText(ORGANISATION, { exact: true }).waitFor();
    const answer = phone.getByRole('group', { name: 'Denk je dat dit een datalek is?' });
    await answer.waitFor();
    // The three test questions, then the answer, on her first screen: no scrolling in a hurry.
    const questions = await phone.locator('ol.decision-aid > li > strong').allTextContents();
    expect(questions.slice(0, 3)).toEqual([
      'Gaat het om gegevens over personen?',
      'Kan iemand die dat niet mocht de gegevens hebben gezien of gekregen?',
      'Zijn gegevens veranderd, verwisseld, kwijt of (even) onbereikbaar?',
    ]);
    const yes = (await answer.getByText('Ja, ik denk het wel').boundingBox())!;
    expect(yes.y + yes.height, 'the question and its first answer are on the first screen').toBeLessThanOrEqual(PHONE.height);
    // The examples are there for doubt, folded until she opens them.
    expect(await phone.locator('details.examples-all').getAttribute('open')).toBeNull();
    await journeyStop(phone, 'nurse-01-is-dit-een-datalek');
    await phone.getByText('Twijfel je nog? Lees de uitleg en 16 voorbeelden').tap();
    await phone.getByRole('heading', { name: 'De vragen uitgelegd' }).waitFor();
    await phone.getByRole('heading', { name: 'Voorbeelden van datalekken' }).waitFor();
    await journeyStop(phone, 'nurse-02-voorbeelden');
  });

  it('answers, is warned against patiënt data (the hospital’s word) and sends her report', async () => {
    await phone.getByRole('radio', { name: 'Ja, ik denk het wel' }).tap();
    await phone.getByRole('button', { name: 'Verder naar de vragen' }).tap();
    const warning = phone.locator('#patient-data-warning');
    await warning.getByText('Geen namen van patiënten', { exact: true }).waitFor();
    expect(await warning.textContent()).not.toContain('cliënt');
    // The warning is read out with the description it is about.
    expect(await phone.getByLabel('Beschrijf wat er gebeurde').getAttribute('aria-describedby')).toContain('patient-data-warning');
    await journeyStop(phone, 'nurse-03-vragen');
    await sendBreachReport(phone, {
      whatHappened: 'Een overdrachtslijst van 8 patiënten is naar een verkeerd extern adres gemaild.',
      department: 'Cardiologie',
    });
  });

  it('gets a reference number and what happens next', async () => {
    expect(await phone.locator('.reference').textContent()).toMatch(/^Meldnummer: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    await phone.getByRole('heading', { name: 'Wat gebeurt er nu?' }).waitFor();
    expect(await phone.locator('ol.next-steps > li').count()).toBeGreaterThan(0);
    await journeyStop(phone, 'nurse-04-ontvangen');
  });

  it('does a knowledge check that names her organisation and speaks of patiënten', async () => {
    await phone.goto(checkLink);
    await phone.getByRole('heading', { level: 1, name: 'Datalek of niet?' }).waitFor();
    await phone.getByText(ORGANISATION, { exact: true }).waitFor();
    const wrongRecord = phone.getByRole('group', { name: /^\d\. Datalek\? Een laboratoriumuitslag blijkt in het dossier van een patiënt / });
    await wrongRecord.waitFor();
    await journeyStop(phone, 'nurse-05-kennischeck');
    for (const group of await phone.locator('fieldset.question').all()) await group.getByRole('radio').first().tap();
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).tap();
    await phone.getByRole('heading', { name: /^Je had \d van de 3 goed$/ }).waitFor();
    await journeyStop(phone, 'nurse-06-uitleg');
  });

  it('from the feedback goes straight to her organisation’s report form', async () => {
    await phone.getByRole('link', { name: 'Datalek melden' }).tap();
    await phone.waitForURL(reportLink);
    await phone.getByRole('heading', { level: 1, name: 'Datalek melden' }).waitFor();
    await phone.getByText(ORGANISATION, { exact: true }).waitFor();
    await phone.getByRole('group', { name: 'Denk je dat dit een datalek is?' }).waitFor();
  });
});
