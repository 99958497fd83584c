import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, expectAccessible as checkAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * Sub-step 6.2 in a real Chromium: the standard items arrive one per area; an item gets a
 * colleague as owner and is marked anchored, and the progress line follows. "Not applicable"
 * without a reason is refused in place; in English, an item gets an owner by name only and a
 * reason. axe must find nothing on the empty panel, the checklist or the form.
 */
const POLICY = 'Opnemen in het informatiebeveiligingsbeleid';
const TRAINING = 'Een vaste plek geven in de terugkerende training of e-learning';
const ONBOARDING = 'Opnemen in het inwerkprogramma voor nieuwe medewerkers';

let session: Session;
let page: Page;
let programmeUrl = '';

const expectAccessible = (label: string) => checkAccessible(page, label);
const panel = () => page.getByRole('region', { name: 'Verankeringslijst' });
const row = (description: string) => panel().getByRole('listitem').filter({ hasText: description });

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Phishing melden', problem: 'Verdachte mails worden niet gemeld.' });
  programmeUrl = page.url();
});

afterAll(() => session?.stop());

describe('the anchoring checklist (6.2)', () => {
  it('shows an empty checklist', async () => {
    await page.goto(`${programmeUrl}/substeps/6.2`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^6\.2 /);
    await expect.poll(() => panel().getByText('Nog geen punten.', { exact: false }).count()).toBe(1);
    await expectAccessible('6.2 empty');
  });

  it('adds the standard items, one per area', async () => {
    await panel().getByRole('button', { name: 'Standaardpunten toevoegen' }).click();
    await expect.poll(() => panel().getByText('0 van 5 punten afgerond (0 verankerd, 0 niet van toepassing)').count()).toBe(1);
    for (const description of [POLICY, ONBOARDING, TRAINING]) await expect.poll(() => row(description).count()).toBe(1);
    await expect.poll(() => panel().getByRole('button', { name: 'Standaardpunten toevoegen' }).count()).toBe(0);
    await expectAccessible('6.2 standard items');
  });

  it('gives an item a colleague as owner, then marks it anchored', async () => {
    await panel()
      .getByRole('button', { name: `${POLICY} wijzigen` })
      .click();
    const form = page.getByRole('form', { name: 'Punt wijzigen' });
    await form.waitFor();
    await form.getByLabel('Eigenaar', { exact: true }).selectOption({ label: ADMIN.name });
    await form.getByLabel('Uiterlijk op (datum)').fill('2027-03-01');
    await form.getByLabel(/^Toelichting/).fill('Paragraaf 4.2 van het beleid');
    await expectAccessible('6.2 form');
    await form.getByRole('button', { name: 'Punt opslaan' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Punt wijzigen' }).count()).toBe(0);
    await expect.poll(() => row(POLICY).getByText(ADMIN.name).count()).toBe(1);

    await panel().getByLabel(`Status van ${POLICY}`).selectOption('done');
    await expect.poll(() => panel().getByText('1 van 5 punten afgerond (1 verankerd, 0 niet van toepassing)').count()).toBe(1);
    await expectAccessible('6.2 one item anchored');
  });

  it('refuses "not applicable" without a reason, beside the status', async () => {
    await panel().getByLabel(`Status van ${TRAINING}`).selectOption('notApplicable');
    await expect.poll(() => row(TRAINING).getByText('Geef aan waarom dit niet van toepassing is.').count()).toBe(1);
    await expect.poll(() => panel().getByLabel(`Status van ${TRAINING}`).inputValue()).toBe('todo');
  });

  it('in English, gives an item an owner by name only and a reason it does not apply', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('region', { name: 'Anchoring checklist' });
    await english.getByRole('button', { name: `Edit ${ONBOARDING}` }).click();
    const form = page.getByRole('form', { name: 'Edit item' });
    await form.waitFor();
    await form.getByLabel('Owner', { exact: true }).selectOption({ label: 'Someone else (name only)' });
    await form.getByLabel("Owner's name").fill('Head of HR');
    await form.getByLabel('Status', { exact: true }).selectOption('notApplicable');
    await form.getByLabel(/^Note/).fill('New staff get the policy item at their introduction day');
    await form.getByRole('button', { name: 'Save item' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Edit item' }).count()).toBe(0);
    await expect.poll(() => english.getByText('2 of 5 items settled (1 anchored, 1 not applicable)').count()).toBe(1);
    await expect.poll(() => english.getByRole('listitem').filter({ hasText: ONBOARDING }).getByText('Head of HR').count()).toBe(1);
    await expectAccessible('6.2 in English');
  });
});
