import { AwarenessConfirmation } from '#core/breach/awareness.js';
import { notifiedLate } from '#core/breach/deadline.js';
import { DecisionBody } from '#core/breach/decision.js';
import { BreachRegister, type BreachRegisterInput } from '#core/breach/register.js';
import { BreachReport, type BreachReportInput } from '#core/breach/report.js';
import { monthOf, shareInTime, shiftMonth, startOfMonth, sumFigures } from '#core/breach/statistics.js';
import { allInSector, type Sector } from '#core/sector.js';
import type { Database } from '../../db/client.js';
import type { Services } from '../../services.js';
import type { SessionActor } from '../../context.js';
import { TransitionBody } from '../breaches/register.service.js';
import { breachesRepository, type DemoBreachDates } from '../breaches/repository.js';
import { breachReference } from '../breaches/report.service.js';
import { amsterdamMoment } from './demo-clock.js';
import { demoStory } from './demo-story.js';

/**
 * The demo's breach register: a year of reports as the programme "Datalekken sneller melden" would
 * find them. A year ago staff reported days after they noticed, so the 72 hours of AVG art. 33(1)
 * were often gone before the privacy officer knew; in the last months reports come in within hours,
 * more of them, and more are handled in time. Each breach is reported through the staff's link and
 * handled by the privacy officer through the register's own services and rules; the moments they
 * stamp are then dated back to when it happened.
 */

const HOUR = 3_600_000;

/** What happened, as the reporter told it and the officer recorded and decided it. */
interface Scenario {
  report: Omit<BreachReportInput, 'noticedAt' | 'department'>;
  register: BreachRegisterInput;
  decision: Pick<DecisionBody, 'notifyAp' | 'informSubjects' | 'reasoning'>;
  /** Why the AP heard of it after the 72 hours, for when it did (art. 33(1): "vergezeld van een motivering voor de vertraging"). */
  lateReason?: string;
}

/** What every register entry of a confidentiality breach records the same way. */
const leaked = { classification: ['confidentiality'], subjectGroups: ['patients'], malicious: false } satisfies BreachRegisterInput;

/**
 * The kinds of breach care organisations report most, each with the officer's decision. Not notifying
 * rests on art. 33(1) AVG: notify "tenzij het niet waarschijnlijk is dat de inbreuk in verband met
 * persoonsgegevens een risico inhoudt voor de rechten en vrijheden van natuurlijke personen", each
 * on a ground the proposal names (src/core/breach/assessment.ts); informing the people on art. 34(1),
 * a likely high risk.
 */
