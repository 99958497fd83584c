import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamWallClock } from '#core/breach/deadline.js';
import { addRole, ADMIN, DESKTOP, journeyStop, openPhone, sendBreachReport, type Session, setUpOrganisation, startSession } from './support.js';

/**
 * Issue 18's journey of an FG (privacy officer) on her first day in a new vvt organisation, at a
 * laptop: she sets the organisation up, works through "Aan de slag" (a colleague invited, the
 * privacy role, the AP details, the QR code, a programme) until it is gone; a nurse reports a
 * breach she noticed hours ago; the FG finds it with the 72 hours counted from that moment, records
 * the facts, reads the proposal with its reasons, takes her own decision and sees it counted.
 * Screenshots in test-results/e2e/journeys/fg-*; every page passes axe at 1366 and 390 px and
 * cuts nothing off at 1280 and 1366 px.
 */

let session: Session;
let page: Page;
let reportLink = '';
const reference = `DL-${new Date().getFullYear()}-0001`;
/** The nurse noticed the breach six hours before she reported it: the clock starts then (src/core/breach/awareness.ts). */
const NOTICED_HOURS_AGO = 6;

const checklist = () => page.getByRole('region', { name: 'Aan de slag' });
const item = (title: string) => checklist().getByRole('listitem').filter({ hasText: title });
const toProgrammes = () => page.getByRole('link', { name: 'Trajecten', exact: true }).click();

