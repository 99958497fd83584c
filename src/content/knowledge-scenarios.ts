import type { CareSetting, ScenarioCatalogue, ScenarioKind } from '#core/knowledge/definition.js';
import type { LocalizedText } from '#core/locale.js';

/**
 * Short care scenarios for the knowledge checks, written by us (no real people or events): is this
 * privacy-sensitive, is this a data breach, may I share this and with whom. Each has 2–4 options,
 * exactly one right, feedback that explains why, so a check also teaches, and the source of the
 * rule, shown with the feedback.
 *
 * Options are worded so that the right one is not given away by being the longest or the most
 * careful, and the page shows them in an order of its own per check (src/core/knowledge/display-order.ts).
 *
 * {patiënt} and {patient} stand for the person receiving the organisation's care: src/core/sector.ts
 * fills in the sector's word. A source keeps its own words ("patiëntdossier" in NEN 7513's title).
 */
export interface KnowledgeScenario {
  /** Stable: stored checks name scenarios by key. Never rename or reuse one. */
  key: string;
  kind: ScenarioKind;
  setting: CareSetting;
  situation: LocalizedText;
  question: LocalizedText;
  /**
   * Stored answers and tallies name an option by its place here: never reorder them, never move
   * the right one, never change what an option says (rewording it is fine).
   */
  options: LocalizedText[];
  /** The right option, counted from 0. */
  right: number;
  /** Why the right option is right, in 1–3 sentences. */
  feedback: LocalizedText;
  /** Where the rule comes from: articles, guidelines, authority pages. Shown with the feedback. */
  source: LocalizedText;
  /**
   * Withdrawn: kept so checks that already hold it still serve it, with its feedback, and show what
   * people chose; never offered for a new or changed check, and never scored (its "right" option
   * was not: src/core/knowledge/scoring.ts). Replaced by a scenario with a new key.
   */
  retired?: true;
}

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

const IS_SENSITIVE = t('Zijn dit persoonsgegevens, en hoe gevoelig?', 'Is this personal data, and how sensitive?');
const IS_BREACH = t('Is dit een datalek?', 'Is this a data breach?');
const MAY_SHARE = t('Mag je dit delen, en met wie?', 'May you share this, and with whom?');