const SCENARIOS = {
  misdirectedEmail: {
    report: {
      isBreach: 'unsure',
      whatHappened: 'Ik heb een ontslagbrief van een {patiënt} naar de verkeerde huisartsenpraktijk gemaild. De twee praktijken hebben bijna dezelfde naam.',
      incidentKind: 'emailWrongRecipient',
      dataKinds: ['namesAddresses', 'health'],
      peopleBand: 'one',
      ongoing: 'no',
      actionsTaken: 'De praktijk gebeld en gevraagd de e-mail te verwijderen.',
    },
    register: {
      ...leaked,
      incidentKind: 'emailWrongRecipient',
      summary: 'Ontslagbrief van één {patiënt} per e-mail naar een verkeerde huisartsenpraktijk.',
      dataCategories: ['name', 'dateOfBirth'],
      specialCategories: ['health'],
      people: { min: 1, max: 1 },
      protection: 'none',
      recipients: 'known',
      recipientCount: 1,
      recipientTrusted: true,
      recipientIntent: 'none',
      dataRecovered: true,
      cause: 'Verkeerde praktijk gekozen in de adreslijst van het EPD.',
      consequenceSeverity: 'limited',
      consequencesDescription: 'Een huisarts met beroepsgeheim las de brief en verwijderde hem.',
      measuresTaken: 'De praktijk bevestigde schriftelijk dat de e-mail is verwijderd. Dubbele namen in de adreslijst zijn opgeschoond.',
    },
    decision: {
      notifyAp: false,
      informSubjects: false,
      // AP, "De onjuiste ontvanger is betrouwbaar"; WP250rev.01 §IV.B.
      reasoning:
        'Niet melden bij de AP: de ontvanger is een zorgverlener met beroepsgeheim, heeft de e-mail niet doorgestuurd en bevestigde dat hij hem verwijderde. Een risico voor de {patiënt} is daarom niet waarschijnlijk (art. 33 lid 1 AVG).',
    },
  },
  lostPhone: {
    report: {
      isBreach: 'unsure',
      whatHappened: 'Mijn werktelefoon is kwijt, waarschijnlijk laten liggen in de trein. Op de telefoon staan mijn werkmail en de app van het EPD.',
      incidentKind: 'lostOrStolen',
      dataKinds: ['namesAddresses', 'health'],
      peopleBand: 'upTo100',
      ongoing: 'no',
      actionsTaken: 'De ICT-servicedesk gebeld; zij hebben de telefoon op afstand gewist.',
    },
    register: {
      ...leaked,
      incidentKind: 'lostOrStolen',
      summary: 'Werktelefoon met werkmail en EPD-app verloren in de trein.',
      dataCategories: ['name', 'contactDetails'],
      specialCategories: ['health'],
      people: { min: 11, max: 100 },
      protection: 'encrypted',
      protectionTechnique: 'Versleuteling van het toestel met een pincode, beheerd met MDM; op afstand gewist.',
      keyCompromised: false,
      protectionStateOfTheArt: true,
      protectionCoversAll: true,
      recipients: 'unknown',
      cause: 'Telefoon verloren onderweg naar huis.',
      consequenceSeverity: 'negligible',
      consequencesDescription: 'De gegevens op het toestel zijn versleuteld en het toestel is gewist: niemand kan ze lezen.',
      measuresTaken: 'Toestel op afstand gewist; wachtwoord van het account gewijzigd.',
    },
    decision: {
      notifyAp: false,
      informSubjects: false,
      // AP, "Datalek: wel of niet melden" (vooraf getroffen maatregelen); WP250rev.01 Annex B (i).
      reasoning:
        'Niet melden bij de AP: het toestel was versleuteld volgens de stand van de techniek, de pincode is niet in andere handen en het toestel is op afstand gewist. Een risico is daarom niet waarschijnlijk (art. 33 lid 1 AVG).',
    },
  },
  wrongAddress: {
    report: {
      isBreach: 'unsure',
      whatHappened: 'Een afsprakenbrief is naar het oude adres van een {patiënt} gestuurd. De nieuwe bewoner bracht de brief dicht terug naar de receptie.',
      incidentKind: 'letterWrongRecipient',
      dataKinds: ['namesAddresses', 'health'],
      peopleBand: 'one',
      ongoing: 'no',
      actionsTaken: 'Het adres in het EPD verbeterd en de brief opnieuw verstuurd.',
    },
    register: {
      ...leaked,
      incidentKind: 'letterWrongRecipient',
      summary: 'Afsprakenbrief van één {patiënt} naar een oud adres; ongeopend teruggebracht.',
      dataCategories: ['name', 'address'],
      specialCategories: ['health'],
      people: { min: 1, max: 1 },
      protection: 'none',
      recipients: 'none',
      containedEvidence: 'De envelop kwam dicht terug bij de receptie.',
      dataRecovered: true,
      cause: 'De adreswijziging van de {patiënt} was niet verwerkt in het EPD.',
      consequenceSeverity: 'negligible',
      consequencesDescription: 'Niemand heeft de brief gelezen.',
      measuresTaken: 'Adres verbeterd; de brief is vernietigd en opnieuw verstuurd.',
    },
    decision: {
      notifyAp: false,
      informSubjects: false,
      reasoning:
        'Niet melden bij de AP: de brief kwam ongeopend terug, dus niemand heeft de gegevens gezien. Een risico voor de {patiënt} is daarom niet waarschijnlijk (art. 33 lid 1 AVG).',
    },
  },
  printout: {
    report: {
      isBreach: 'unsure',
      whatHappened:
        'De overdrachtslijst van de afdeling (namen, kamers en diagnoses) heeft een ochtend op de printer in de teampost gelegen. Alleen collega’s komen daar.',
      incidentKind: 'other',
      dataKinds: ['namesAddresses', 'health'],
      peopleBand: 'upTo100',
      ongoing: 'no',
      actionsTaken: 'De lijst in de papiervernietiger gedaan.',
    },
    register: {
      ...leaked,
      incidentKind: 'other',
      summary: 'Overdrachtslijst van de afdeling een ochtend op de printer in de teampost.',
      dataCategories: ['name'],
      specialCategories: ['health'],
      people: { min: 24, max: 24 },
      protection: 'none',
      recipients: 'known',
      recipientCount: 6,
      recipientTrusted: true,
      recipientIntent: 'none',
      dataRecovered: true,
      cause: 'Afdrukken naar de verkeerde printer; de printer vraagt geen pas bij het afdrukken.',
      consequenceSeverity: 'limited',
      consequencesDescription: 'Alleen collega’s met beroepsgeheim konden de lijst zien.',
      measuresTaken: 'Lijst vernietigd. De printer drukt nu pas af na het aanbieden van de medewerkerspas.',
    },
    decision: {
      notifyAp: false,
      informSubjects: false,
      // AP, "De onjuiste ontvanger is betrouwbaar"; WP250rev.01 §IV.B.
      reasoning:
        'Niet melden bij de AP: alleen collega’s met beroepsgeheim konden de lijst zien en hij is vernietigd. Een risico is daarom niet waarschijnlijk (art. 33 lid 1 AVG).',
    },
  },
  lostUsbStick: {
    report: {
      isBreach: 'yes',
      whatHappened:
        'Ik ben een usb-stick kwijt met een lijst van {patiënten} voor het multidisciplinair overleg: namen, geboortedata en behandeling. De stick was niet versleuteld.',
      incidentKind: 'lostOrStolen',
      dataKinds: ['namesAddresses', 'health'],
      peopleBand: 'upTo100',
      ongoing: 'no',
      actionsTaken: 'Overal gezocht en gevraagd bij gevonden voorwerpen.',
    },
    register: {
      ...leaked,
      incidentKind: 'lostOrStolen',
      summary: 'Onversleutelde usb-stick met een overleglijst van 43 {patiënten} verloren.',
      dataCategories: ['name', 'dateOfBirth'],
      specialCategories: ['health'],
      people: { min: 43, max: 43 },
      protection: 'none',
      recipients: 'unknown',
      cause: 'De lijst op een eigen, onversleutelde usb-stick gezet om thuis aan te werken.',
      consequenceSeverity: 'significant',
      peopleConsequences: ['professionalSecrecy'],
      consequencesDescription: 'Wie de stick vindt, ziet wie welke behandeling krijgt.',
      measuresTaken: 'Gezocht op de afdeling en bij gevonden voorwerpen. Afdelingscomputers accepteren alleen nog versleutelde usb-sticks.',
      informMeans: ['letter'],
      subjectsInformedCount: 43,
    },
    decision: {
      notifyAp: true,
      informSubjects: true,
      // Art. 34(1): a likely high risk; no art. 34(3) exception applies to unprotected data in unknown hands.
      reasoning:
        'Melden bij de AP en de {patiënten} informeren: gezondheidsgegevens van 43 {patiënten}, onversleuteld en in onbekende handen. Een hoog risico is waarschijnlijk (art. 33 lid 1 en art. 34 lid 1 AVG).',
    },
    lateReason: 'De medewerker meldde het verlies pas na enkele dagen zoeken; de privacy officer wist het daarna pas.',
  },
  stolenLaptop: {
    report: {
      isBreach: 'yes',
      whatHappened:
        'De laptop van de afdeling is uit mijn auto gestolen. Er stonden verslagen van het multidisciplinair overleg op; de laptop was niet versleuteld.',
      incidentKind: 'lostOrStolen',
      dataKinds: ['namesAddresses', 'health'],
      peopleBand: 'upTo1000',
      ongoing: 'no',
      actionsTaken: 'Aangifte gedaan bij de politie en de ICT-servicedesk gebeld.',
    },
    register: {
      ...leaked,
      malicious: true,
      incidentKind: 'lostOrStolen',
      summary: 'Onversleutelde afdelingslaptop met overlegverslagen van 150 {patiënten} gestolen uit een auto.',
      dataCategories: ['name', 'dateOfBirth'],
      specialCategories: ['health'],
      people: { min: 150, max: 150 },
      protection: 'none',
      recipients: 'unknown',
      cause: 'Diefstal; de laptop was buiten het beheer van ICT om ingericht en niet versleuteld.',
      consequenceSeverity: 'significant',
      peopleConsequences: ['professionalSecrecy'],
      consequencesDescription: 'De dief kan gezondheidsgegevens van 150 {patiënten} lezen.',
      measuresTaken: 'Aangifte gedaan; wachtwoorden van de accounts op de laptop gewijzigd. Alle afdelingslaptops zijn nagelopen en versleuteld.',
      informMeans: ['letter'],
      subjectsInformedCount: 150,
    },
    decision: {
      notifyAp: true,
      informSubjects: true,
      reasoning:
        'Melden bij de AP en de {patiënten} informeren: gezondheidsgegevens van 150 {patiënten}, onversleuteld en gestolen. Een hoog risico is waarschijnlijk (art. 33 lid 1 en art. 34 lid 1 AVG).',
    },
  },
  recordWithoutReason: {
    report: {
      isBreach: 'yes',
      whatHappened:
        'Bij de controle van de logging van het EPD zagen we dat een medewerker het dossier van een buurman heeft geopend. Er was geen behandelrelatie.',
      incidentKind: 'other',
      dataKinds: ['namesAddresses', 'health', 'bsn'],
      peopleBand: 'one',
      ongoing: 'no',
      actionsTaken: 'De teammanager ingelicht.',
    },
    register: {
      ...leaked,
      malicious: true,
      incidentKind: 'other',
      summary: 'Inzage in het dossier van één {patiënt} zonder behandelrelatie, gevonden bij de logcontrole.',
      dataCategories: ['name', 'address', 'dateOfBirth', 'bsn'],
      specialCategories: ['health'],
      people: { min: 1, max: 1 },
      protection: 'none',
      recipients: 'known',
      recipientCount: 1,
      recipientTrusted: false,
      recipientIntent: 'deliberate',
      cause: 'Nieuwsgierigheid; de toegang tot het EPD was ruimer dan het werk vraagt.',
      consequenceSeverity: 'significant',
      peopleConsequences: ['reputation', 'professionalSecrecy'],
      consequencesDescription: 'Een buurman kent nu medische gegevens van de {patiënt}.',
      measuresTaken: 'Gesprek met de medewerker en HR; de toegang is beperkt tot de eigen afdeling. De logging wordt elke maand gecontroleerd.',
      informMeans: ['phone', 'letter'],
      subjectsInformedCount: 1,
    },
    decision: {
      notifyAp: true,
      informSubjects: true,
      // WP250rev.01 Annex B: deliberate access by staff without authorisation is notifiable.
      reasoning:
        'Melden bij de AP en de {patiënt} informeren: een medewerker las met opzet gezondheidsgegevens en het BSN van een bekende. Een hoog risico is waarschijnlijk (art. 33 lid 1 en art. 34 lid 1 AVG).',
    },
    lateReason: 'De logcontrole vond de inzage; het uitzoeken wie het dossier opende en waarom kostte meer dan 72 uur.',
  },
  noBcc: {
    report: {
      isBreach: 'yes',
      whatHappened: 'De uitnodiging voor de informatieavond over diabetes is naar 38 {patiënten} gestuurd met alle e-mailadressen zichtbaar in de aan-regel.',
      incidentKind: 'emailNoBcc',
      dataKinds: ['namesAddresses', 'health'],
      peopleBand: 'upTo100',
      ongoing: 'no',
      actionsTaken: 'Een tweede e-mail gestuurd met excuses en het verzoek de eerste te verwijderen.',
    },
    register: {
      ...leaked,
      incidentKind: 'emailNoBcc',
      summary: 'Uitnodiging aan 38 {patiënten} met alle e-mailadressen zichtbaar; laat zien wie diabetes heeft.',
      dataCategories: ['name', 'email'],
      specialCategories: ['health'],
      people: { min: 38, max: 38 },
      revealsCareRelationship: true,
      protection: 'none',
      recipients: 'known',
      recipientCount: 38,
      recipientTrusted: false,
      recipientIntent: 'none',
      dataRecovered: false,
      cause: 'Adressen in de aan-regel gezet in plaats van de bcc-regel.',
      consequenceSeverity: 'limited',
      consequencesDescription: 'De ontvangers weten van elkaar dat zij diabetes hebben.',
      measuresTaken: 'Excuses per e-mail met het verzoek de e-mail te verwijderen. Groepsmails gaan voortaan via het mailprogramma voor nieuwsbrieven.',
      informMeans: ['email'],
      subjectsInformedCount: 38,
    },
    decision: {
      notifyAp: true,
      informSubjects: true,
      reasoning:
        'Melden bij de AP en de {patiënten} informeren: de e-mail laat 38 mensen van elkaar zien dat zij diabetes hebben, een gezondheidsgegeven. Een hoog risico is waarschijnlijk (art. 33 lid 1 en art. 34 lid 1 AVG).',
    },
  },
} satisfies Record<string, Scenario>;
type ScenarioKey = keyof typeof SCENARIOS;