/** A moment as a datetime-local input reads it in Amsterdam. */
function amsterdamInput(at: Date): string {
  const c = amsterdamWallClock(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}`;
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await page.setViewportSize(DESKTOP);
});
afterAll(() => session?.stop());

describe.sequential('an FG on her first day in a new organisation', () => {
  it('sets up the organisation as a vvt and sees what to do first', async () => {
    await page.goto(session.running.setupLink);
    await page.getByRole('heading', { level: 1, name: 'Wegwijs inrichten' }).waitFor();
    await journeyStop(page, 'fg-01-setup');
    await setUpOrganisation(page, session.running.setupLink, { sector: 'Verpleging, verzorging en thuiszorg (vvt)' });
    await expect.poll(() => checklist().getByText('0 van 5 klaar', { exact: false }).count()).toBe(1);
    await journeyStop(page, 'fg-02-aan-de-slag');
  });

  it('invites a colleague, takes the privacy role herself and sees both ticked', async () => {
    await item('Nodig collega’s uit').getByRole('link', { name: 'Naar Gebruikers' }).click();
    await page.getByLabel('E-mailadres').fill('j.bakker@zorggroep.test');
    await page.getByLabel('Naam').fill('Joris Bakker');
    await page.getByRole('checkbox', { name: 'Trajectleider' }).check();
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.getByText('Uitnodigingslink').waitFor();
    await journeyStop(page, 'fg-03-invited');

    await toProgrammes();
    await item('Geef iemand de rol privacy officer').getByRole('link', { name: 'Rol geven bij Gebruikers' }).click();
    await addRole(page, ADMIN.name, 'Privacy officer');
    await toProgrammes();
    await expect.poll(() => checklist().getByText('2 van 5 klaar', { exact: false }).count()).toBe(1);
  });

  it('fills in the AP details and downloads the QR code for the staff room', async () => {
    await item('Print de QR-code').getByRole('link').click();
    await page.waitForURL('**/settings#breach-report-title');
    reportLink = await page.getByLabel('Link naar het meldformulier').inputValue();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'QR-code downloaden (PNG, om te printen)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);

    const ap = page.getByRole('region', { name: 'Gegevens voor meldingen bij de AP' });
    await page.getByLabel('Adres van de organisatie').fill('Stationsweg 1, 4001 AA Tiel');
    await page.getByLabel('KvK-nummer').fill('12345678');
    await page.getByLabel('Contactpunt (naam of afdeling)').fill('Privacyloket');
    await page.getByLabel('E-mailadres van het contactpunt').fill('privacy@zorggroep.test');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/organisation') && r.request().method() === 'PATCH' && r.ok());
    await ap.getByRole('button', { name: 'AP-gegevens opslaan' }).click();
    await saved;
    await journeyStop(page, 'fg-04-settings');
    await toProgrammes();
    await expect.poll(() => checklist().getByText('4 van 5 klaar', { exact: false }).count()).toBe(1);
  });

  it('starts a programme; then "Aan de slag" is gone', async () => {
    await item('Start een traject').getByRole('button', { name: 'Traject starten' }).click();
    await page.getByLabel('Titel').fill('Datalekken sneller melden');
    await page.getByRole('button', { name: 'Traject aanmaken' }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
    await journeyStop(page, 'fg-05-programme');
    await toProgrammes();
    await page.getByRole('link', { name: 'Datalekken sneller melden' }).waitFor();
    expect(await checklist().count()).toBe(0);
  });

  it('a nurse reports on her phone a breach she noticed hours ago; the form speaks of cliënten', async () => {
    const phone = await openPhone(session.browser);
    await phone.goto(reportLink);
    await phone.getByRole('radio', { name: 'Ja, ik denk het wel' }).check();
    await phone.getByRole('button', { name: 'Verder naar de vragen' }).click();
    await phone.getByText('Geen namen van cliënten', { exact: true }).waitFor();
    await sendBreachReport(phone, {
      whatHappened: 'Een overdrachtslijst van 12 cliënten is naar een verkeerd extern adres gemaild.',
      department: 'Thuiszorg Tiel',
      noticedAt: amsterdamInput(new Date(Date.now() - NOTICED_HOURS_AGO * 3_600_000)),
    });
    await phone.context().close();
  });

  it('finds the breach in the register, its 72 hours running since the nurse noticed it', async () => {
    await page.getByRole('link', { name: 'Datalekken', exact: true }).click();
    await page.getByRole('heading', { name: 'Datalekregister', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect.poll(() => row.getByText('Binnen de termijn').count()).toBe(1);
    // 72 − 6 hours left, not 72: the moment of awareness, not the report's arrival, starts the clock.
    expect(await row.getByText(/^nog \d+ uur$/).textContent()).toMatch(/^nog 6[56] uur$/);
    await journeyStop(page, 'fg-06-register');
  });

  it('confirms the moment, records the facts and reads the proposal with its reasons', async () => {
    await page.getByRole('table', { name: 'Datalekken, nieuwste melding eerst' }).getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Datalek ${reference}`, level: 1 }).waitFor();
    await page.getByText(/^Voorstel: het moment waarop de melder het merkte/).waitFor();
    // A vvt organisation's warnings speak of cliënten only.
    expect(await page.getByText('Vul geen cliëntgegevens in (geen namen, geboortedata of BSN).').count()).toBeGreaterThan(0);
    expect(await page.getByText('patiënt', { exact: false }).filter({ hasText: 'Vul geen' }).count()).toBe(0);
    await journeyStop(page, 'fg-07-breach-reported');
    await page.getByRole('form', { name: 'Moment van bekend worden bevestigen' }).getByRole('button', { name: 'Moment bevestigen' }).click();
    await page.getByText(`Bevestigd door ${ADMIN.name}`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Triage starten' }).click();
    await page.getByText('In behandeling', { exact: true }).waitFor();

    const form = page.getByRole('form', { name: 'Registergegevens' });
    // The care duty (Wkkgz art. 10) names the one cared for in the organisation's own word.
    expect(await form.getByText('Incident met merkbare gevolgen voor de cliënt (Wkkgz art. 10 lid 3)?').count()).toBe(1);
    await form.getByRole('checkbox', { name: 'Vertrouwelijkheid', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Patiënten of cliënten' }).check();
    await form.getByLabel('Beveiliging vooraf').selectOption({ label: 'Niet beveiligd' });
    await form.getByLabel('Wie heeft de gegevens gezien of gekregen?').selectOption({ label: 'Bekende ontvanger(s)' });
    await form.getByRole('textbox', { name: 'Oorzaak' }).fill('Verkeerde adressuggestie in het e-mailprogramma.');
    await form.getByLabel('Ernst van de gevolgen').selectOption({ label: 'Aanzienlijk' });
    await form.getByRole('button', { name: 'Registergegevens opslaan' }).click();
    await page.getByText('Deze feiten zijn vastgelegd door de privacy officer.').waitFor();

    // The method proposes and shows on which facts it rests; the organisation decides (AVG art. 33, 34).
    const proposal = page.getByRole('region', { name: 'Voorstel van de methode' });
    await proposal.getByRole('heading', { name: 'Melden bij de AP: ja, voorgesteld' }).waitFor();
    await proposal.getByText('Het is een voorstel: de organisatie besluit', { exact: false }).waitFor();
    expect(await proposal.getByText('Rust op:').count()).toBeGreaterThan(0);
    await proposal.getByRole('heading', { name: 'Wat zou het voorstel veranderen?' }).waitFor();
  });

  it('takes her own decision with its reasoning, and sees the breach counted', async () => {
    const decision = page.getByRole('form', { name: 'Besluit over melden' });
    await decision.getByLabel('Onderbouwing').fill('Gezondheidsgegevens van cliënten bij een externe ontvanger: melden bij de AP.');
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const decisions = page.getByRole('table', { name: /^Besluiten over melden/ });
    await decisions.getByText('Gezondheidsgegevens van cliënten bij een externe ontvanger: melden bij de AP.').waitFor();
    await decisions.getByRole('cell', { name: ADMIN.name }).waitFor();
    await journeyStop(page, 'fg-08-breach-decided');

    await page.getByRole('link', { name: '← Terug naar het datalekregister' }).click();
    const figures = page.getByRole('region', { name: 'Cijfers' });
    await figures.getByText('1 datalek in het register.', { exact: false }).waitFor();
    const perMonth = page.getByRole('table', { name: 'Meldingen per maand' });
    expect(await perMonth.getByRole('row').last().getByRole('cell').last().textContent()).toBe('1');
    await journeyStop(page, 'fg-09-register-counted');
  });
});
