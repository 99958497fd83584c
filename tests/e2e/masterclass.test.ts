import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamWallClock } from '#core/breach/deadline.js';
import { DESKTOP, expectAccessible, PHONE, settle, startSession, type Session } from './support.js';

/**
 * Issue 21's masterclass in a real Chromium: a trainer sets up a cohort (a session in the future
 * with its steps, and an assignment on worksheet 2.3); two care organisations join with the code,
 * each with its duo, and one organisation's admin shares worksheet 2.3 with the whole masterclass; the
 * trainer forms a subgroup of both organisations, each duo hands in and one duo reads the other's
 * answer in its subgroup; the trainer comments on the shared worksheet and the duo answers. axe
 * finds nothing on each view at 1366 px, and on the board, the sharing tab and the assignment at 390 px.
 *
 * The organisations come from the demo (WEGWIJS_DEMO=true): one installation is set up as one
 * organisation, and no route creates another one over HTTP (POST /api/setup and the organisation
 * import work only once), while the server's embedded database cannot be opened next to it. The demo
 * loads a training organisation with its trainer and two more care organisations, each with an admin
 * and a duo (src/server/modules/setup/demo-accounts.ts). Everything the journey covers is made here
 * through the UI: a NEW cohort, not the demo cohort, which the organisations take part in as well.
 */

let session: Session;
const pages: Page[] = [];

const COHORT = 'Masterclass Informatieveilig gedrag, voorjaar';
const SESSION = 'Stap 2 en 3: doelgedrag en gedragsfactoren';
const ASSIGNMENT = 'Beschrijf jullie doelgedrag';
const TRAINER = { email: 'trainer@demo.wegwijs.invalid', name: 'Trainer Demo' };
/** The organisation that shares worksheet 2.3 (its demo programme has it filled in) and gets the trainer's feedback. */
const GGZ = {
  name: 'GGZ Voorbeeldduin (demo)',
  programme: 'Werkplekken vergrendelen',
  admin: 'beheerder.ggz@demo.wegwijs.invalid',
  duo: ['Trajectleider GGZ', 'Kernteamlid GGZ'],
  lead: 'trajectleider.ggz@demo.wegwijs.invalid',
};
const WIJKZORG = {
  name: 'Wijkzorg Voorbeeldstad (demo)',
  programme: 'Datalekken sneller melden in de wijk',
  admin: 'beheerder.wijkzorg@demo.wegwijs.invalid',
  duo: ['Trajectleider Wijkzorg', 'Kernteamlid Wijkzorg'],
  lead: 'trajectleider.wijkzorg@demo.wegwijs.invalid',
};
const WORKSHEET = /^Werkblad 2\.3 /;

let trainer: Page;
let cohortUrl = '';
let code = '';