/**
 * One breach of the demo: when it was reported (a day and hour of a month before the current one,
 * or hours ago in the current month), how long the reporter waited after noticing it, and when the
 * officer decided, notified the AP and closed it, in hours after the report. Without `closed` the
 * officer is still assessing it.
 */
interface DemoBreach {
  scenario: ScenarioKey;
  when: { monthsAgo: number; day: number; hour: number } | { hoursAgo: number };
  waited: number;
  decided?: number;
  notified?: number;
  closed?: number;
}

const b = (scenario: ScenarioKey, monthsAgo: number, day: number, hour: number, times: Omit<DemoBreach, 'scenario' | 'when'>): DemoBreach => ({
  scenario,
  when: { monthsAgo, day, hour },
  ...times,
});

/**
 * A year of breaches, oldest first (24 in the twelve months before this one). Until the programme:
 * one or two a month, many reported days after they were noticed, so well under half handled in
 * time. In the last two months more reports, most within hours, and three in four in time.
 */
const DEMO_BREACHES: readonly DemoBreach[] = [
  b('misdirectedEmail', 12, 6, 10, { waited: 120, decided: 30, closed: 60 }),
  b('wrongAddress', 12, 19, 14, { waited: 4, decided: 20, closed: 48 }),
  b('lostUsbStick', 11, 9, 9, { waited: 70, decided: 20, notified: 26, closed: 400 }),
  b('lostPhone', 10, 3, 8, { waited: 2, decided: 6, closed: 30 }),
  b('printout', 10, 17, 15, { waited: 96, decided: 8, closed: 30 }),
  b('misdirectedEmail', 9, 12, 11, { waited: 160, decided: 24, closed: 72 }),
  b('stolenLaptop', 8, 4, 8, { waited: 14, decided: 10, notified: 30, closed: 500 }),
  b('wrongAddress', 8, 20, 10, { waited: 80, decided: 6, closed: 24 }),
  b('wrongAddress', 7, 3, 11, { waited: 90, decided: 6, closed: 30 }),
  b('printout', 7, 14, 16, { waited: 3, decided: 30, closed: 50 }),
  b('recordWithoutReason', 6, 5, 9, { waited: 1, decided: 60, notified: 90, closed: 600 }),
  b('lostPhone', 5, 7, 9, { waited: 1, decided: 4, closed: 24 }),
  b('wrongAddress', 5, 21, 11, { waited: 100, decided: 4, closed: 30 }),
  b('misdirectedEmail', 4, 11, 14, { waited: 85, decided: 6, closed: 30 }),
  b('noBcc', 3, 4, 16, { waited: 1, decided: 20, notified: 40, closed: 300 }),
  b('printout', 3, 12, 10, { waited: 75, decided: 5, closed: 24 }),
  b('misdirectedEmail', 2, 3, 11, { waited: 2, decided: 6, closed: 30 }),
  b('lostPhone', 2, 8, 8, { waited: 1, decided: 3, closed: 24 }),
  b('lostUsbStick', 2, 14, 15, { waited: 3, decided: 18, notified: 30, closed: 340 }),
  b('wrongAddress', 2, 22, 9, { waited: 90, decided: 4, closed: 24 }),
  b('misdirectedEmail', 1, 2, 10, { waited: 1, decided: 5, closed: 26 }),
  b('wrongAddress', 1, 6, 14, { waited: 3, decided: 20, closed: 40 }),
  b('printout', 1, 9, 9, { waited: 100, decided: 4, closed: 20 }),
  b('recordWithoutReason', 1, 12, 11, { waited: 2, decided: 30, notified: 50, closed: 150 }),
  { scenario: 'lostPhone', when: { hoursAgo: 30 }, waited: 2, decided: 3, closed: 8 },
  { scenario: 'misdirectedEmail', when: { hoursAgo: 5 }, waited: 1 },
];

