import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamWallClock } from '#core/breach/deadline.js';
import { ADMIN, expectAccessible, setUpWithProgramme, startSession, type Session } from './support.js';

/**
 * The breach register in a real Chromium: a staff member reports through the organisation's link
 * on a phone; the admin, who is also the privacy officer, finds the breach with its 72-hour clock,
 * confirms the moment of awareness, takes it into triage, records the facts, sees the proposal,
 * decides on the FG's advice, marks the AP notified with its meldnummer, records a follow-up and
 * closes it, with the AP-form answers and the letter at hand. axe must find nothing on the list
 * or on the breach.
 */

let session: Session;
let page: Page;
const year = new Date().getFullYear();
const reference = `DL-${year}-0001`;
let reporterReference = '';

/** A moment as a datetime-local input reads it in Amsterdam, some minutes ago. */
function minutesAgo(minutes: number): string {
  const c = amsterdamWallClock(new Date(Date.now() - minutes * 60_000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}`;
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await setUpWithProgramme(page, session.running.setupLink, { title: 'Datalekken melden', problem: 'Lekken worden te laat gemeld.' });
});
afterAll(() => session?.stop());

describe.sequential('the breach register', () => {
  it('a staff member reports a breach through the link', async () => {
    await page.goto(`${session.running.baseUrl}/settings`);
    const link = await page.getByLabel('Link naar het meldformulier').inputValue();
    const phone = await (await session.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })).newPage();
    phone.setDefaultTimeout(10_000);
    await phone.goto(link);
    await phone.getByRole('radio', { name: 'Ja, ik denk het wel' }).check();
    await phone.getByRole('button', { name: 'Verder naar de vragen' }).click();
    await phone.getByLabel('Beschrijf wat er gebeurde').fill('Een overdrachtslijst van 12 cliënten is naar een verkeerd extern adres gemaild.');
    await phone.getByRole('radio', { name: 'E-mail naar verkeerde ontvanger' }).check();
    await phone.getByRole('button', { name: 'Nu: Wanneer merkte je het?' }).click();
    await phone.getByRole('checkbox', { name: 'Namen, adressen of contactgegevens' }).check();
    await phone.getByRole('checkbox', { name: 'Gezondheids- of medische gegevens' }).check();
    await phone.getByRole('radio', { name: '11 tot 100' }).check();
    await phone.getByRole('radio', { name: 'Nee, het is gestopt' }).check();
    await phone.getByLabel(/^Wat heb je of heeft iemand anders al gedaan\?/).fill('Ontvanger gebeld en gevraagd de e-mail te verwijderen.');
    await phone.getByLabel(/^Afdeling of team/).fill('Interne geneeskunde');
    await phone.getByRole('button', { name: 'Melding versturen' }).click();
    // The reporter gets the public reference; the register shows it beside its own number.
    reporterReference = (await phone.locator('.reference').textContent())!.replace('Meldnummer: ', '');
    expect(reporterReference).not.toContain(reference);
    await phone.context().close();
  });

  it('the admin takes the privacy role and finds the breach with its 72-hour clock', async () => {
    await page.goto(`${session.running.baseUrl}/users`);
    await page.getByRole('button', { name: `Rollen wijzigen: ${ADMIN.name}` }).click();
    const roles = page.getByRole('group', { name: `Rollen van ${ADMIN.name}` });
    await roles.getByRole('checkbox', { name: 'Privacy officer' }).check();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('button', { name: `Rollen wijzigen: ${ADMIN.name}` }).waitFor();

    await page.reload();
    await page.getByRole('link', { name: 'Datalekken' }).click();
    await page.getByRole('heading', { name: 'Datalekregister', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect.poll(() => row.getByText('Binnen de termijn').count()).toBe(1);
    await expect.poll(() => row.getByText(/^nog 7[12] uur$/).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: 'Meldingen per maand' }).getByRole('row').count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Register downloaden als CSV' }).getAttribute('href')).toBe('/api/breaches/export.csv');
    await expectAccessible(page, 'breach register list');
  });

  it('the officer records the facts and sees the proposal', async () => {
    // From the register's table (the panel "Open datalekken" above it links to the breach too).
    await page.getByRole('table', { name: 'Datalekken, nieuwste melding eerst' }).getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: `Datalek ${reference}`, level: 1 }).waitFor();
    await page.getByText(`Meldnummer van de melder: ${reporterReference}`).waitFor();
    const report = page.getByRole('region', { name: 'De melding zoals verstuurd' });
    await report.getByRole('cell', { name: 'Een overdrachtslijst van 12 cliënten is naar een verkeerd extern adres gemaild.' }).waitFor();
    await expectAccessible(page, 'a reported breach');
    await page.getByText('Triage starten: Bevestig eerst het moment waarop de organisatie het lek kende').waitFor();
    const awareness = page.getByRole('form', { name: 'Moment van bekend worden bevestigen' });
    await awareness.getByRole('button', { name: 'Moment bevestigen' }).click();
    await page.getByText(`Bevestigd door ${ADMIN.name}`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Triage starten' }).click();
    await page.getByText('In behandeling', { exact: true }).waitFor();

    const form = page.getByRole('form', { name: 'Registergegevens' });
    await form.getByRole('checkbox', { name: 'Vertrouwelijkheid', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Patiënten of cliënten' }).check();
    await form.getByLabel('Beveiliging vooraf').selectOption({ label: 'Niet beveiligd' });
    await form.getByLabel('Wie heeft de gegevens gezien of gekregen?').selectOption({ label: 'Bekende ontvanger(s)' });
    await form.getByRole('textbox', { name: 'Oorzaak' }).fill('Verkeerde adressuggestie in het e-mailprogramma.');
    await form.getByRole('checkbox', { name: 'Verlies van vertrouwelijkheid van gegevens onder beroepsgeheim' }).check();
    await form.getByLabel('Ernst van de gevolgen').selectOption({ label: 'Aanzienlijk' });
    await form.getByRole('button', { name: 'Registergegevens opslaan' }).click();
    await page.getByRole('status').getByText('Opgeslagen.', { exact: true }).waitFor();
    await page.getByText('Deze feiten zijn vastgelegd door de privacy officer.').waitFor();

    const proposal = page.getByRole('region', { name: 'Voorstel van de methode' });
    await proposal.getByRole('heading', { name: 'Melden bij de AP: ja, voorgesteld' }).waitFor();
    await proposal.getByText(/^ENISA-score \d/).waitFor();
  });

  it('the officer decides, marks the AP notified and closes the breach', async () => {
    const decision = page.getByRole('form', { name: 'Besluit over melden' });
    expect(await decision.getByRole('checkbox', { name: 'Melden bij de Autoriteit Persoonsgegevens' }).isChecked()).toBe(true);
    await decision.getByLabel('Onderbouwing').fill('Gezondheidsgegevens van cliënten bij een externe ontvanger: melden en informeren.');
    await decision.getByRole('checkbox', { name: 'Betrokkenen informeren', exact: true }).check();
    await decision.getByRole('checkbox', { name: 'De FG heeft advies gegeven over dit besluit' }).check();
    await decision.getByRole('checkbox', { name: 'Advies: betrokkenen informeren' }).uncheck();
    await decision.getByLabel('Het advies van de FG').fill('Melden; informeren is niet nodig, de ontvanger heeft alles verwijderd.');
    await decision.getByLabel('Gegeven door').fill('A. de Vries (FG)');
    await decision.getByLabel('Gegeven op').fill(minutesAgo(30));
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const decisions = page.getByRole('table', { name: /^Besluiten over melden/ });
    await decisions.getByText('Gezondheidsgegevens van cliënten bij een externe ontvanger: melden en informeren.').waitFor();
    await decisions.getByText('Het besluit wijkt af van het advies van de FG over: betrokkenen informeren.').waitFor();

    await page.getByRole('button', { name: 'Beoordeling afronden' }).click();
    await page.getByText('Beoordeeld', { exact: true }).waitFor();
    const notify = page.getByRole('form', { name: 'Gemeld bij de AP' });
    await notify.getByLabel('Gemeld bij de AP op').fill(minutesAgo(10));
    await notify.getByLabel(/^Meldnummer van de AP/).fill('M-2026-0815');
    await notify.getByRole('button', { name: 'Gemeld bij de AP' }).click();
    await page.getByText('Op tijd gemeld bij de AP').waitFor();

    const followUp = page.getByRole('form', { name: 'Vervolgmelding vastleggen' });
    await followUp.getByLabel('Soort vervolgmelding').selectOption({ label: 'Aanvulling (informatie in fasen)' });
    await followUp.getByLabel('Verstuurd op').fill(minutesAgo(7));
    await followUp.getByLabel('Wat heb je de AP gemeld?').fill('De oorzaak: een verkeerde adressuggestie.');
    await followUp.getByRole('button', { name: 'Vervolgmelding vastleggen' }).click();
    const notifications = page.getByRole('table', { name: /^De melding en de vervolgmeldingen aan de AP/ });
    await notifications.getByText('Melding (meldnummer M-2026-0815)').waitFor();
    await notifications.getByText('De oorzaak: een verkeerde adressuggestie.').waitFor();
    await expectAccessible(page, 'a notified breach with a follow-up and the FG advice');

    const close = page.getByRole('form', { name: 'Afsluiten' });
    await close.getByLabel('Betrokkenen geïnformeerd op').fill(minutesAgo(5));
    await close.getByRole('button', { name: 'Afsluiten' }).click();
    await page.getByText('Dit datalek is afgesloten.').waitFor();
  });

  it('shows the AP-form answers in order and the letter, ready to copy', async () => {
    const ap = page.getByRole('region', { name: 'Antwoorden voor het meldformulier van de AP' });
    const chapters = await ap.getByRole('heading', { level: 3 }).allTextContents();
    expect(chapters.slice(0, 3)).toEqual(['1. Inleiding', '2. Internationaal', '3. Organisatie']);
    expect(chapters).toHaveLength(10);
    await ap.getByRole('button', { name: 'Kopieer: Naam organisatie' }).waitFor();
    const letter = page.getByRole('region', { name: 'Brief of e-mail aan de betrokkenen' });
    await expect.poll(() => letter.getByRole('textbox', { name: 'Tekst' }).inputValue()).toContain('Zorggroep Rivierenland');
    await letter.getByLabel('Taal van de brief').selectOption('en');
    await expect.poll(() => letter.getByRole('textbox', { name: 'Tekst' }).inputValue()).toMatch(/^Dear/);
    await page.getByRole('region', { name: 'Wijzigingen' }).getByText('Besluit vastgelegd').waitFor();
    await expectAccessible(page, 'a closed breach');
  });
});
