import type { LocalizedText } from '#core/locale.js';
import type { ApAnswerSource, ApChapterKey, ApLabelSet, ApQuestionKey, SubjectsInformedAnswer } from '#core/breach/ap-form.js';
import type { ApFollowUpKind } from '#core/breach/ap-notification.js';
import type { CareDutyKey } from '#core/breach/care-duties.js';
import type { DeadlineState } from '#core/breach/deadline.js';
import type {
  AvailabilityLoss,
  BreachNature,
  ConsequenceSeverity,
  DataCategory,
  DataConsequence,
  InformMeans,
  OtherSupervisor,
  PeopleConsequence,
  Protection,
  Recipients,
  SpecialCategory,
  SubjectGroup,
} from '#core/breach/register.js';
import type { IncidentKind, OngoingAnswer, PeopleBand, ReportDataKind, SelfCheckAnswer } from '#core/breach/report.js';
import type { BreachStatus, TransitionBlock } from '#core/breach/workflow.js';

/**
 * Reference content for the staff portal's data-breach tools (breach.md): everyday examples of what
 * is and is not a data breach, a short decision aid, the labels of every choice in the report, the
 * register and the assessment, the texts of the assessment's reasons and the AP form's questions.
 * Written by us for Dutch care; nl is the default language. {patiënt} and {patient} stand for the
 * person receiving the organisation's care: src/core/sector.ts fills in the sector's word.
 */

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

// ---------------------------------------------------------------------------------------------
// "Is this a data breach?" — examples and decision aid for staff
// ---------------------------------------------------------------------------------------------

export interface BreachExample {
  key: string;
  /** What happened, in one line a staff member recognises. */
  situation: LocalizedText;
  isBreach: boolean;
  /** Why it is (or is not) a data breach, and what to do. */
  explanation: LocalizedText;
}

/** Everyday situations that are data breaches (breach.md "Everyday examples"). Report them all. */
export const BREACH_EXAMPLES: readonly BreachExample[] = [
  {
    key: 'emailWrongAddress',
    situation: t('Je stuurt een e-mail of brief naar het verkeerde adres.', 'You send an e-mail or letter to the wrong address.'),
    isBreach: true,
    explanation: t(
      'Iemand die dat niet mocht, kan de gegevens lezen. Ook als je de e-mail direct terugroept, is het een datalek: meld het.',
      'Someone who should not have, can read the data. Even if you recall the e-mail straight away, it is a data breach: report it.',
    ),
  },
  {
    key: 'attachmentWrongColleague',
    situation: t(
      'Je stuurt een bijlage met {patiënt}gegevens naar de verkeerde collega of naar iemand buiten de organisatie.',
      'You send an attachment with {patient} data to the wrong colleague or to someone outside the organisation.',
    ),
    isBreach: true,
    explanation: t(
      'Ook een collega zonder behandelrelatie mag de gegevens niet zien. Vraag de ontvanger de bijlage te verwijderen en meld het.',
      'A colleague without a care relationship may not see the data either. Ask the recipient to delete the attachment and report it.',
    ),
  },
  {
    key: 'lostDevice',
    situation: t(
      'Je telefoon, usb-stick, laptop of een papieren overdrachtslijst is kwijt of gestolen.',
      'Your phone, USB stick, laptop or a paper handover list is lost or stolen.',
    ),
    isBreach: true,
    explanation: t(
      'Een vinder of dief kan de gegevens misschien zien, en misschien zijn ze nergens anders bewaard. Meld het meteen, ook als het apparaat versleuteld is: dan kan het op afstand gewist worden.',
      'A finder or thief may be able to see the data, and there may be no other copy. Report it at once, also when the device is encrypted: it can then be wiped remotely.',
    ),
  },
  {
    key: 'printerPrintout',
    situation: t('Een uitdraai met {patiënt}gegevens blijft liggen bij een gedeelde printer.', 'A printout with {patient} data is left at a shared printer.'),
    isBreach: true,
    explanation: t(
      'Iedereen die langsloopt kan het lezen. Ook als je het snel terugvindt: meld het. De privacy officer kijkt of het erg is.',
      'Anyone passing by can read it. Even if you find it again quickly: report it. The privacy officer checks whether it is serious.',
    ),
  },
  {
    key: 'snooping',
    situation: t(
      'Iemand kijkt in het dossier van een buurman, collega of bekende {patiënt} zonder dat hij bij de zorg betrokken is.',
      'Someone looks into the record of a neighbour, colleague or well-known {patient} without being involved in their care.',
    ),
    isBreach: true,
    explanation: t(
      'Zonder behandelrelatie mag je het dossier niet inzien, ook als je niets met de gegevens doet.',
      'Without a care relationship you may not look into the record, even if you do nothing with the data.',
    ),
  },
  {
    key: 'sharedLogin',
    situation: t('Je deelt je inlognaam of wachtwoord met een collega.', 'You share your login name or password with a colleague.'),
    isBreach: true,
    explanation: t(
      'Een ander kan dan gegevens zien onder jouw naam, en achteraf is niet meer na te gaan wie wat deed. Wijzig je wachtwoord en meld het.',
      'Someone else can then see data under your name, and afterwards no one can tell who did what. Change your password and report it.',
    ),
  },
  {
    key: 'phishing',
    situation: t('Je hebt je inloggegevens ingevuld op een nepsite (phishing).', 'You entered your login details on a fake site (phishing).'),
    isBreach: true,
    explanation: t(
      'Een aanvaller kan nu als jou inloggen. Wijzig direct je wachtwoord, bel de servicedesk en meld het: elke minuut telt.',
      'An attacker can now log in as you. Change your password at once, call the service desk and report it: every minute counts.',
    ),
  },
  {
    key: 'privateChat',
    situation: t('{Patiënt}gegevens staan in een privé-chatapp of privémailbox.', '{Patient} data are in a private chat app or private mailbox.'),
    isBreach: true,
    explanation: t(
      'De organisatie heeft daar geen zicht en geen grip op, en de dienst kan de gegevens zelf gebruiken. Verwijder ze en meld het.',
      'The organisation has no view of or control over them there, and the service may use the data itself. Delete them and report it.',
    ),
  },
  {
    key: 'wrongSticker',
    situation: t('Er zit een verkeerde {patiënt}sticker op een formulier of monster.', 'A wrong {patient} sticker is on a form or sample.'),
    isBreach: true,
    explanation: t(
      'Gegevens komen bij de verkeerde persoon terecht of raken verwisseld. Dat kan ook gevolgen hebben voor de zorg.',
      'Data end up with the wrong person or get mixed up. That can affect care too.',
    ),
  },
  {
    key: 'burglary',
    situation: t('Er is ingebroken op een locatie waar dossiers of computers staan.', 'There was a burglary at a location with files or computers.'),
    isBreach: true,
    explanation: t(
      'De inbreker kan gegevens hebben meegenomen of gezien. Meld het, ook als nog niet duidelijk is wat er weg is.',
      'The burglar may have taken or seen data. Report it, even if it is not yet clear what is missing.',
    ),
  },
  {
    key: 'ransomware',
    situation: t(
      'Bestanden zijn ineens versleuteld of onbereikbaar, met een losgeldbericht.',
      'Files are suddenly encrypted or unreachable, with a ransom note.',
    ),
    isBreach: true,
    explanation: t(
      'Gegevens zijn niet beschikbaar en aanvallers hebben ze misschien gekopieerd. Koppel het apparaat los van het netwerk en meld het direct.',
      'Data are unavailable and the attackers may have copied them. Disconnect the device from the network and report it at once.',
    ),
  },
];