/** The moments of one breach; those of the current month squeezed into the time since it began, so none lies before it or in the future. */
function momentsOf(breach: DemoBreach, now: Date) {
  let reportedAt: Date;
  let scale = 1;
  if ('hoursAgo' in breach.when) {
    const sinceMonthStart = now.getTime() - startOfMonth(monthOf(now)).getTime();
    scale = Math.min(1, (0.9 * sinceMonthStart) / (breach.when.hoursAgo * HOUR));
    reportedAt = new Date(now.getTime() - breach.when.hoursAgo * HOUR * scale);
  } else {
    const month = shiftMonth(monthOf(now), -breach.when.monthsAgo);
    reportedAt = amsterdamMoment(`${month}-${String(breach.when.day).padStart(2, '0')}`, breach.when.hour);
  }
  const after = (hours: number | undefined) => (hours === undefined ? null : new Date(reportedAt.getTime() + hours * HOUR * scale));
  const decidedAt = after(breach.decided);
  const moments = {
    reportedAt,
    noticedAt: new Date(reportedAt.getTime() - breach.waited * HOUR * scale),
    // The officer confirms the moment of awareness within the hour, or halfway to a quick decision.
    confirmedAt: after(Math.min(1, (breach.decided ?? 2) / 2))!,
    decidedAt,
    fgAdvisedAt: decidedAt && new Date(decidedAt.getTime() - HOUR * scale),
    apNotifiedAt: after(breach.notified),
    closedAt: after(breach.closed),
  };
  for (const [name, at] of Object.entries(moments)) {
    if (at && at > now) throw new Error(`demo breach ${breach.scenario}: ${name} would lie in the future`);
  }
  return moments;
}

