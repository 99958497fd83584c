import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRole, ADMIN, expectAccessible as checkAccessible, type Session, setUpOrganisation, startSession } from './support.js';

/**
 * A new organisation's first page, in a real Chromium (issue 18): the admin who just set it up sees
 * what to do first, does it on the pages the list links to, and sees each item ticked; with
 * everything done the list is gone. The team panel explains why there is nobody to add yet. axe
 * finds nothing with the list in view, at desktop and phone size.
 */
let session: Session;
let page: Page;

const checklist = () => page.getByRole('region', { name: 'Aan de slag' });
/** The item's row in the list, by its title. */
const item = (title: string) => checklist().getByRole('listitem').filter({ hasText: title });
const expectAccessible = (label: string) => checkAccessible(page, label);

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await page.setViewportSize({ width: 1366, height: 900 });
  await setUpOrganisation(page, session.running.setupLink);
});

afterAll(() => session?.stop());

describe('the first page of a new organisation', () => {
  it('shows what to do first, none of it done yet', async () => {
    await expect.poll(() => checklist().getByText('0 van 5 klaar', { exact: false }).count()).toBe(1);
    await expect.poll(() => checklist().getByRole('listitem').count()).toBe(5);
    await expect.poll(() => checklist().getByText('Niet gestart').count()).toBe(5);
    await expectAccessible('first page with the checklist');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible('first page with the checklist at phone size');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('invites a colleague with the privacy officer role from the link; the role counts once someone active holds it', async () => {
    await item('Nodig collega’s uit').getByRole('link', { name: 'Naar Gebruikers' }).click();
    await page.waitForURL('**/users#invite-title');
    await page.getByLabel('E-mailadres').fill('p.jansen@zorggroep.test');
    await page.getByLabel('Naam').fill('Petra Jansen');
    await page.getByRole('checkbox', { name: 'Privacy officer' }).check();
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await expect.poll(() => page.getByText('Uitnodigingslink').count()).toBe(1);

    // Petra cannot log in to read the reports before she accepts: inviting her ticks only the colleagues.
    await page.getByRole('link', { name: 'Trajecten', exact: true }).click();
    await expect.poll(() => checklist().getByText('1 van 5 klaar', { exact: false }).count()).toBe(1);
    await expect.poll(() => item('Nodig collega’s uit').getByText('Klaar').count()).toBe(1);
    await expect.poll(() => item('Geef iemand de rol privacy officer').getByText('Klaar').count()).toBe(0);

    // Meanwhile the admin takes the role on herself, as the item suggests.
    await item('Geef iemand de rol privacy officer').getByRole('link', { name: 'Rol geven bij Gebruikers' }).click();
    await addRole(page, ADMIN.name, 'Privacy officer');
    await page.getByRole('link', { name: 'Trajecten', exact: true }).click();
    await expect.poll(() => checklist().getByText('2 van 5 klaar', { exact: false }).count()).toBe(1);
    await expect.poll(() => item('Geef iemand de rol privacy officer').getByText('Klaar').count()).toBe(1);
  });

  it('downloads the QR code and fills in the AP details in the settings, and sees both ticked', async () => {
    await item('Print de QR-code').getByRole('link').click();
    await page.waitForURL('**/settings#breach-report-title');
    const recorded = page.waitForResponse((r) => r.url().endsWith('/api/organisation/breach-report/shared') && r.status() === 204);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'QR-code downloaden (PNG, om te printen)' }).click();
    await Promise.all([recorded, download]);

    await page.getByLabel('Adres van de organisatie').fill('Stationsweg 1, 4001 AA Tiel');
    await page.getByLabel('KvK-nummer').fill('12345678');
    await page.getByLabel('Contactpunt (naam of afdeling)').fill('Privacyloket');
    await page.getByLabel('E-mailadres van het contactpunt').fill('privacy@zorggroep.test');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/organisation') && r.request().method() === 'PATCH' && r.ok());
    await page.getByRole('region', { name: 'Gegevens voor meldingen bij de AP' }).getByRole('button', { name: 'AP-gegevens opslaan' }).click();
    await saved;

    await page.getByRole('link', { name: 'Trajecten', exact: true }).click();
    await expect.poll(() => checklist().getByText('4 van 5 klaar', { exact: false }).count()).toBe(1);
    await expect.poll(() => checklist().getByText('Klaar', { exact: true }).count()).toBe(4);
    await expectAccessible('checklist with four items done');
  });

  it('starts the first programme from the list; then the list is gone', async () => {
    await item('Start een traject').getByRole('button', { name: 'Traject starten' }).click();
    await page.getByLabel('Titel').fill('Datalekken sneller melden');
    await page.getByRole('button', { name: 'Traject aanmaken' }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Trajecten', exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Datalekken sneller melden' }).count()).toBe(1);
    expect(await checklist().count()).toBe(0);
  });

  it('the team panel says why there is nobody to add yet, and where to invite', async () => {
    await page.getByRole('link', { name: 'Datalekken sneller melden' }).click();
    const team = page.getByRole('region', { name: 'Kernteam' });
    // The colleague has not accepted the invitation, and the admin is on the team already.
    await expect.poll(() => team.getByText('Er is nog niemand om toe te voegen.').count()).toBe(1);
    await expect.poll(() => team.getByRole('link', { name: 'Collega uitnodigen bij Gebruikers' }).count()).toBe(1);
    await expectAccessible('navigator with nobody to add to the team');
  });
});