/** Situations that are not data breaches, so staff learn where the line is. Unsure? Report anyway. */
export const NON_BREACH_EXAMPLES: readonly BreachExample[] = [
  {
    key: 'phishingNotClicked',
    situation: t('Je krijgt een phishingmail, maar klikt niet en vult niets in.', 'You receive a phishing e-mail but do not click or enter anything.'),
    isBreach: false,
    explanation: t(
      'Er zijn geen gegevens in verkeerde handen gekomen. Meld de mail wel via de phishingknop of de servicedesk: zo worden collega’s gewaarschuwd.',
      'No data reached the wrong hands. Do report the e-mail via the phishing button or the service desk: that warns colleagues.',
    ),
  },
  {
    key: 'lockedDeviceFoundBack',
    situation: t(
      'Je laat je telefoon even liggen in de teampost en vindt hem vergrendeld terug op dezelfde plek.',
      'You leave your phone in the team office for a moment and find it back, locked, in the same place.',
    ),
    isBreach: false,
    explanation: t('Niemand kon erbij: er is geen gegeven verloren of gezien.', 'Nobody could get in: no data were lost or seen.'),
  },
  {
    key: 'colleagueInCare',
    situation: t(
      'Een collega uit hetzelfde behandelteam leest het dossier van een {patiënt} die jullie samen behandelen.',
      'A colleague in the same care team reads the record of a {patient} you treat together.',
    ),
    isBreach: false,
    explanation: t('Zij heeft een behandelrelatie en heeft de gegevens nodig voor de zorg.', 'She has a care relationship and needs the data for the care.'),
  },
  {
    key: 'anonymousFigures',
    situation: t(
      'Je deelt geanonimiseerde cijfers (aantallen opnames per maand) met een andere afdeling.',
      'You share anonymised figures (admissions per month) with another department.',
    ),
    isBreach: false,
    explanation: t(
      'Cijfers die niet tot een persoon te herleiden zijn, zijn geen persoonsgegevens. Twijfel je of ze echt anoniem zijn? Vraag het de privacy officer.',
      'Figures that cannot be traced back to a person are not personal data. Unsure whether they are really anonymous? Ask the privacy officer.',
    ),
  },
  {
    key: 'encryptedMailRightPerson',
    situation: t('Je stuurt een verwijsbrief via beveiligde mail naar de juiste huisarts.', 'You send a referral letter by secure e-mail to the right GP.'),
    isBreach: false,
    explanation: t('De gegevens gaan veilig naar iemand die ze mag hebben.', 'The data go securely to someone who is allowed to have them.'),
  },
];