type BreachServices = Pick<Services, 'breachReports' | 'breachRegister'>;
type Moments = ReturnType<typeof momentsOf>;

/** The officer's work on one reported breach through the register's services, up to where the demo leaves it. */
async function handleBreach(register: BreachServices['breachRegister'], officer: SessionActor, id: string, m: Moments, texts: Scenario) {
  // The reporter's moment, confirmed as it is: no reason needed (awareness.ts).
  await register.confirmAwareness(officer, id, AwarenessConfirmation.parse({ awareAt: m.noticedAt.toISOString() }));
  await register.transition(officer, id, TransitionBody.parse({ status: 'triage' }));
  await register.updateRegister(officer, id, BreachRegister.parse({ ...texts.register, startedAt: m.noticedAt.toISOString() }));
  if (m.decidedAt && m.fgAdvisedAt) {
    const { decision } = texts;
    // The FG advises, the controller decides (art. 38(1), 39(1)(a) AVG; decision.ts).
    const fgAdvice = {
      notifyAp: decision.notifyAp,
      informSubjects: decision.informSubjects,
      advice: decision.reasoning,
      by: 'Demo FG',
      at: m.fgAdvisedAt.toISOString(),
    };
    await register.decide(officer, id, DecisionBody.parse({ ...decision, fgAdvice }));
    await register.transition(officer, id, TransitionBody.parse({ status: 'assessed' }));
  }
  if (m.apNotifiedAt) {
    const late = notifiedLate(m.noticedAt, m.apNotifiedAt);
    await register.transition(
      officer,
      id,
      TransitionBody.parse({
        status: 'notified',
        apNotifiedAt: m.apNotifiedAt.toISOString(),
        // The AP's online form confirms receipt at once, with its meldnummer.
        apReference: `M-${m.apNotifiedAt.getUTCFullYear()}-${String(Math.floor(m.apNotifiedAt.getTime() / HOUR) % 100_000).padStart(5, '0')}`,
        apReceivedAt: new Date(m.apNotifiedAt.getTime() + 60_000).toISOString(),
        lateReason: late ? texts.lateReason : undefined,
        subjectsInformedAt: texts.decision.informSubjects ? m.apNotifiedAt.toISOString() : undefined,
      }),
    );
  }
  if (m.closedAt) await register.transition(officer, id, TransitionBody.parse({ status: 'closed' }));
}