export const KNOWLEDGE_SCENARIOS: readonly KnowledgeScenario[] = [
  // Is this privacy-sensitive?
  {
    key: 'sensitive-whiteboard',
    kind: 'sensitive',
    setting: 'hospital',
    situation: t(
      'Op het whiteboard van de verpleegpost staan kamernummers met initialen en korte notities als "diabetes" en "isolatie MRSA". Het bord is te zien vanaf de gang.',
      'On the whiteboard at the nurses’ station, room numbers are listed with initials and short notes such as "diabetes" and "MRSA isolation". The board can be seen from the corridor.',
    ),
    question: IS_SENSITIVE,
    options: [
      t(
        'Nee: initialen en kamernummers zeggen niemand iets. Het bord kan gewoon blijven hangen.',
        'No: initials and room numbers tell nobody anything. The board can simply stay where it is.',
      ),
      t('Ja: samen herleidbaar tot een {patiënt}, en het gaat om gezondheidsgegevens.', 'Yes: together they point to a {patient}, and they are health data.'),
      t('Alleen de notitie over MRSA, omdat die besmettelijk is.', 'Only the MRSA note, because it is contagious.'),
    ],
    right: 1,
    feedback: t(
      'Kamernummer plus initialen is voor bezoekers en collega’s vaak genoeg om iemand te herkennen. Gezondheidsgegevens zijn extra beschermd: houd zulke borden uit het zicht van de gang.',
      'A room number plus initials is often enough for visitors and colleagues to recognise someone. Health data have extra protection: keep such boards out of sight of the corridor.',
    ),
    source: t('AVG art. 4 lid 1 en 15, art. 9 lid 1 en art. 32', 'GDPR Art. 4(1) and (15), Art. 9(1) and Art. 32'),
  },
  {
    key: 'sensitive-case-description',
    kind: 'sensitive',
    setting: 'hospital',
    situation: t(
      'In een klinische les bespreekt een arts "een man van 34 uit een klein dorp in de regio". Hij is vorige week opgenomen na een brand op zijn boerderij. Een naam noemt de arts niet.',
      'In a teaching session a doctor discusses "a 34-year-old man from a small village in the region". He was admitted last week after a fire at his farm. The doctor does not mention a name.',
    ),
    question: IS_SENSITIVE,
    options: [
      t('Ja: samen maken de details hem herkenbaar.', 'Yes: together the details make him recognisable.'),
      t('Nee, zonder naam is het anoniem.', 'No, without a name it is anonymous.'),
    ],
    right: 0,
    feedback: t(
      'Gegevens zijn persoonsgegevens zodra iemand er redelijkerwijs mee te herkennen is, ook zonder naam. Laat bij casusbesprekingen details als woonplaats, beroep en gebeurtenis weg of verander ze.',
      'Data are personal data as soon as someone can reasonably be recognised from them, even without a name. In case discussions leave out or change details such as home town, occupation and event.',
    ),
    source: t('AVG art. 4 lid 1 en overweging 26', 'GDPR Art. 4(1) and recital 26'),
  },
  {
    key: 'sensitive-bsn-list',
    kind: 'sensitive',
    setting: 'vvt',
    situation: t(
      'Bij de printer ligt een lijst met alleen burgerservicenummers (BSN) en tijden van huisbezoeken voor morgen.',
      'At the printer lies a list with only citizen service numbers (BSN) and times of tomorrow’s home visits.',
    ),
    question: IS_SENSITIVE,
    options: [
      t('Nee: alleen nummers, geen namen.', 'No: just numbers, no names.'),
      t(
        'Ja, maar gewone persoonsgegevens: een nummer zegt weinig zonder de administratie erbij.',
        'Yes, but ordinary personal data: a number says little without the records behind it.',
      ),
      t('Ja, en het BSN mag je alleen gebruiken als een wet dat toestaat.', 'Yes, and you may only use a BSN where a law allows it.'),
    ],
    right: 2,
    feedback: t(
      'Een BSN verwijst naar precies één persoon en mag alleen gebruikt worden waar de wet dat toestaat. Samen met de huisbezoeken verraadt de lijst ook wie zorg krijgt: haal hem weg en vernietig hem veilig.',
      'A BSN points to exactly one person and may only be used where the law allows it. Together with the home visits the list also reveals who receives care: take it away and destroy it securely.',
    ),
    source: t(
      'UAVG art. 46 (op grond van AVG art. 87); Wet aanvullende bepalingen verwerking persoonsgegevens in de zorg, art. 4 en 8; AVG art. 9 lid 1',
      'Dutch GDPR Implementation Act (UAVG) s. 46 (under GDPR Art. 87); Additional Provisions for the Processing of Personal Data in Healthcare Act (Wabvpz) s. 4 and 8; GDPR Art. 9(1)',
    ),
  },
  {
    key: 'sensitive-garden-photo',
    kind: 'sensitive',
    setting: 'vvt',
    situation: t(
      'Op het zomerfeest van het verpleeghuis maakt een collega foto’s van bewoners in de tuin. Ze wil de foto’s in de nieuwsbrief zetten.',
      'At the nursing home’s summer party a colleague takes photos of residents in the garden. She wants to put them in the newsletter.',
    ),
    question: IS_SENSITIVE,
    options: [
      t(
        'Ja: herkenbare foto’s zijn persoonsgegevens en verraden dat iemand in een verpleeghuis woont.',
        'Yes: recognisable photos are personal data and reveal that someone lives in a nursing home.',
      ),
      t('Nee: een feest is geen zorg en het zijn geen gevoelige gegevens.', 'No: a party is not care and these are not sensitive data.'),
    ],
    right: 0,
    feedback: t(
      'Een herkenbare foto is een persoonsgegeven, en dat iemand in een verpleeghuis woont zegt iets over zijn gezondheid. Vraag vooraf toestemming aan de bewoner of diens vertegenwoordiger. Gebruik alleen foto’s van wie ja zei: zwijgen is geen toestemming.',
      'A recognisable photo is personal data, and living in a nursing home says something about someone’s health. Ask the resident or their representative for consent beforehand. Use only photos of people who said yes: silence is no consent.',
    ),
    source: t(
      'AVG art. 4 lid 1, 11 en 15, art. 6 lid 1 onder a, art. 7, art. 9 lid 2 onder a en overweging 32',
      'GDPR Art. 4(1), (11) and (15), Art. 6(1)(a), Art. 7, Art. 9(2)(a) and recital 32',
    ),
  },
  {
    key: 'sensitive-staff-roster',
    kind: 'sensitive',
    setting: 'hospital',
    situation: t(
      'Het dienstrooster van de afdeling met namen van collega’s, hun diensten en "vrij" staat in een gedeelde map.',
      'The ward’s duty roster with colleagues’ names, their shifts and "off" is in a shared folder.',
    ),
    question: IS_SENSITIVE,
    options: [
      t('Geen persoonsgegevens: het gaat over werk, niet over {patiënten}.', 'Not personal data: it is about work, not about {patients}.'),
      t('Gewone persoonsgegevens van medewerkers.', 'Ordinary personal data of staff.'),
      t(
        'Gevoelige gegevens, zoals die over gezondheid in een {patiënten}dossier.',
        'Sensitive (special category) data, like the health data in a {patient} record.',
      ),
    ],
    right: 1,
    feedback: t(
      'Ook gegevens over medewerkers zijn persoonsgegevens, maar een rooster is geen bijzondere categorie. Staat er een reden van afwezigheid bij, zoals ziekte, dan wordt het wel gezondheidsinformatie.',
      'Data about staff are personal data too, but a roster is not a special category. If it shows a reason for absence such as illness, it does become health information.',
    ),
    source: t('AVG art. 4 lid 1 en 15, art. 9 lid 1', 'GDPR Art. 4(1) and (15), Art. 9(1)'),
  },
  {
    key: 'sensitive-fall-statistics',
    kind: 'sensitive',
    setting: 'vvt',
    situation: t(
      'Het kwaliteitsoverzicht meldt 12 valincidenten in maart, op de drie woongroepen samen. Namen, data of kamers staan er niet bij.',
      'The quality report lists 12 falls in March, across the three living groups together. No names, dates or rooms are given.',
    ),
    question: IS_SENSITIVE,
    options: [
      t(
        'Ja: het gaat over vallen, en alles over vallen en letsel is een gezondheidsgegeven.',
        'Yes: it is about falls, and anything about falls and injuries is health data.',
      ),
      t('Nee: een totaal over drie groepen wijst niemand aan.', 'No: a total across three groups points to no one.'),
    ],
    right: 1,
    feedback: t(
      'Een geteld totaal over een grote groep zegt niets over één bewoner, dus het is geen persoonsgegeven. Let op bij heel kleine aantallen of groepen. "1 val op de kamer met uitzicht op de vijver" is wel herleidbaar.',
      'A counted total over a large group says nothing about one resident, so it is not personal data. Take care with very small numbers or groups. "1 fall in the room overlooking the pond" can be traced.',
    ),
    source: t('AVG overweging 26 (anonieme gegevens)', 'GDPR recital 26 (anonymous information)'),
  },
  {
    key: 'sensitive-leave-list',
    kind: 'sensitive',
    setting: 'forensic',
    situation: t(
      'In de teampost van de forensische kliniek hangt een lijst met {patiënten} die dit weekend met verlof gaan. Bij elke naam staat de verlofmachtiging.',
      'In the forensic clinic’s team room hangs a list of {patients} going on leave this weekend. Each name comes with its leave authorisation.',
    ),
    question: IS_SENSITIVE,
    options: [
      t('Gewone persoonsgegevens, want het is alleen een planning.', 'Ordinary personal data, because it is only a schedule.'),
      t('Strafrechtelijke en gezondheidsgegevens: extra beschermd.', 'Criminal-law and health data: given extra protection.'),
      t('Geen persoonsgegevens zolang de lijst binnen de kliniek blijft.', 'Not personal data as long as the list stays inside the clinic.'),
    ],
    right: 1,
    feedback: t(
      'Uit zo’n lijst blijkt dat iemand een justitiële maatregel heeft en in behandeling is. Zulke strafrechtelijke en gezondheidsgegevens zijn extra beschermd. Toon alleen wat het team nodig heeft, waar alleen het team het ziet.',
      'Such a list shows that someone is under a court order and in treatment. Such criminal-law and health data have extra protection. Show only what the team needs, where only the team can see it.',
    ),
    source: t(
      'AVG art. 9 lid 1 en art. 10 (strafrechtelijke gegevens, ook veiligheidsmaatregelen)',
      'GDPR Art. 9(1) and Art. 10 (criminal-law data, security measures included)',
    ),
  },
  {
    key: 'sensitive-ggz-reminder',
    kind: 'sensitive',
    setting: 'ggz',
    situation: t(
      'De afsprakenlijst voor morgen van de ggz-polikliniek bevat alleen namen, telefoonnummers en tijden, geen diagnoses.',
      'Tomorrow’s appointment list of the mental-health outpatient clinic contains only names, phone numbers and times, no diagnoses.',
    ),
    question: IS_SENSITIVE,
    options: [
      t('Nee: er staan geen diagnoses of behandelingen op.', 'No: there are no diagnoses or treatments on it.'),
      t('Ja: ggz-{patiënt} zijn is al een gezondheidsgegeven.', 'Yes: being a mental-health {patient} is health data already.'),
    ],
    right: 1,
    feedback: t(
      'Alleen al het feit dat iemand een afspraak heeft bij de ggz zegt iets over zijn gezondheid. Behandel zo’n lijst dus als gevoelige gezondheidsgegevens.',
      'The mere fact that someone has an appointment in mental-health care says something about their health. So treat such a list as sensitive health data.',
    ),
    source: t('AVG art. 4 lid 15, art. 9 lid 1 en overweging 35', 'GDPR Art. 4(15), Art. 9(1) and recital 35'),
  },
  {
    key: 'sensitive-research-export',
    kind: 'sensitive',
    setting: 'hospital',
    situation: t(
      'Voor een onderzoek zijn uit een export de namen weggehaald. Geboortedatum, postcode en opnamedatum staan er nog in.',
      'For a study the names have been removed from an export. Date of birth, postcode and admission date are still in it.',
    ),
    question: IS_SENSITIVE,
    options: [
      t(
        'Het zijn nog steeds persoonsgegevens: met die combinatie is bijna iedereen te herkennen.',
        'They are still personal data: that combination identifies almost anyone.',
      ),
      t('Het is nu anoniem: de AVG geldt niet meer.', 'It is anonymous now: the GDPR no longer applies.'),
    ],
    right: 0,
    feedback: t(
      'Geboortedatum met postcode is vaak al uniek. Zulke gegevens zijn niet anoniem, alleen zonder naam, en vallen gewoon onder de AVG. Laat weg wat het onderzoek niet nodig heeft.',
      'Date of birth with postcode is often unique on its own. Such data are not anonymous, only without a name, and fall under the GDPR. Leave out what the study does not need.',
    ),
    source: t('AVG art. 4 lid 1, art. 5 lid 1 onder c en overweging 26', 'GDPR Art. 4(1), Art. 5(1)(c) and recital 26'),
  },
  {
    key: 'sensitive-voicemail',
    kind: 'sensitive',
    setting: 'vvt',
    situation: t(
      'Op de teamtelefoon staat een voicemail van een dochter: haar moeder is gisteren gevallen en gebruikt sinds kort nieuwe medicatie.',
      'There is a voicemail on the team phone from a daughter: her mother fell yesterday and recently started new medication.',
    ),
    question: IS_SENSITIVE,
    options: [
      t('Ja: een bericht over iemands val en medicatie bevat gezondheidsgegevens.', 'Yes: a message about someone’s fall and medication contains health data.'),
      t('Nee, het is een gesproken bericht, geen dossier.', 'No, it is a spoken message, not a record.'),
    ],
    right: 0,
    feedback: t(
      'Persoonsgegevens kunnen in elke vorm staan: papier, foto, e-mail of geluid. Zet wat nodig is in het dossier en wis het bericht daarna.',
      'Personal data can come in any form: paper, photo, e-mail or sound. Put what is needed in the record and then delete the message.',
    ),
    source: t(
      'AVG art. 4 lid 1 en 15, art. 5 lid 1 onder e; Artikel 29-werkgroep, Advies 4/2007 over het begrip persoonsgegeven (WP 136)',
      'GDPR Art. 4(1) and (15), Art. 5(1)(e); Article 29 Working Party, Opinion 4/2007 on the concept of personal data (WP 136)',
    ),
  },
  {
    key: 'sensitive-access-log',
    kind: 'sensitive',
    setting: 'hospital',
    situation: t(
      'Functioneel beheer draait een logbestand uit het EPD: welke medewerker op welk moment welk {patiënt}nummer opende.',
      'Application management runs a log from the electronic health record: which staff member opened which {patient} number at what moment.',
    ),
    question: IS_SENSITIVE,
    options: [
      t('Nee, het zijn technische gegevens.', 'No, these are technical data.'),
      t('Ja, van {patiënten} én van medewerkers: beveilig het als het dossier zelf.', 'Yes, of {patients} and of staff: secure it like the record itself.'),
      t('Alleen van medewerkers, want er staan geen namen van {patiënten} in.', 'Only of staff, because no {patient} names are in it.'),
    ],
    right: 1,
    feedback: t(
      'Een {patiënt}nummer is herleidbaar tot een {patiënt} en de gebruikersnaam tot een collega. Logbestanden zijn nodig voor controle, maar verdienen dezelfde bescherming als het dossier.',
      'A {patient} number can be traced to a {patient} and a user name to a colleague. Logs are needed for checks, but deserve the same protection as the record.',
    ),
    source: t(
      'AVG art. 4 lid 1 en art. 32; NEN 7513 (logging van toegang tot het patiëntdossier)',
      'GDPR Art. 4(1) and Art. 32; NEN 7513 (logging of access to patient records)',
    ),
  },

  // Is this a data breach?
  {
    key: 'breach-wrong-gp',
    kind: 'breach',
    setting: 'hospital',
    situation: t(
      'Je mailt een ontslagbrief naar de huisarts, maar het adres vult zich automatisch aan met een andere huisartsenpraktijk. Die belt dat ze de mail hebben verwijderd.',
      'You e-mail a discharge letter to the GP, but the address auto-completes to another GP practice. They call to say they have deleted the e-mail.',
    ),
    question: IS_BREACH,
    options: [
      t('Nee, de ontvanger heeft de mail verwijderd. Er is niets meer aan de hand.', 'No, the recipient has deleted the e-mail. Nothing is wrong any more.'),
      t('Ja: meld het meteen, ook al is de mail verwijderd.', 'Yes: report it at once, even though the e-mail was deleted.'),
    ],
    right: 1,
    feedback: t(
      'Iemand die de gegevens niet mocht zien heeft ze gekregen: dat is een datalek, ook als het snel hersteld is. Meld het direct; de privacy officer beoordeelt of het verder gemeld moet worden, en de verwijdering helpt daarbij.',
      'Someone who was not allowed to see the data received them: that is a data breach, even when it was quickly repaired. Report it at once; the privacy officer assesses whether it must be notified further, and the deletion helps.',
    ),
    source: t('AVG art. 4 lid 12 en art. 33 lid 1 en 5', 'GDPR Art. 4(12) and Art. 33(1) and (5)'),
  },
  {
    key: 'breach-encrypted-usb',
    kind: 'breach',
    setting: 'ggz',
    situation: t(
      'Je verliest in de trein een versleutelde usb-stick van de organisatie met verslagen. Het wachtwoord zat er niet bij.',
      'You lose an encrypted company USB stick with reports on the train. The password was not with it.',
    ),
    question: IS_BREACH,
    options: [
      t(
        'Nee: de stick is versleuteld en het wachtwoord zat er niet bij. Melden hoeft niet.',
        'No: the stick is encrypted and the password was not with it. You need not report it.',
      ),
      t(
        'Ja, meld het: de privacy officer beoordeelt het, en door de versleuteling is het risico waarschijnlijk klein.',
        'Yes, report it: the privacy officer assesses it, and thanks to the encryption the risk is probably small.',
      ),
      t('Alleen als iemand de stick vindt en dat laat weten.', 'Only if someone finds the stick and says so.'),
    ],
    right: 1,
    feedback: t(
      'Verlies van gegevens is een beveiligingsincident en hoort in het datalekregister. Goede versleuteling kan betekenen dat een melding bij de AP niet nodig is. Dat beoordeelt de privacy officer, niet jij alleen.',
      'Losing data is a security incident and belongs in the breach register. Good encryption may mean the AP need not be notified. The privacy officer assesses that, not you alone.',
    ),
    source: t(
      'AVG art. 33 lid 1 (melden, tenzij er waarschijnlijk geen risico is) en lid 5. EDPB-richtlijnen 01/2021, voorbeelden van datalekmeldingen (verloren apparaten)',
      'GDPR Art. 33(1) (notify unless the breach is unlikely to result in a risk) and (5); EDPB Guidelines 01/2021 on examples regarding data breach notification (lost devices)',
    ),
  },
  {
    key: 'breach-snooping',
    kind: 'breach',
    setting: 'hospital',
    situation: t(
      'Een collega kijkt in het dossier van een bekende Nederlander die op een andere afdeling ligt, "gewoon uit nieuwsgierigheid".',
      'A colleague looks into the record of a well-known Dutch person on another ward, "just out of curiosity".',
    ),
    question: IS_BREACH,
    options: [
      t('Ja: kijken zonder behandelrelatie is toegang die niet mag.', 'Yes: looking without a care relationship is access that is not allowed.'),
      t('Nee, het is een collega met toegang tot het EPD.', 'No, it is a colleague with access to the health record.'),
    ],
    right: 0,
    feedback: t(
      'Technisch kunnen is niet hetzelfde als mogen: alleen wie bij de zorg betrokken is, mag in een dossier kijken. Nieuwsgierig kijken is een datalek en moet gemeld worden.',
      'Being able to is not the same as being allowed to: only those involved in the care may look into a record. Looking out of curiosity is a data breach and must be reported.',
    ),
    source: t(
      'AVG art. 4 lid 12 en art. 32; BW art. 7:457 lid 2 (Wgbo); Autoriteit Persoonsgegevens, boetebesluit HagaZiekenhuis (2019)',
      'GDPR Art. 4(12) and Art. 32; Dutch Civil Code art. 7:457(2) (Wgbo); Dutch Data Protection Authority, fine decision HagaZiekenhuis (2019)',
    ),
  },
  {
    key: 'breach-printer-handover',
    kind: 'breach',
    setting: 'hospital',
    situation: t(
      'Je vindt de overdrachtslijst van een andere afdeling op de gedeelde printer in de gang. Je weet niet hoe lang hij er al lag.',
      'You find another ward’s handover list on the shared printer in the corridor. You do not know how long it has been there.',
    ),
    question: IS_BREACH,
    options: [
      t('Nee: je vond hem voordat er iets mee gebeurde. Er is niets gelekt.', 'No: you found it before anything happened to it. Nothing has leaked.'),
      t('Mogelijk: breng hem terug en meld het, zodat bekeken wordt wie hem zag.', 'Possibly: bring it back and report it, so someone checks who saw it.'),
    ],
    right: 1,
    feedback: t(
      'Je weet niet wie de lijst heeft gezien, dus het kan een datalek zijn. Meld ook bij twijfel: de privacy officer zoekt het uit, en zo wordt ook het printerprobleem zichtbaar.',
      'You do not know who saw the list, so it may be a breach. Report also when in doubt: the privacy officer looks into it, and the printer problem becomes visible too.',
    ),
    source: t('AVG art. 4 lid 12 en art. 33 lid 5', 'GDPR Art. 4(12) and Art. 33(5)'),
  },
  {
    key: 'breach-ransomware',
    kind: 'breach',
    setting: 'vvt',
    situation: t(
      'Door ransomware is het {patiënt}dossier vier uur niet bereikbaar. ICT zet alles terug vanuit de back-up; er lijkt niets gekopieerd.',
      'Because of ransomware the {patient} record is unavailable for four hours. IT restores everything from backup; nothing appears to have been copied.',
    ),
    question: IS_BREACH,
    options: [
      t('Ja: door een aanval waren gegevens onbereikbaar, en dat is een datalek.', 'Yes: an attack made data unavailable, and that is a data breach.'),
      t(
        'Nee: er is niets gekopieerd en ICT heeft alles teruggezet. De gegevens zijn veilig.',
        'No: nothing was copied and IT has restored everything. The data are safe.',
      ),
    ],
    right: 0,
    feedback: t(
      'Ook als gegevens door een aanval even niet te openen zijn, is dat een datalek: de zorg kan erdoor vastlopen. Het hoort in het register. Of de AP het moet horen, hangt af van het risico; ook wordt onderzocht of er toch iets is meegenomen.',
      'Data that an attack makes impossible to open for a while are a data breach too: care can get stuck. It goes into the register. Whether the AP must be told depends on the risk; whether anything was taken is investigated as well.',
    ),
    source: t(
      'AVG art. 4 lid 12 en art. 33; EDPB-richtlijnen 01/2021 met voorbeelden van datalekmeldingen (ransomware met back-up)',
      'GDPR Art. 4(12) and Art. 33; EDPB Guidelines 01/2021 on examples regarding data breach notification (ransomware with backup)',
    ),
  },
  {
    key: 'breach-wrong-record',
    kind: 'breach',
    setting: 'hospital',
    situation: t(
      'Een laboratoriumuitslag blijkt in het dossier van een {patiënt} met dezelfde achternaam te staan.',
      'A lab result turns out to be in the record of a {patient} with the same surname.',
    ),
    question: IS_BREACH,
    options: [
      t('Nee, het is een administratieve fout die je gewoon corrigeert.', 'No, it is an administrative error that you simply correct.'),
      t('Ja: gegevens zijn gewijzigd of vermengd; corrigeer het en meld het.', 'Yes: data were altered or mixed up; correct it and report it.'),
    ],
    right: 1,
    feedback: t(
      'Een uitslag bij de verkeerde {patiënt} maakt twee dossiers onjuist en kan tot een verkeerde behandeling leiden. Gegevens zijn dan veranderd of verwisseld, en ook dat is een datalek. Corrigeer, en meld het zodat ook de oorzaak wordt aangepakt.',
      'A result in the wrong {patient}’s record makes two records wrong and may lead to wrong treatment. Data were altered or mixed up, and that is a data breach too. Correct it, and report it so the cause is tackled too.',
    ),
    source: t(
      'AVG art. 4 lid 12 en art. 5 lid 1 onder d; Artikel 29-werkgroep, richtsnoeren voor de melding van datalekken (WP 250 rev.01)',
      'GDPR Art. 4(12) and Art. 5(1)(d); Article 29 Working Party, Guidelines on personal data breach notification (WP 250 rev.01: integrity breach)',
    ),
  },
  {
    key: 'breach-planned-maintenance',
    kind: 'breach',
    setting: 'ggz',
    situation: t(
      'Het EPD is vannacht twee uur uit de lucht voor aangekondigd onderhoud. Het team werkt met de papieren noodprocedure.',
      'The health record system is down for two hours tonight for announced maintenance. The team works with the paper emergency procedure.',
    ),
    question: IS_BREACH,
    options: [
      t('Ja: de gegevens waren niet beschikbaar.', 'Yes: the data were unavailable.'),
      t(
        'Nee: gepland onderhoud met een noodprocedure is geen beveiligingsincident.',
        'No: planned maintenance with an emergency procedure is not a security incident.',
      ),
    ],
    right: 1,
    feedback: t(
      'Een datalek begint met een probleem in de beveiliging, zoals een fout, een verlies of een aanval. Gepland en aangekondigd onderhoud is dat niet, zolang de papieren noodlijsten daarna veilig worden opgeruimd.',
      'A data breach starts with a failure of security, such as a mistake, a loss or an attack. Planned, announced maintenance is not one, as long as the paper emergency lists are disposed of safely afterwards.',
    ),
    source: t('AVG art. 4 lid 12 (wat een datalek is)', 'GDPR Art. 4(12) (what a data breach is)'),
  },
  {
    key: 'breach-phishing-login',
    kind: 'breach',
    setting: 'vvt',
    situation: t(
      'Je klikt op een link in een mail "Je mailbox is vol" en vult je gebruikersnaam en wachtwoord in. Daarna twijfel je.',
      'You click a link in an e-mail "Your mailbox is full" and enter your user name and password. Afterwards you have doubts.',
    ),
    question: IS_BREACH,
    options: [
      t(
        'Wacht af of er iets vreemds gebeurt met je mail; melden kan dan altijd nog.',
        'Wait and see whether anything odd happens with your e-mail; you can still report it then.',
      ),
      t('Wijzig je wachtwoord en meld het meteen: het kan een datalek zijn.', 'Change your password and report it at once: it may be a data breach.'),
      t('Alleen je wachtwoord wijzigen is genoeg.', 'Only changing your password is enough.'),
    ],
    right: 1,
    feedback: t(
      'Met jouw inlog kan een aanvaller bij mail en dossiers. Hoe sneller ICT het weet, hoe sneller ze het account blokkeren en nagaan wat er bekeken is. Melden is nooit dom.',
      'With your login an attacker can reach e-mail and records. The sooner IT knows, the sooner they can block the account and check what was viewed. Reporting is never foolish.',
    ),
    source: t('AVG art. 4 lid 12 en art. 33 lid 1 (melden zonder onnodige vertraging)', 'GDPR Art. 4(12) and Art. 33(1) (notify without undue delay)'),
  },
  {
    key: 'breach-cc-newsletter',
    kind: 'breach',
    setting: 'vvt',
    situation: t(
      'De nieuwsbrief voor familie van bewoners gaat uit met alle 180 e-mailadressen zichtbaar in het CC-veld.',
      'The newsletter for residents’ families goes out with all 180 e-mail addresses visible in the CC field.',
    ),
    question: IS_BREACH,
    options: [
      t(
        'Ja: ontvangers zien elkaars adres en dat zij familie in het verpleeghuis hebben.',
        'Yes: recipients see each other’s address and that they have family in the nursing home.',
      ),
      t('Nee, het zijn geen {patiënt}gegevens.', 'No, these are not {patient} data.'),
    ],
    right: 0,
    feedback: t(
      'E-mailadressen zijn persoonsgegevens, en de lijst verraadt wie er familie in zorg heeft. Zet adressen in BCC of gebruik een nieuwsbriefdienst, en meld deze misser.',
      'E-mail addresses are personal data, and the list reveals who has family in care. Put addresses in BCC or use a newsletter service, and report this slip.',
    ),
    source: t('AVG art. 4 lid 1 en 12, art. 33 lid 5', 'GDPR Art. 4(1) and (12), Art. 33(5)'),
  },
  {
    key: 'breach-letter-old-address',
    kind: 'breach',
    setting: 'ggz',
    situation: t(
      'Een brief met behandelafspraken is naar het oude adres van een {patiënt} gestuurd. De nieuwe bewoner heeft hem geopend en terugbezorgd.',
      'A letter with treatment appointments was sent to a {patient}’s old address. The new occupant opened it and returned it.',
    ),
    question: IS_BREACH,
    options: [
      t('Ja: een onbevoegde heeft de brief gelezen.', 'Yes: an unauthorised person read the letter.'),
      t('Nee: de nieuwe bewoner heeft de brief netjes teruggebracht.', 'No: the new occupant has kindly brought the letter back.'),
    ],
    right: 0,
    feedback: t(
      'De inhoud is gezien door iemand die hem niet mocht zien, en in de ggz is dat gevoelig. Meld het, en laat het adres in het dossier controleren zodat het niet opnieuw gebeurt.',
      'The contents were seen by someone not allowed to see them, and in mental-health care that is sensitive. Report it, and have the address in the record checked so it does not happen again.',
    ),
    source: t('AVG art. 4 lid 12, art. 5 lid 1 onder d en art. 33 lid 5', 'GDPR Art. 4(12), Art. 5(1)(d) and Art. 33(5)'),
  },
  {
    key: 'breach-near-miss',
    kind: 'breach',
    setting: 'forensic',
    situation: t(
      'Vlak voor het versturen zie je dat het verkeerde adres in het aan-veld staat. Je past het aan en verstuurt de mail naar de juiste reclasseringswerker.',
      'Just before sending you notice the wrong address in the To field. You correct it and send the e-mail to the right probation officer.',
    ),
    question: IS_BREACH,
    options: [
      t(
        'Ja: het verkeerde adres stond er al in. Ook bijna misgaan telt als datalek.',
        'Yes: the wrong address was already filled in. Nearly going wrong counts as a breach too.',
      ),
      t(
        'Nee, er zijn geen gegevens bij een ander gekomen; bespreek het wel als bijna-incident.',
        'No, no data reached anyone else; do discuss it as a near miss.',
      ),
    ],
    right: 1,
    feedback: t(
      'Er zijn geen gegevens bij een ander gekomen, dus er is geen datalek. Een bijna-incident bespreken in het team helpt wel om de valkuil, zoals automatisch aanvullen, aan te pakken.',
      'No data reached anyone else, so there is no data breach. Discussing a near miss in the team does help to tackle the trap, such as auto-complete.',
    ),
    source: t('AVG art. 4 lid 12', 'GDPR Art. 4(12)'),
  },

  // May I share this, and with whom?
  {
    key: 'sharing-police-phone',
    kind: 'sharing',
    setting: 'hospital',
    situation: t(
      'Een agent belt de afdeling en vraagt of een bepaalde man vannacht is opgenomen.',
      'A police officer calls the ward and asks whether a certain man was admitted last night.',
    ),
    question: MAY_SHARE,
    options: [
      t('Ja, de politie mag dat altijd weten.', 'Yes, the police may always know that.'),
      t('Nee, bevestig niets; verwijs naar de dienstdoende arts of de leidinggevende.', 'No, confirm nothing; refer to the doctor on duty or the manager.'),
      t('Alleen bevestigen dat hij er is, zonder verdere details.', 'Only confirm that he is there, without further details.'),
    ],
    right: 1,
    feedback: t(
      'Ook het feit dat iemand {patiënt} is valt onder het beroepsgeheim. Of er een uitzondering geldt, beoordeelt de verantwoordelijke arts; geef zelf aan de telefoon niets prijs.',
      'Even the fact that someone is a {patient} falls under professional secrecy. Whether an exception applies is for the responsible doctor to judge; give nothing away on the phone yourself.',
    ),
    source: t(
      'BW art. 7:457 lid 1 (Wgbo); KNMG-richtlijn Omgaan met medische gegevens; KNMG-handreiking Beroepsgeheim en politie/justitie',
      'Dutch Civil Code art. 7:457(1) (Wgbo); KNMG guideline on handling medical data; KNMG guidance on professional secrecy and police/justice',
    ),
  },
  {
    key: 'sharing-daughter-diagnosis',
    kind: 'sharing',
    setting: 'hospital',
    situation: t(
      'De dochter van een {patiënt} die zelf kan beslissen, vraagt aan het bed welke diagnose haar vader heeft gekregen. Hij is even weg voor een onderzoek.',
      'The daughter of a {patient} who is able to decide for himself asks at the bedside what diagnosis her father has been given. He is away for a test.',
    ),
    question: MAY_SHARE,
    options: [
      t('Ja: als dochter is zij naaste familie, en die mag dat weten.', 'Yes: as his daughter she is close family, who may know that.'),
      t('Alleen als haar vader daar toestemming voor geeft.', 'Only if her father agrees.'),
    ],
    right: 1,
    feedback: t(
      'Familie heeft geen eigen recht op informatie over een volwassene die zelf kan beslissen. Vraag de {patiënt} wat hij wil laten delen en met wie, en leg dat vast in het dossier.',
      'Family have no right of their own to information about an adult who can decide for himself. Ask the {patient} what he wants shared and with whom, and record it in the file.',
    ),
    source: t('BW art. 7:457 lid 1 (Wgbo)', 'Dutch Civil Code art. 7:457(1) (Wgbo)'),
  },
  {
    key: 'sharing-gp-discharge',
    kind: 'sharing',
    setting: 'hospital',
    situation: t(
      'Een {patiënt} gaat naar huis. Zijn huisarts neemt de zorg over en heeft de ontslagbrief en medicatielijst nodig.',
      'A {patient} is going home. His GP takes over care and needs the discharge letter and medication list.',
    ),
    question: MAY_SHARE,
    options: [
      t('Ja, met de huisarts die de zorg overneemt, via een beveiligde weg.', 'Yes, with the GP who takes over care, through a secure channel.'),
      t('Nee, daarvoor is altijd schriftelijke toestemming nodig.', 'No, that always needs written consent.'),
      t(
        'Ja, en gewone e-mail is prima: de huisarts is een collega met een eigen beroepsgeheim.',
        'Yes, and ordinary e-mail is fine: the GP is a colleague bound to secrecy too.',
      ),
    ],
    right: 0,
    feedback: t(
      'Delen met wie de behandeling voortzet mag, tenzij de {patiënt} bezwaar maakt. Gebruik wel een beveiligde weg, zoals ZorgMail of het berichtensysteem van het EPD.',
      'Sharing with whoever continues the treatment is allowed, unless the {patient} objects. Do use a secure route, such as ZorgMail or the health record’s messaging.',
    ),
    source: t(
      'BW art. 7:457 lid 2 (Wgbo); KNMG-richtlijn Omgaan met medische gegevens, veronderstelde toestemming; AVG art. 32 en NEN 7510',
      'Dutch Civil Code art. 7:457(2) (Wgbo); KNMG guideline on handling medical data, presumed consent; GDPR Art. 32 and NEN 7510',
    ),
  },
  {
    key: 'sharing-curious-colleague',
    kind: 'sharing',
    setting: 'vvt',
    situation: t(
      'Een collega van een andere woongroep vraagt in de pauze hoe het met meneer De Boer gaat. Ze kent hem van vroeger.',
      'A colleague from another living group asks during the break how Mr De Boer is doing. She knows him from the past.',
    ),
    question: MAY_SHARE,
    options: [
      t('Nee: zij is niet bij zijn zorg betrokken.', 'No: she is not involved in his care.'),
      t('Ja, zij werkt ook in de zorg en heeft ook geheimhoudingsplicht.', 'Yes, she works in care too and is also bound to secrecy.'),
    ],
    right: 0,
    feedback: t(
      'Het beroepsgeheim geldt ook tussen collega’s: alleen wie direct bij de zorg betrokken is, hoort wat nodig is. Een vriendelijk "daar kan ik niets over zeggen" is genoeg.',
      'Professional secrecy applies between colleagues too: only those directly involved in the care hear what is needed. A friendly "I cannot say anything about that" is enough.',
    ),
    source: t('BW art. 7:457 lid 1 en 2 (Wgbo)', 'Dutch Civil Code art. 7:457(1) and (2) (Wgbo)'),
  },
  {
    key: 'sharing-wound-whatsapp',
    kind: 'sharing',
    setting: 'vvt',
    situation: t(
      'In de wijk wil je een foto van een wond laten zien aan de wondverpleegkundige. Het snelst is WhatsApp op je eigen telefoon.',
      'On a district round you want to show a photo of a wound to the wound-care nurse. The quickest way is WhatsApp on your own phone.',
    ),
    question: MAY_SHARE,
    options: [
      t(
        'Ja, met de wondverpleegkundige via WhatsApp: berichten daarin zijn van begin tot eind versleuteld.',
        'Yes, with the wound-care nurse via WhatsApp: its messages are encrypted end to end.',
      ),
      t('Ja, maar via de beveiligde app of het dossier van de organisatie.', 'Yes, but through the organisation’s secure app or record.'),
      t('Nee, wondfoto’s mag je nooit delen.', 'No, you may never share wound photos.'),
    ],
    right: 1,
    feedback: t(
      'Delen met een betrokken collega mag. Maar een foto in een privé-app staat op je eigen telefoon en in je back-up, buiten het dossier. Gebruik de middelen van je organisatie, zodat de foto ook in het dossier komt.',
      'Sharing with a colleague involved is allowed. But a photo in a private app sits on your own phone and in your backup, outside the record. Use your organisation’s tools, so the photo ends up in the record too.',
    ),
    source: t(
      'BW art. 7:454 en 7:457 lid 2 (Wgbo); AVG art. 32; Autoriteit Persoonsgegevens, oproep aan zorginstellingen om te stoppen met WhatsApp voor patiëntgegevens (2016)',
      'Dutch Civil Code art. 7:454 and 7:457(2) (Wgbo); GDPR Art. 32; Dutch Data Protection Authority, call on care institutions to stop using WhatsApp for patient data (2016)',
    ),
  },
  {
    key: 'sharing-insurer-file',
    kind: 'sharing',
    setting: 'ggz',
    situation: t(
      'Een medewerker van de zorgverzekeraar belt en vraagt om het volledige behandeldossier van een {patiënt} "voor een controle".',
      'Someone from the health insurer calls and asks for a {patient}’s complete treatment record "for a check".',
    ),
    question: MAY_SHARE,
    options: [
      t('Ja, de verzekeraar betaalt de zorg.', 'Yes, the insurer pays for the care.'),
      t(
        'Nee, niet zelf: verwijs naar de privacy officer, die nagaat wat de wet toestaat.',
        'No, not yourself: refer to the privacy officer, who checks what the law allows.',
      ),
    ],
    right: 1,
    feedback: t(
      'Verzekeraars mogen alleen beperkte gegevens controleren, langs vaste regels en meestal via hun medisch adviseur. Een heel dossier krijgen ze nooit zomaar. Laat zo’n verzoek altijd via de privacy officer lopen.',
      'Insurers may only check limited data, under set rules and usually through their medical adviser. They never simply get a whole record. Always pass such a request to the privacy officer.',
    ),
    source: t(
      'BW art. 7:457 lid 1 (Wgbo); Gedragscode Verwerking Persoonsgegevens Zorgverzekeraars met Protocol Materiële Controle (Zorgverzekeraars Nederland)',
      'Dutch Civil Code art. 7:457(1) (Wgbo); Code of conduct on processing personal data by health insurers, with its protocol on checks of care delivered (Zorgverzekeraars Nederland)',
    ),
  },
  {
    key: 'sharing-victim-lawyer',
    kind: 'sharing',
    setting: 'forensic',
    situation: t(
      'De advocaat van een slachtoffer mailt je als persoonlijk begeleider. Hij vraagt wanneer een {patiënt} van jouw afdeling met onbegeleid verlof gaat.',
      'A victim’s lawyer e-mails you as a {patient}’s key worker. He asks when a {patient} on your ward will go on unaccompanied leave.',
    ),
    question: MAY_SHARE,
    options: [
      t(
        'Ja: slachtoffers hebben recht op informatie over verlof, en hun advocaat mag die voor hen opvragen.',
        'Yes: victims have a right to information about leave, and their lawyer may ask for it on their behalf.',
      ),
      t(
        'Nee, niet zelf: stuur het door naar de juridische afdeling of de slachtoffercontactpersoon.',
        'No, not yourself: forward it to the legal department or the victim liaison.',
      ),
      t('Alleen de datum, zonder verdere details.', 'Only the date, without further details.'),
    ],
    right: 1,
    feedback: t(
      'Slachtoffers kunnen informatie krijgen over verlof, maar alleen langs de officiële weg, zoals het Informatiepunt Detentieverloop (IDV) van het ministerie. Geef als hulpverlener zelf niets door en verwijs naar wie daarvoor is aangewezen.',
      'Victims can receive information about leave, but only through the official channel, such as the ministry’s Information Point on Detention (IDV). As a care worker pass nothing on yourself and refer to whoever is appointed for it.',
    ),
    source: t(
      'BW art. 7:457 lid 1 (Wgbo); Slachtofferwijzer, Informatiepunt Detentieverloop; tbsnederland.nl, Informatieverstrekking aan slachtoffers',
      'Dutch Civil Code art. 7:457(1) (Wgbo); Slachtofferwijzer, Informatiepunt Detentieverloop; tbsnederland.nl, information to victims',
    ),
  },
  {
    // Retired: it marked "the young person and the parents together" right, which is the rule for
    // consent to treatment (BW art. 7:450 lid 2). Sharing with a school is the young person's own
    // decision; sharing-school-mentor teaches that. The feedback now says so to anyone still
    // answering a check that holds this scenario, and no score counts it.
    key: 'sharing-teacher',
    kind: 'sharing',
    setting: 'ggz',
    situation: t(
      'De mentor van een 15-jarige {patiënt} van de jeugd-ggz belt. Hij vraagt hoe de behandeling verloopt, omdat het op school slecht gaat.',
      'The form teacher of a 15-year-old {patient} in youth mental-health care calls. He asks how treatment is going, because things are going badly at school.',
    ),
    question: MAY_SHARE,
    options: [
      t('Ja, school en zorg moeten samenwerken.', 'Yes, school and care must work together.'),
      t('Alleen met toestemming van de jongere én de ouders met gezag.', 'Only with the consent of the young person and the parents with parental authority.'),
      t('Alleen met toestemming van de ouders.', 'Only with the consent of the parents.'),
    ],
    right: 1,
    feedback: t(
      'Let op: dit antwoord is strenger dan de wet. Over de behandeling beslissen een jongere van 12 tot 16 en zijn ouders samen. Maar of school iets hoort, beslist de jongere zelf als hij dat goed kan overzien: vraag hem om toestemming.',
      'Note: this answer is stricter than the law. A young person aged 12 to 16 and the parents decide together about treatment. But whether the school hears anything is his own decision if he can judge it well: ask him for consent.',
    ),
    source: t(
      'BW art. 7:457 lid 1 met art. 7:465 lid 1 en 2 (Wgbo; art. 7:450 lid 2 geldt voor de behandeling); Jeugdwet art. 7.3.11 lid 1; NVO, veelgestelde vraag “Beslist 12-jarige zelf over informatieverstrekking?”',
      'Dutch Civil Code art. 7:457(1) with art. 7:465(1) and (2) (Wgbo; art. 7:450(2) governs treatment); Youth Act (Jeugdwet) s. 7.3.11(1); NVO (Dutch association of pedagogues), FAQ “Beslist 12-jarige zelf over informatieverstrekking?”',
    ),
    retired: true,
  },
  {
    key: 'sharing-school-mentor',
    kind: 'sharing',
    setting: 'ggz',
    situation: t(
      'De mentor van een 14-jarige {patiënt} van de jeugd-ggz belt. Hij vraagt hoe de behandeling gaat, omdat het op school slecht gaat. De jongere kan goed overzien wat delen met school voor hem betekent.',
      'The form teacher of a 14-year-old {patient} of youth mental-health care calls. He asks how treatment is going, because things are going badly at school. The young person can well judge what sharing with the school means for him.',
    ),
    question: MAY_SHARE,
    options: [
      t(
        'Alleen als de jongere én zijn ouders met gezag allebei toestemming geven.',
        'Only if the young person and his parents with parental authority both agree.',
      ),
      t('Ja: school en zorg moeten samenwerken, en de mentor wil helpen.', 'Yes: school and care must work together, and the teacher wants to help.'),
      t('Alleen als de jongere zelf toestemming geeft.', 'Only if the young person himself agrees.'),
      t('Alleen als de ouders met gezag toestemming geven: hij is nog geen 16.', 'Only if the parents with parental authority agree: he is not 16 yet.'),
    ],
    right: 2,
    feedback: t(
      'Een jongere van 12 tot 16 die dat goed kan overzien, beslist zelf of school iets hoort. Alleen over de behandeling beslist hij samen met zijn ouders. Vertel de mentor niets zonder toestemming, en vraag de jongere zelf of, en wat, je met school mag delen.',
      'A young person aged 12 to 16 who can judge this well decides alone whether the school hears anything. Only about the treatment does he decide together with his parents. Tell the teacher nothing without consent, and ask the young person whether, and what, you may share with the school.',
    ),
    source: t(
      'BW art. 7:457 lid 1 met art. 7:465 lid 1 en 2 (Wgbo; art. 7:450 lid 2 geldt voor de behandeling); Jeugdwet art. 7.3.11 lid 1; NVO, veelgestelde vraag “Beslist 12-jarige zelf over informatieverstrekking?”',
      'Dutch Civil Code art. 7:457(1) with art. 7:465(1) and (2) (Wgbo; art. 7:450(2) governs treatment); Youth Act (Jeugdwet) s. 7.3.11(1); NVO (Dutch association of pedagogues), FAQ “Beslist 12-jarige zelf over informatieverstrekking?”',
    ),
  },
  {
    key: 'sharing-ambulance',
    kind: 'sharing',
    setting: 'vvt',
    situation: t(
      'Een bewoner zakt in elkaar. Het ambulancepersoneel vraagt om zijn medicatieoverzicht en bekende aandoeningen.',
      'A resident collapses. The ambulance crew asks for his medication overview and known conditions.',
    ),
    question: MAY_SHARE,
    options: [
      t('Ja, geef wat nodig is voor de spoedzorg.', 'Yes, give what is needed for the emergency care.'),
      t(
        'Nee: vraag eerst de familie om toestemming, want de bewoner kan het nu zelf niet zeggen.',
        'No: ask the family for consent first, as the resident cannot say it himself now.',
      ),
    ],
    right: 0,
    feedback: t(
      'De ambulancezorg neemt de behandeling over, dus je mag delen wat zij daarvoor nodig hebben. In spoed gaat het leven van de bewoner voor; wacht niet op familie.',
      'The ambulance crew takes over the treatment, so you may share what they need for it. In an emergency the resident’s life comes first; do not wait for the family.',
    ),
    source: t(
      'BW art. 7:457 lid 2 (Wgbo); KNMG-richtlijn Omgaan met medische gegevens, noodsituaties',
      'Dutch Civil Code art. 7:457(2) (Wgbo); KNMG guideline on handling medical data, emergencies',
    ),
  },
  {
    key: 'sharing-student-thesis',
    kind: 'sharing',
    setting: 'hospital',
    situation: t(
      'Een verpleegkundestudent wil voor haar scriptie kopieën van tien dossiers mee naar huis nemen.',
      'A nursing student wants to take copies of ten records home for her thesis.',
    ),
    question: MAY_SHARE,
    options: [
      // "No" as before; the reason no longer overstates the law: with the patient's consent, or under art. 7:458's conditions, care data may serve research.
      t(
        'Nee: niet mee naar huis. Voor onderzoek gelden eigen regels, zoals toestemming van de {patiënt}.',
        'No: not home with her. Research has its own rules, such as the {patient}’s consent.',
      ),
      t('Ja, ze is stagiaire en heeft ook geheimhoudingsplicht.', 'Yes, she is a trainee and also bound to secrecy.'),
    ],
    right: 0,
    feedback: t(
      'Een scriptie is geen zorg, dus dossiers mogen daarvoor niet zomaar mee. Voor onderzoek is meestal toestemming van de {patiënt} nodig, of gegevens die niet naar iemand te herleiden zijn. Vraag het na bij de privacy officer.',
      'A thesis is not care, so records may not simply be taken for it. Research usually needs the {patient}’s consent, or data that cannot be traced to anyone. Ask the privacy officer.',
    ),
    source: t('BW art. 7:457 lid 1 en 7:458 (Wgbo); AVG art. 89 lid 1', 'Dutch Civil Code art. 7:457(1) and 7:458 (Wgbo); GDPR Art. 89(1)'),
  },
  {
    key: 'sharing-night-handover',
    kind: 'sharing',
    setting: 'forensic',
    situation: t(
      'Bij de overdracht naar de nachtdienst wil je vertellen dat een {patiënt} vanmiddag dreigend was na een telefoongesprek.',
      'At the handover to the night shift you want to mention that a {patient} was threatening this afternoon after a phone call.',
    ),
    question: MAY_SHARE,
    options: [
      t('Ja, met de collega’s van de nachtdienst die voor hem zorgen.', 'Yes, with the night-shift colleagues who care for him.'),
      t('Nee, alleen opschrijven in het dossier.', 'No, only write it in the record.'),
      t(
        'Ja, en zet het ook in de teamapp, zodat de hele kliniek weet dat hij dreigend kan zijn.',
        'Yes, and also put it in the team app, so the whole clinic knows he can be threatening.',
      ),
    ],
    right: 0,
    feedback: t(
      'Collega’s die de zorg overnemen moeten weten wat nodig is voor veilige zorg. Deel het met hen, noteer het in het dossier, en niet breder dan nodig.',
      'Colleagues who take over the care must know what is needed for safe care. Share it with them, note it in the record, and no wider than needed.',
    ),
    source: t('BW art. 7:457 lid 2 (Wgbo); AVG art. 5 lid 1 onder c', 'Dutch Civil Code art. 7:457(2) (Wgbo); GDPR Art. 5(1)(c)'),
  },
];

/** The scenarios a team can pick for a new or changed check: all but the withdrawn ones. */
export const OFFERED_SCENARIOS: readonly KnowledgeScenario[] = KNOWLEDGE_SCENARIOS.filter((s) => !s.retired);

/** The scenarios by key, as the check rules see them (how many options, which is right, withdrawn or not). */
export const SCENARIO_CATALOGUE: ScenarioCatalogue = new Map(
  KNOWLEDGE_SCENARIOS.map((s) => [s.key, { options: s.options.length, right: s.right, ...(s.retired ? { retired: true } : {}) }]),
);

export const scenarioByKey = (key: string): KnowledgeScenario | undefined => KNOWLEDGE_SCENARIOS.find((s) => s.key === key);