export interface DecisionAidQuestion {
  key: string;
  question: LocalizedText;
  explanation: LocalizedText;
}

/**
 * "Is this a data breach?" in four questions. A yes to the first and to any of the next two means
 * a breach; the last question reminds that doubt is no reason to wait.
 */
export const DECISION_AID: readonly DecisionAidQuestion[] = [
  {
    key: 'personalData',
    question: t('Gaat het om gegevens over personen?', 'Is it about data on people?'),
    explanation: t(
      'Alles wat over een herkenbaar persoon gaat: naam, adres, BSN, geboortedatum, diagnose, medicatie of een foto. Ook een {patiënt}nummer of een inlognaam telt mee.',
      'Anything about an identifiable person: name, address, BSN, date of birth, diagnosis, medication or a photo. A {patient} number or a login name counts too.',
    ),
  },
  {
    key: 'seenByOthers',
    question: t(
      'Kan iemand die dat niet mocht de gegevens hebben gezien of gekregen?',
      'Could someone who was not allowed to see the data have seen or received them?',
    ),
    explanation: t(
      'Een verkeerde ontvanger, een verloren tas, een open scherm, een nepsite: ook als het waarschijnlijk meevalt.',
      'A wrong recipient, a lost bag, an unlocked screen, a fake site: even if it is probably not too bad.',
    ),
  },
  {
    key: 'changedOrLost',
    question: t('Zijn gegevens veranderd, verwisseld, kwijt of (even) onbereikbaar?', 'Were data changed, mixed up, lost or (temporarily) unreachable?'),
    explanation: t(
      'Een uitslag in het verkeerde dossier, een verdwenen map zonder kopie, een systeem dat door een virus plat ligt.',
      'A result in the wrong record, a lost folder with no copy, a system down because of a virus.',
    ),
  },
  {
    key: 'unsure',
    question: t('Twijfel je?', 'Unsure?'),
    explanation: t(
      'Meld het toch, meteen. De privacy officer beoordeelt het; de organisatie heeft maar 72 uur om de Autoriteit Persoonsgegevens in te lichten. Een melding die geen datalek blijkt, is nooit verkeerd.',
      'Report it anyway, at once. The privacy officer assesses it; the organisation has only 72 hours to notify the Dutch DPA. A report that turns out not to be a breach is never wrong.',
    ),
  },
];

/** What happens after a report: shown in the reporter's confirmation. */
export const REPORT_NEXT_STEPS: readonly LocalizedText[] = [
  t(
    'De privacy officer heeft je melding ontvangen en bekijkt hem zo snel mogelijk.',
    'The privacy officer has received your report and will look at it as soon as possible.',
  ),
  t(
    'Hij of zij neemt contact met je op als er vragen zijn, via de gegevens die je hebt achtergelaten.',
    'They will contact you if there are questions, using the details you left.',
  ),
  t(
    'Binnen 72 uur beslist de organisatie of de Autoriteit Persoonsgegevens en de mensen om wie het gaat worden ingelicht.',
    'Within 72 hours the organisation decides whether to notify the Dutch DPA and the people involved.',
  ),
  t(
    'Bewaar het meldnummer. Zie je nog iets nieuws, of loopt het lek nog door? Meld het dan opnieuw en noem het meldnummer.',
    'Keep the reference number. Notice something new, or is the breach still going on? Report again and mention the reference number.',
  ),
];

// ---------------------------------------------------------------------------------------------
// Labels of the report's choices
// ---------------------------------------------------------------------------------------------

export const SELF_CHECK_LABELS: Record<SelfCheckAnswer, LocalizedText> = {
  yes: t('Ja, ik denk het wel', 'Yes, I think so'),
  no: t('Nee, ik denk het niet', 'No, I do not think so'),
  unsure: t('Ik twijfel', 'I am not sure'),
};