/**
 * Loads the demo's breach register (see the top of this file) for the privacy officer `officer`, in
 * the sector's words: the staff report through the organisation's link, the officer handles each,
 * then what the services stamped is dated back, register numbers following the year of each report.
 */
export async function loadDemoBreaches(
  db: Database,
  services: BreachServices,
  officer: SessionActor,
  { breachSlug, sector }: { breachSlug: string; sector: Sector },
) {
  const now = new Date();
  // Reports come from the sector's three units of the demo's story, as the survey asks them.
  const story = demoStory(sector);
  const departments = story.units.map((u) => u.label.nl);
  const reported = [];
  for (const [i, breach] of DEMO_BREACHES.entries()) {
    // The scenarios are written with a hospital's EPD; the vvt and gehandicaptenzorg keep an ECD (demo-story.ts).
    const texts = JSON.parse(
      JSON.stringify(allInSector(SCENARIOS[breach.scenario], sector)).replace(/\bEPD\b/g, story.record),
    ) as (typeof SCENARIOS)[keyof typeof SCENARIOS];
    const moments = momentsOf(breach, now);
    // Every fifth reporter leaves the department open, as the form allows.
    const department = i % 5 === 4 ? '' : departments[i % departments.length]!;
    const { reference } = await services.breachReports.report(
      breachSlug,
      BreachReport.parse({ ...texts.report, noticedAt: moments.noticedAt.toISOString(), department }),
      null,
    );
    reported.push({ reference, texts, moments });
  }
  // A reporter is given the public reference only; the officer finds the breaches in the register.
  const { breaches } = await services.breachRegister.list(officer, {}, { offset: 0, limit: reported.length });
  const idOf = new Map(breaches.map((listed) => [listed.publicReference, listed.id]));
  const counts = new Map<number, number>();
  const dated: DemoBreachDates[] = [];
  for (const { reference, texts, moments: m } of reported) {
    const id = idOf.get(reference);
    if (!id) throw new Error('demo breach not found in the register');
    await handleBreach(services.breachRegister, officer, id, m, texts);
    // DEMO_BREACHES is in the order of report, so the numbers are too.
    const year = Number(monthOf(m.reportedAt).slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
    dated.push({
      id,
      reference: breachReference(year, counts.get(year)!),
      reportedAt: m.reportedAt,
      awareConfirmedAt: m.confirmedAt,
      decidedAt: m.decidedAt,
      closedAt: m.closedAt,
      updatedAt: m.closedAt ?? m.decidedAt ?? m.confirmedAt,
    });
  }
  await db.transaction((tx) =>
    breachesRepository.backdateDemo(
      tx,
      officer.organisationId,
      dated,
      [...counts].map(([year, last]) => ({ year, last })),
    ),
  );
}

/**
 * The register's share handled within the 72 hours over the board's months before `day`'s month, as
 * a percentage like the KPI's points (breachHandledInTimeSeries): the demo's 0-meting, taken from the
 * register rather than typed in, so the KPI's line and its baseline tell one story.
 */
export async function handledInTimeBefore(services: Pick<Services, 'breachRegister'>, officer: SessionActor, day: string): Promise<number | null> {
  const { months } = await services.breachRegister.figures(officer);
  const share = shareInTime(sumFigures(months.filter((m) => m.month < day.slice(0, 7))));
  return share === null ? null : Math.round(share * 1000) / 10;
}