/** `text` to match literally in a regular expression. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A day `days` from today in Amsterdam, as a date input takes it. */
function dayFromNow(days: number): string {
  const c = amsterdamWallClock(new Date(Date.now() + days * 86_400_000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${two(c.month)}-${two(c.day)}`;
}

/** A person's own browser, logged in with a demo account. */
async function loginAs(email: string): Promise<Page> {
  const page = await (await session.browser.newContext({ viewport: DESKTOP, timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
  pages.push(page);
  await page.goto(`${session.running.baseUrl}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(session.running.demoPassword!);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** axe at the laptop width and, for the views people open on a phone, at 390 px as well. */
async function accessible(page: Page, label: string, { phone = false } = {}) {
  await expectAccessible(page, `${label} at ${DESKTOP.width} px`);
  if (!phone) return;
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${label} at ${PHONE.width} px`);
  await page.setViewportSize(DESKTOP);
  await settle(page);
}

async function openTab(page: Page, name: string, path: string) {
  await page.getByRole('tab', { name }).click();
  await page.waitForURL(`**/${path}`);
}

/** Opens the assignment on the assignments tab and waits until its part loaded. */
async function openAssignment(page: Page) {
  await page.goto(`${cohortUrl}/assignments`);
  await page.getByRole('button', { name: new RegExp(`^${ASSIGNMENT}`) }).click();
}

/** An admin joins the organisation's programme with the code, with its duo; ends on the new cohort. */
async function join(page: Page, organisation: typeof GGZ) {
  await page.goto(`${session.running.baseUrl}/masterclass`);
  const form = page.getByRole('region', { name: 'Meedoen met een code' });
  await form.getByRole('textbox', { name: 'Code van de masterclass' }).fill(code.toLowerCase());
  await form.getByRole('combobox', { name: 'Traject' }).selectOption({ label: organisation.programme });
  for (const name of organisation.duo) await form.getByRole('checkbox', { name }).check();
  await accessible(page, `the join form of ${organisation.name}`);
  await form.getByRole('button', { name: 'Meedoen' }).click();
  await page.waitForURL(cohortUrl);
  await page.getByRole('heading', { level: 1, name: COHORT }).waitFor();
}

beforeAll(async () => {
  session = await startSession({ WEGWIJS_DEMO: 'true' });
  expect(session.running.demoPassword).toBeTruthy();
});
afterAll(async () => {
  for (const page of pages) await page.context().close();
  await session?.stop();
});

describe.sequential('a masterclass: a trainer, two duos, a subgroup and feedback', () => {
  it('the trainer sets up a cohort with a session in the future and an assignment', async () => {
    trainer = await loginAs(TRAINER.email);
    await trainer.goto(`${session.running.baseUrl}/masterclass`);
    await trainer.getByRole('heading', { level: 1, name: 'Masterclass' }).waitFor();
    await trainer.getByRole('button', { name: 'Nieuwe masterclass' }).click();
    const create = trainer.getByRole('region', { name: 'Nieuwe masterclass' });
    await create.getByRole('textbox', { name: 'Naam' }).fill(COHORT);
    await accessible(trainer, 'the masterclasses with the new cohort form');
    await create.getByRole('button', { name: 'Masterclass maken' }).click();
    await trainer.waitForURL(/\/masterclass\/[0-9a-f-]{36}$/);
    cohortUrl = trainer.url();
    await trainer.getByRole('heading', { level: 1, name: COHORT }).waitFor();
    code = await trainer.getByRole('textbox', { name: 'Code', exact: true }).inputValue();
    expect(code).toMatch(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/);

    await trainer.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    const sessionForm = trainer.getByRole('region', { name: 'Nieuwe bijeenkomst' });
    await sessionForm.getByRole('textbox', { name: 'Titel' }).fill(SESSION);
    await sessionForm.getByLabel('Datum').fill(dayFromNow(21));
    await sessionForm.getByLabel('Begintijd').fill('13:30');
    await sessionForm.getByRole('textbox', { name: /^Plaats/ }).fill('Utrecht, leslokaal 2');
    await sessionForm.getByRole('checkbox', { name: 'Stap 2' }).check();
    await sessionForm.getByRole('checkbox', { name: 'Stap 3' }).check();
    await accessible(trainer, 'the new session form');
    await sessionForm.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    const card = trainer.getByRole('article', { name: SESSION });
    await card.getByText('Stap 2 en 3', { exact: true }).waitFor();

    await card.getByRole('button', { name: `Opdracht toevoegen: ${SESSION}` }).click();
    const assignmentForm = card.getByRole('region', { name: `Nieuwe opdracht bij “${SESSION}”` });
    await assignmentForm.getByRole('textbox', { name: 'Titel' }).fill(ASSIGNMENT);
    await assignmentForm
      .getByRole('textbox', { name: 'Wat moeten de deelnemers doen?' })
      .fill('Beschrijf in werkblad 2.3 wie, wat, wanneer en waar. Lees in je subgroep het doelgedrag van de ander.');
    await assignmentForm.getByRole('combobox', { name: /^Hoort bij/ }).selectOption('2.3');
    await accessible(trainer, 'the new assignment form');
    await assignmentForm.getByRole('button', { name: 'Opdracht opslaan' }).click();
    await card.getByText(ASSIGNMENT, { exact: true }).waitFor();
    await card.getByText(/Hoort bij: Werkblad 2\.3 /).waitFor();
    await trainer.getByText(/^0 van \d+ plaatsen bezet\.$/).waitFor();
    await accessible(trainer, 'the cohort’s programme for its trainer');
  });

  it('two care organisations join with the code, and one admin shares worksheet 2.3 with the whole masterclass', async () => {
    const ggzAdmin = await loginAs(GGZ.admin);
    await join(ggzAdmin, GGZ);
    // The trainer's plan, as the organisation sees it: no code, the session and its assignment.
    await ggzAdmin.getByRole('article', { name: SESSION }).getByText(ASSIGNMENT, { exact: true }).waitFor();
    expect(await ggzAdmin.getByRole('textbox', { name: 'Code', exact: true }).count()).toBe(0);

    await openTab(ggzAdmin, 'Delen', 'sharing');
    // With the whole masterclass (the trainers included), so the subgroup can read it when GGZ links it to its answer.
    const share = ggzAdmin.getByRole('checkbox', { name: new RegExp(`${WORKSHEET.source}.*: delen met de hele masterclass$`) });
    expect(await share.isChecked()).toBe(false);
    await share.check();
    await ggzAdmin.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await ggzAdmin.getByRole('status').getByText('Opgeslagen. Je hebt niets ingetrokken.').waitFor();
    await ggzAdmin.getByRole('region', { name: 'Reacties van de trainers' }).getByRole('link', { name: WORKSHEET }).waitFor();
    await accessible(ggzAdmin, 'the sharing tab of an admin', { phone: true });

    const wijkzorgAdmin = await loginAs(WIJKZORG.admin);
    await join(wijkzorgAdmin, WIJKZORG);
    await openTab(wijkzorgAdmin, 'Deelnemers', 'members');
    const members = wijkzorgAdmin.getByRole('table', { name: 'Organisaties en hun deelnemers' });
    await members.getByRole('rowheader', { name: new RegExp(escaped(GGZ.name)) }).waitFor();
    await members.getByRole('rowheader', { name: new RegExp(escaped(WIJKZORG.name)) }).waitFor();
    await accessible(wijkzorgAdmin, 'the members tab');
  });

  it('the trainer forms a subgroup of both organisations for the assignment', async () => {
    await openAssignment(trainer);
    const answers = trainer.getByRole('table', { name: `Antwoorden op “${ASSIGNMENT}”` });
    await expect.poll(() => answers.getByRole('row').count()).toBe(3);
    await trainer.getByRole('button', { name: 'Subgroep toevoegen' }).click();
    await trainer.getByRole('textbox', { name: 'Naam van subgroep 1' }).fill('Tafel A');
    for (const organisation of [GGZ, WIJKZORG])
      await trainer.getByRole('combobox', { name: `Subgroep van ${organisation.name}` }).selectOption({ label: 'Tafel A' });
    await trainer.getByText('2 organisaties').waitFor();
    await accessible(trainer, 'the trainer’s assignment with its subgroup editor', { phone: true });
    const saved = trainer.waitForResponse((r) => /\/subgroups$/.test(new URL(r.url()).pathname) && r.request().method() === 'PUT');
    await trainer.getByRole('button', { name: 'Subgroepen opslaan' }).click();
    expect((await saved).ok()).toBe(true);
    await expect.poll(() => answers.getByRole('row').filter({ hasText: 'Tafel A' }).count()).toBe(2);
  });

  let wijkzorgDuo: Page;
  let ggzDuo: Page;
  const WIJKZORG_ANSWER = 'Wijkverpleegkundigen melden een datalek dezelfde dienst bij de privacy officer, via het meldformulier op hun telefoon.';
  const GGZ_ANSWER = 'Medewerkers van de klinische afdelingen vergrendelen hun scherm met Windows-toets + L, elke keer dat ze de werkplek verlaten.';

  it('each duo hands in, and one reads the other’s answer in its subgroup', async () => {
    wijkzorgDuo = await loginAs(WIJKZORG.lead);
    await openAssignment(wijkzorgDuo);
    await wijkzorgDuo.getByText(`Tafel A, samen met: ${GGZ.name}`).waitFor();
    await wijkzorgDuo.getByRole('textbox', { name: 'Tekst van jullie antwoord' }).fill(WIJKZORG_ANSWER);
    await wijkzorgDuo.getByRole('button', { name: 'Inleveren', exact: true }).click();
    await wijkzorgDuo.getByRole('button', { name: 'Wijziging inleveren' }).waitFor();

    ggzDuo = await loginAs(GGZ.lead);
    await openAssignment(ggzDuo);
    await ggzDuo.getByRole('textbox', { name: 'Tekst van jullie antwoord' }).fill(GGZ_ANSWER);
    await ggzDuo.getByRole('combobox', { name: /^Werkblad koppelen/ }).selectOption('2.3');
    await ggzDuo.getByRole('button', { name: 'Inleveren', exact: true }).click();
    await ggzDuo.getByRole('button', { name: 'Wijziging inleveren' }).waitFor();
    // The other organisation in the subgroup: its answer, handed in before.
    const peer = ggzDuo.getByRole('article', { name: WIJKZORG.name });
    await peer.getByText(WIJKZORG_ANSWER).waitFor();
    await peer.getByText('Op tijd', { exact: true }).waitFor();
    await accessible(ggzDuo, 'the duo’s assignment with its subgroup', { phone: true });

    // And the other way round, with the worksheet the answer links to.
    await openAssignment(wijkzorgDuo);
    const other = wijkzorgDuo.getByRole('article', { name: GGZ.name });
    await other.getByText(GGZ_ANSWER).waitFor();
    await other.getByRole('button', { name: /^Werkblad bekijken: Werkblad 2\.3 / }).click();
    // The worksheet itself, not only the answer's text: its fields by their names.
    await other.getByText('Doelgroep', { exact: true }).first().waitFor();
    await accessible(wijkzorgDuo, 'a subgroup answer with its linked worksheet');
  });

  it('the trainer sees both on the board and comments on the shared worksheet', async () => {
    await trainer.goto(cohortUrl);
    await openTab(trainer, 'Bord', 'board');
    const overview = trainer.getByRole('table', { name: 'Overzicht per organisatie' });
    await expect.poll(() => overview.getByRole('row').count()).toBe(3);
    for (const organisation of [GGZ, WIJKZORG]) await overview.getByRole('row').filter({ hasText: organisation.name }).getByText('1 op tijd').waitFor();
    await accessible(trainer, 'the trainer’s board', { phone: true });

    await trainer.getByRole('link', { name: WORKSHEET }).click();
    await trainer.waitForURL(/\/p\/[0-9a-f-]{36}\/2\.3$/);
    await trainer.getByRole('heading', { level: 1, name: new RegExp(`${WORKSHEET.source}.*: ${escaped(GGZ.name)}$`) }).waitFor();
    await trainer.getByText('Je leest een kopie om op te reageren.', { exact: false }).waitFor();
    await trainer.getByText('Nog geen reacties.').waitFor();
    await trainer.getByRole('textbox', { name: 'Je reactie' }).fill('Mooi concreet. Welke afdelingen doen als eerste mee?');
    await trainer.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await trainer.getByText('Mooi concreet. Welke afdelingen doen als eerste mee?').waitFor();
    await accessible(trainer, 'a shared worksheet with the trainer’s comment');
  });

  it('the duo reads the feedback and answers it, and the trainer reads the answer', async () => {
    await ggzDuo.goto(cohortUrl);
    await openTab(ggzDuo, 'Delen', 'sharing');
    // The duo reads what its admin shares, without changing it.
    await ggzDuo.getByText('Alleen een beheerder van je organisatie kan dit wijzigen.').first().waitFor();
    expect(await ggzDuo.getByRole('checkbox').count()).toBe(0);
    await accessible(ggzDuo, 'the sharing tab of the duo', { phone: true });
    await ggzDuo.getByRole('region', { name: 'Reacties van de trainers' }).getByRole('link', { name: WORKSHEET }).click();
    await ggzDuo.waitForURL(/\/p\/[0-9a-f-]{36}\/2\.3$/);
    await ggzDuo.getByText('Mooi concreet. Welke afdelingen doen als eerste mee?').waitFor();
    await ggzDuo.getByRole('button', { name: `Antwoorden: ${TRAINER.name}` }).click();
    await ggzDuo.getByRole('textbox', { name: `Je antwoord aan ${TRAINER.name}` }).fill('Eerst de twee klinische afdelingen, daarna de poli.');
    await ggzDuo.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await ggzDuo.getByText('Eerst de twee klinische afdelingen, daarna de poli.').waitFor();
    await accessible(ggzDuo, 'the duo’s own shared worksheet with the thread');

    await trainer.reload();
    await trainer.getByText('Eerst de twee klinische afdelingen, daarna de poli.').waitFor();
    await trainer.getByText(new RegExp(`^${GGZ.duo[0]} \\(${escaped(GGZ.name)}\\)`)).waitFor();
  });
});