export const INCIDENT_KIND_LABELS: Record<IncidentKind, LocalizedText> = {
  emailWrongRecipient: t('E-mail naar verkeerde ontvanger', 'E-mail to the wrong recipient'),
  emailNoBcc: t('Adressen in Aan/CC in plaats van BCC', 'Addresses in To/CC instead of BCC'),
  letterWrongRecipient: t('Brief of pakket naar verkeerde ontvanger', 'Letter or parcel to the wrong recipient'),
  letterReturnedOpened: t('Brief geopend retour gekomen', 'Letter returned opened'),
  letterLost: t('Brief kwijtgeraakt', 'Letter lost'),
  authorisationsWrong: t('Autorisaties verkeerd ingesteld', 'Access rights set wrongly'),
  networkFolderTooOpen: t('Netwerkmap te breed toegankelijk', 'Network folder too widely accessible'),
  lostOrStolen: t('Apparaat, usb-stick of papier kwijt of gestolen', 'Device, USB stick or paper lost or stolen'),
  publishedByAccident: t('Gegevens per ongeluk gepubliceerd', 'Data published by accident'),
  hackMalwarePhishing: t('Hacking, malware (zoals ransomware) of phishing', 'Hacking, malware (such as ransomware) or phishing'),
  wrongFile: t('Gegevens in het verkeerde dossier', 'Data added to the wrong file'),
  other: t('Anders', 'Other'),
};

export const REPORT_DATA_KIND_LABELS: Record<ReportDataKind, LocalizedText> = {
  namesAddresses: t('Namen, adressen of contactgegevens', 'Names, addresses or contact details'),
  health: t('Gezondheids- of medische gegevens', 'Health or medical data'),
  bsn: t('Burgerservicenummer (BSN)', 'Citizen service number (BSN)'),
  financial: t('Financiële gegevens', 'Financial data'),
  login: t('Inloggegevens of wachtwoorden', 'Login details or passwords'),
  other: t('Andere gegevens', 'Other data'),
  unknown: t('Weet ik niet', 'I do not know'),
};

export const PEOPLE_BAND_LABELS: Record<PeopleBand, LocalizedText> = {
  one: t('1 persoon', '1 person'),
  upTo10: t('2 tot 10', '2 to 10'),
  upTo100: t('11 tot 100', '11 to 100'),
  upTo1000: t('101 tot 1.000', '101 to 1,000'),
  over1000: t('Meer dan 1.000', 'More than 1,000'),
  unknown: t('Weet ik niet', 'I do not know'),
};

export const ONGOING_LABELS: Record<OngoingAnswer, LocalizedText> = {
  yes: t('Ja, het loopt nog', 'Yes, it is still going on'),
  no: t('Nee, het is gestopt', 'No, it has stopped'),
  unknown: t('Weet ik niet', 'I do not know'),
};

// ---------------------------------------------------------------------------------------------
// Labels of the register
// ---------------------------------------------------------------------------------------------

export const BREACH_NATURE_LABELS: Record<BreachNature, { name: LocalizedText; description: LocalizedText }> = {
  confidentiality: {
    name: t('Vertrouwelijkheid', 'Confidentiality'),
    description: t('Iemand die dat niet mocht, heeft de gegevens gezien of gekregen.', 'Someone who should not have, saw or got the data.'),
  },
  integrity: {
    name: t('Integriteit', 'Integrity'),
    description: t('Gegevens zijn veranderd of verwisseld.', 'Data were changed or mixed up.'),
  },
  availability: {
    name: t('Beschikbaarheid', 'Availability'),
    description: t('Gegevens zijn kwijt of (tijdelijk) onbereikbaar.', 'Data were lost or (temporarily) unreachable.'),
  },
};

export const AVAILABILITY_LOSS_LABELS: Record<AvailabilityLoss, LocalizedText> = {
  restorable: t('Zonder moeite te herstellen', 'Can be restored without difficulty'),
  temporary: t('Tijdelijk onbeschikbaar', 'Temporarily unavailable'),
  partial: t('Deels blijvend verloren', 'Partly lost for good'),
  permanent: t('Blijvend verloren', 'Lost for good'),
};

export const DATA_CATEGORY_LABELS: Record<DataCategory, LocalizedText> = {
  name: t('Naam', 'Name'),
  sex: t('Geslacht', 'Sex'),
  dateOfBirth: t('Geboortedatum of leeftijd', 'Date of birth or age'),
  bsn: t('Burgerservicenummer (BSN)', 'Citizen service number (BSN)'),
  contactDetails: t('Contactgegevens', 'Contact details'),
  address: t('Adres', 'Address'),
  email: t('E-mailadres', 'E-mail address'),
  phone: t('Telefoonnummer', 'Phone number'),
  credentials: t('Inlog- of identificatiegegevens', 'Login or ID credentials'),
  financial: t('Financiële gegevens', 'Financial data'),
  iban: t('Rekeningnummer (IBAN)', 'Bank account number (IBAN)'),
  creditCard: t('Creditcardgegevens', 'Credit card data'),
  debts: t('Schulden', 'Debts'),
  benefits: t('Uitkeringen', 'Benefits'),
  idCopies: t('Kopieën van identiteitsbewijzen', 'Copies of ID documents'),
  location: t('Locatiegegevens', 'Location data'),
  criminal: t('Strafrechtelijke gegevens', 'Criminal data'),
  unknown: t('Nog onbekend', 'Not yet known'),
  other: t('Anders', 'Other'),
};

export const SPECIAL_CATEGORY_LABELS: Record<SpecialCategory | 'none', LocalizedText> = {
  racialEthnic: t('Ras of etnische afkomst', 'Racial or ethnic origin'),
  political: t('Politieke opvattingen', 'Political opinions'),
  religious: t('Godsdienst of levensovertuiging', 'Religious or philosophical beliefs'),
  tradeUnion: t('Lidmaatschap van een vakbond', 'Trade-union membership'),
  sexLife: t('Seksueel gedrag of seksuele gerichtheid', 'Sex life or sexual orientation'),
  health: t('Gezondheid', 'Health'),
  genetic: t('Genetische gegevens', 'Genetic data'),
  biometric: t('Biometrische gegevens', 'Biometric data'),
  none: t('Geen bijzondere persoonsgegevens', 'No special categories'),
};

export const SUBJECT_GROUP_LABELS: Record<SubjectGroup, LocalizedText> = {
  patients: t('Patiënten of cliënten', 'Patients or clients'),
  minors: t('Minderjarigen', 'Minors'),
  mentalHealthClients: t('Cliënten van de ggz', 'Mental-health clients'),
  forensicClients: t('Cliënten van de forensische zorg', 'Forensic care clients'),
  otherVulnerable: t('Andere kwetsbare groepen', 'Other vulnerable groups'),
  employees: t('Medewerkers', 'Employees'),
  customers: t('Klanten', 'Customers'),
  students: t('Leerlingen of studenten', 'Pupils or students'),
  other: t('Anders', 'Other'),
};

export const PROTECTION_LABELS: Record<Protection, LocalizedText> = {
  encrypted: t('Versleuteld', 'Encrypted'),
  hashed: t('Gehasht', 'Hashed'),
  otherwiseUnintelligible: t('Op een andere manier onleesbaar', 'Otherwise unintelligible'),
  none: t('Niet beveiligd', 'Not protected'),
  unknown: t('Nog onbekend', 'Not yet known'),
};

export const RECIPIENTS_LABELS: Record<Recipients, LocalizedText> = {
  none: t('Niemand, voor zover bekend', 'Nobody, as far as known'),
  known: t('Bekende ontvanger(s)', 'Known recipient(s)'),
  unknown: t('Onbekend aantal personen', 'An unknown number of people'),
};

export const DATA_CONSEQUENCE_LABELS: Record<DataConsequence, LocalizedText> = {
  unauthorisedViewing: t('Onbevoegde inzage', 'Unauthorised viewing'),
  improperUse: t('Oneigenlijk gebruik', 'Improper use'),
  wrongDataUsed: t('Onjuiste of verouderde gegevens gebruikt of doorgegeven', 'Wrong or outdated data used or passed on'),
  serviceTemporarilyUnavailable: t('Essentiële dienst tijdelijk onbeschikbaar', 'Essential service temporarily unavailable'),
  servicePermanentlyUnavailable: t('Essentiële dienst blijvend onbeschikbaar', 'Essential service permanently unavailable'),
  other: t('Anders', 'Other'),
};

export const PEOPLE_CONSEQUENCE_LABELS: Record<PeopleConsequence, LocalizedText> = {
  discrimination: t('Discriminatie of uitsluiting', 'Discrimination or exclusion'),
  identityFraud: t('Identiteitsdiefstal of -fraude', 'Identity theft or fraud'),
  financialLoss: t('Financiële schade', 'Financial loss'),
  reputation: t('Schade aan de reputatie', 'Damage to reputation'),
  professionalSecrecy: t('Verlies van vertrouwelijkheid van gegevens onder beroepsgeheim', 'Loss of confidentiality of data under professional secrecy'),
  pseudonymisationReversed: t('Ongeoorloofde ongedaanmaking van pseudonimisering', 'Unauthorised reversal of pseudonymisation'),
  cannotAccessOrErase: t('Kunnen hun gegevens niet inzien of laten wissen', 'Cannot access or erase their data'),
  loseTrack: t('Verliezen het zicht op wie hun gegevens verwerkt', 'Lose track of who processes their data'),
  other: t('Anders', 'Other'),
};

export const CONSEQUENCE_SEVERITY_LABELS: Record<ConsequenceSeverity, LocalizedText> = {
  negligible: t('Verwaarloosbaar', 'Negligible'),
  limited: t('Beperkt', 'Limited'),
  significant: t('Aanzienlijk', 'Significant'),
  veryHigh: t('Zeer groot', 'Very high'),
};

export const OTHER_SUPERVISOR_LABELS: Record<OtherSupervisor | 'none', LocalizedText> = {
  igj: t('Inspectie Gezondheidszorg en Jeugd (IGJ)', 'Health and Youth Care Inspectorate (IGJ)'),
  afm: t('Autoriteit Financiële Markten (AFM)', 'Dutch Authority for the Financial Markets (AFM)'),
  dnb: t('De Nederlandsche Bank (DNB)', 'De Nederlandsche Bank (DNB)'),
  /** Agentschap Telecom is called Rijksinspectie Digitale Infrastructuur since 1 January 2023 (rijksinspecties.nl); the key keeps the stored name. */
  agentschapTelecom: t('Rijksinspectie Digitale Infrastructuur (RDI)', 'Dutch Authority for Digital Infrastructure (RDI)'),
  ilt: t('Inspectie Leefomgeving en Transport (ILT)', 'Human Environment and Transport Inspectorate (ILT)'),
  educationInspectorate: t('Inspectie van het Onderwijs', 'Education Inspectorate'),
  nctv: t('NCTV', 'NCTV (National Coordinator for Security and Counterterrorism)'),
  ovv: t('Onderzoeksraad voor Veiligheid (OVV)', 'Dutch Safety Board (OVV)'),
  other: t('Andere toezichthouder', 'Other supervisor'),
  none: t('Geen andere toezichthouder', 'No other supervisor'),
};

export const INFORM_MEANS_LABELS: Record<InformMeans, LocalizedText> = {
  phone: t('Telefoon', 'Phone'),
  letter: t('Brief', 'Letter'),
  email: t('E-mail', 'E-mail'),
  website: t('Website', 'Website'),
  socialMedia: t('Sociale media', 'Social media'),
  newspaper: t('Krant', 'Newspaper'),
  other: t('Anders', 'Other'),
};

// ---------------------------------------------------------------------------------------------
// Assessment, deadline and workflow
// ---------------------------------------------------------------------------------------------

export const BREACH_STATUS_LABELS: Record<BreachStatus, LocalizedText> = {
  reported: t('Gemeld', 'Reported'),
  triage: t('In behandeling', 'In triage'),
  assessed: t('Beoordeeld', 'Assessed'),
  notified: t('Gemeld bij AP', 'Notified to the AP'),
  closed: t('Afgesloten', 'Closed'),
};

export const DEADLINE_STATE_LABELS: Record<DeadlineState, LocalizedText> = {
  open: t('Binnen de termijn', 'Within the deadline'),
  dueSoon: t('Termijn verloopt binnen 24 uur', 'Deadline within 24 hours'),
  urgent: t('Termijn verloopt binnen 4 uur', 'Deadline within 4 hours'),
  expired: t('Termijn van 72 uur verstreken', '72-hour deadline passed'),
  notifiedInTime: t('Op tijd gemeld bij de AP', 'Notified to the AP in time'),
  notifiedLate: t('Te laat gemeld bij de AP', 'Notified to the AP late'),
};

export const TRANSITION_BLOCK_LABELS: Record<TransitionBlock, LocalizedText> = {
  notANextStep: t('Deze stap volgt niet op de huidige status.', 'This step does not follow the current status.'),
  awarenessUnconfirmed: t(
    'Bevestig eerst het moment waarop de organisatie het lek kende: daar lopen de 72 uur vanaf.',
    'First confirm the moment the organisation knew of the breach: the 72 hours run from it.',
  ),
  decisionRequired: t('Leg eerst een besluit over melden vast.', 'Record a notification decision first.'),
  decisionNotToNotify: t('Het besluit is om niet bij de AP te melden.', 'The decision is not to notify the AP.'),
  decisionToNotify: t('Het besluit is om bij de AP te melden: leg eerst de melding vast.', 'The decision is to notify the AP: record the notification first.'),
  apNotifiedAtRequired: t('Vul in wanneer de melding bij de AP is gedaan.', 'Fill in when the AP was notified.'),
  lateReasonRequired: t(
    'De melding was later dan 72 uur: vul de reden van de vertraging in.',
    'The notification was later than 72 hours: fill in the reason for the delay.',
  ),
  registerIncomplete: t('Het register is nog niet compleet.', 'The register entry is not complete yet.'),
  subjectsInformedAtRequired: t('Vul in wanneer de betrokkenen zijn geïnformeerd.', 'Fill in when the people involved were informed.'),
};

// ---------------------------------------------------------------------------------------------
// The AP form
// ---------------------------------------------------------------------------------------------

export const AP_CHAPTER_LABELS: Record<ApChapterKey, LocalizedText> = {
  introduction: t('Inleiding', 'Introduction'),
  international: t('Internationaal', 'International'),
  organisation: t('Organisatie', 'Organisation'),
  timeline: t('Tijdlijn', 'Timeline'),
  breach: t('Het datalek', 'The breach'),
  personalData: t('Persoonsgegevens', 'Personal data'),
  dataSubjects: t('Betrokkenen', 'Data subjects'),
  measuresBeforehand: t('Maatregelen vooraf', 'Measures beforehand'),
  consequences: t('Gevolgen', 'Consequences'),
  followUp: t('Vervolgacties', 'Follow-up'),
};

export const AP_QUESTION_LABELS: Record<ApQuestionKey, LocalizedText> = {
  notificationKind: t('Soort melding', 'Kind of notification'),
  legalRegime: t('Wettelijk kader', 'Legal regime'),
  otherSupervisors: t('Ook gemeld bij andere toezichthouders', 'Also reported to other supervisors'),
  crossBorder: t('Betrokkenen in andere landen', 'People in other countries involved'),
  organisationName: t('Naam organisatie', 'Organisation name'),
  organisationAddress: t('Adres', 'Address'),
  kvkNumber: t('KvK-nummer', 'Chamber of Commerce (KvK) number'),
  sector: t('Sector', 'Sector'),
  dpoRegistrationNumber: t('Registratienummer FG', 'DPO registration number'),
  notifierName: t('Naam melder', 'Name of the notifier'),
  notifierFunction: t('Functie melder', 'Function of the notifier'),
  notifierPhone: t('Telefoonnummer melder', 'Phone number of the notifier'),
  notifierEmail: t('E-mailadres melder', 'E-mail address of the notifier'),
  contactPerson: t('Contactpersoon', 'Contact person'),
  otherOrganisations: t('Andere betrokken organisaties (bijv. verwerker)', 'Other organisations involved (e.g. a processor)'),
  startedAt: t('(Vermoedelijke) begindatum', '(Presumed) start'),
  endedAt: t('(Vermoedelijke) einddatum', '(Presumed) end'),
  ongoing: t('Duurt de inbreuk nog voort?', 'Is the breach still going on?'),
  discoveredAt: t('Datum ontdekking', 'Date discovered'),
  discoveredHow: t('Hoe ontdekt', 'How discovered'),
  lateReason: t('Reden van melding na 72 uur', 'Reason for notifying after 72 hours'),
  nature: t('Aard van het datalek', 'Nature of the breach'),
  incidentKind: t('Soort incident', 'Kind of incident'),
  summary: t('Samenvatting', 'Summary'),
  dataCategories: t('Soorten persoonsgegevens', 'Categories of personal data'),
  specialCategories: t('Bijzondere persoonsgegevens', 'Special categories of personal data'),
  records: t('Aantal records (schatting)', 'Number of records (estimate)'),
  recordsExplanation: t('Toelichting op het aantal', 'Explanation of the number'),
  subjectGroups: t('Groepen betrokkenen', 'Groups of data subjects'),
  subjectDescription: t('Omschrijving betrokkenen', 'Description of the data subjects'),
  people: t('Aantal betrokkenen', 'Number of people'),
  protection: t('Gegevens versleuteld, gehasht of onleesbaar gemaakt', 'Data encrypted, hashed or made unintelligible'),
  protectionTechnique: t('Gebruikte techniek', 'Technique used'),
  dataConsequences: t('Gevolgen voor de organisatie en de gegevens', 'Consequences for the organisation and the data'),
  peopleConsequences: t('Gevolgen voor de betrokkenen', 'Consequences for the people'),
  consequenceSeverity: t('Ernst van de gevolgen', 'Severity of the consequences'),
  consequencesDescription: t('Toelichting op de gevolgen', 'Explanation of the consequences'),
  subjectsInformed: t('Betrokkenen geïnformeerd', 'Data subjects informed'),
  subjectsInformedAt: t('Datum (gepland) informeren', 'Date informed (or planned)'),
  notInformedReason: t('Waarom niet geïnformeerd', 'Why not informed'),
  subjectsInformedCount: t('Aantal geïnformeerde betrokkenen', 'Number of people informed'),
  informMeans: t('Op welke manier geïnformeerd', 'By which means informed'),
  measuresTaken: t('Genomen maatregelen', 'Measures taken'),
  measuresPlanned: t('Maatregelen om herhaling te voorkomen', 'Measures to prevent recurrence'),
};

export const SUBJECTS_INFORMED_LABELS: Record<SubjectsInformedAnswer, LocalizedText> = {
  yes: t('Ja', 'Yes'),
  planned: t('Nee, maar dat gebeurt nog', 'No, but they will be'),
  no: t('Nee, en dat gebeurt ook niet', 'No, and they will not be'),
};

export const AP_SOURCE_LABELS: Record<ApAnswerSource, LocalizedText> = {
  recorded: t('Vastgelegd', 'Recorded'),
  derived: t('Afgeleid, controleer', 'Derived, please confirm'),
  missing: t('Ontbreekt', 'Missing'),
};

/** The label sets the AP form's choice answers refer to. */
export const BREACH_LABELS: Record<ApLabelSet, Record<string, LocalizedText>> = {
  notificationKinds: { single: t('Enkelvoudige melding', 'Single notification'), bulk: t('Bulkmelding', 'Bulk notification') },
  legalRegimes: { avg: t('AVG', 'GDPR (AVG)') },
  otherSupervisors: OTHER_SUPERVISOR_LABELS,
  sectors: { care: t('Zorg', 'Health care') },
  apNatures: {
    viewed: t('Ingezien door onbevoegden', 'Viewed by unauthorised persons'),
    altered: t('Gewijzigd', 'Altered'),
    permanentlyUnavailable: t('Blijvend onbeschikbaar', 'Permanently unavailable'),
    temporarilyUnavailable: t('Tijdelijk onbeschikbaar', 'Temporarily unavailable'),
  },
  incidentKinds: INCIDENT_KIND_LABELS,
  dataCategories: DATA_CATEGORY_LABELS,
  specialCategories: SPECIAL_CATEGORY_LABELS,
  subjectGroups: SUBJECT_GROUP_LABELS,
  protections: PROTECTION_LABELS,
  dataConsequences: DATA_CONSEQUENCE_LABELS,
  peopleConsequences: PEOPLE_CONSEQUENCE_LABELS,
  consequenceSeverities: CONSEQUENCE_SEVERITY_LABELS,
  informMeans: INFORM_MEANS_LABELS,
  ongoing: { yes: t('Ja', 'Yes'), no: t('Nee', 'No'), unknown: t('Onbekend', 'Unknown') },
  subjectsInformedAnswers: SUBJECTS_INFORMED_LABELS,
};

// ---------------------------------------------------------------------------------------------
// After the notification: follow-ups to the AP, and the care duties beside the 72 hours
// ---------------------------------------------------------------------------------------------

/** Follow-up messages to the AP under the notification's meldnummer (art. 33(4): information in phases). */
export const AP_FOLLOW_UP_KIND_LABELS: Record<ApFollowUpKind, LocalizedText> = {
  supplement: t('Aanvulling (informatie in fasen)', 'Supplement (information in phases)'),
  change: t('Wijziging', 'Change'),
  withdrawal: t('Intrekking', 'Withdrawal'),
};

/** Each care duty: its name, what to do and the law it comes from (care-duties.ts), and what "done" means ({at}: when). */
export const CARE_DUTY_TEXT: Record<CareDutyKey, { name: LocalizedText; explanation: LocalizedText; done: LocalizedText }> = {
  patientDisclosure: {
    name: t('{Patiënt} informeren over het incident', 'Tell the {patient} about the incident'),
    explanation: t(
      'Een incident met merkbare gevolgen voor de {patiënt} vertel je hem of haar onverwijld, en je legt het vast in het dossier (Wkkgz art. 10 lid 3). Daar staat geen termijn in uren voor.',
      'An incident with noticeable consequences for the {patient} is told to them without delay, and recorded in their file (Wkkgz art. 10(3)). There is no deadline in hours.',
    ),
    done: t('{Patiënt} geïnformeerd op {at}', '{Patient} told on {at}'),
  },
  incidentReport: {
    name: t('Incidentmelding (VIM/MIP)', 'Incident report (VIM/MIP)'),
    explanation: t(
      'Gegevens in het dossier van de verkeerde {patiënt} zijn ook een zorgincident: meld het in de interne procedure voor incidenten (Wkkgz art. 9 lid 2), zodat de zorg ervan leert.',
      "Data in the wrong {patient}'s record are a care incident too: report it in the internal incident procedure (Wkkgz art. 9(2)), so that care learns from it.",
    ),
    done: t('Gemeld in het incidentensysteem op {at}', 'Reported in the incident system on {at}'),
  },
  csirtWarning: {
    name: t('Vroegtijdige waarschuwing aan de CSIRT (24 uur)', 'Early warning to the CSIRT (24 hours)'),
    explanation: t(
      'Een significant incident meld je binnen 24 uur na het bekend worden met een vroegtijdige waarschuwing aan de CSIRT, voor de zorg Z-CERT (NIS2-richtlijn art. 23 lid 4 sub a, Cyberbeveiligingswet).',
      'A significant incident needs an early warning to the CSIRT within 24 hours of becoming aware, for care Z-CERT (NIS2 Directive art. 23(4)(a), Cyberbeveiligingswet).',
    ),
    done: t('Gewaarschuwd op {at}', 'Warned on {at}'),
  },
};

/** The CSIRT's 24-hour clock in words, state by state, as DEADLINE_STATE_LABELS does for the AP's 72 hours. */
export const CSIRT_CLOCK_LABELS: Record<DeadlineState, LocalizedText> = {
  open: t('Binnen de termijn', 'Within the deadline'),
  dueSoon: t('Termijn verloopt binnen 12 uur', 'Deadline within 12 hours'),
  urgent: t('Termijn verloopt binnen 4 uur', 'Deadline within 4 hours'),
  expired: t('Termijn van 24 uur verstreken', '24-hour deadline passed'),
  notifiedInTime: t('Op tijd gewaarschuwd', 'Warned in time'),
  notifiedLate: t('Te laat gewaarschuwd', 'Warned late'),
};
