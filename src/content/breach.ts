import type { Locale, LocalizedText } from '../core/locale.js';
import type { ApAnswerSource, ApChapterKey, ApLabelSet, ApQuestionKey } from '../core/breach/ap-form.js';
import type { DpcAdjustment, EiBasis, EnisaDataType, ProposalReason, ProposalReasonKey, SeverityLevel } from '../core/breach/assessment.js';
import type { DeadlineState } from '../core/breach/deadline.js';
import type {
  AvailabilityLoss,
  BreachNature,
  ConsequenceSeverity,
  DataCategory,
  DataConsequence,
  EaseOfIdentification,
  InformMeans,
  OtherSupervisor,
  PeopleConsequence,
  Protection,
  Recipients,
  SpecialCategory,
  SubjectGroup,
} from '../core/breach/register.js';
import type { IncidentKind, OngoingAnswer, PeopleBand, ReportDataKind, SelfCheckAnswer } from '../core/breach/report.js';
import type { BreachStatus, TransitionBlock } from '../core/breach/workflow.js';

/**
 * Reference content for the staff portal's data-breach tools (breach.md): everyday examples of what
 * is and is not a data breach, a short decision aid, the labels of every choice in the report, the
 * register and the assessment, the texts of the assessment's reasons and the AP form's questions.
 * Written by us for Dutch care; nl is the default language.
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
      'Je stuurt een bijlage met cliëntgegevens naar de verkeerde collega of naar iemand buiten de organisatie.',
      'You send an attachment with client data to the wrong colleague or to someone outside the organisation.',
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
    situation: t('Een uitdraai met cliëntgegevens blijft liggen bij een gedeelde printer.', 'A printout with client data is left at a shared printer.'),
    isBreach: true,
    explanation: t(
      'Iedereen die langsloopt kan het lezen. Ook als je het snel terugvindt: meld het, de privacyfunctionaris beoordeelt of het erg is.',
      'Anyone passing by can read it. Even if you find it again quickly: report it, the privacy officer judges whether it is serious.',
    ),
  },
  {
    key: 'snooping',
    situation: t(
      'Iemand kijkt in het dossier van een buurman, collega of bekende cliënt zonder dat hij bij de zorg betrokken is.',
      'Someone looks into the record of a neighbour, colleague or well-known client without being involved in their care.',
    ),
    isBreach: true,
    explanation: t(
      'Inzage zonder behandelrelatie is onrechtmatige toegang, ook als er niets mee gedaan wordt.',
      'Access without a care relationship is unlawful access, even if nothing is done with the data.',
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
    situation: t('Cliëntgegevens staan in een privé-chatapp of privémailbox.', 'Client data are in a private chat app or private mailbox.'),
    isBreach: true,
    explanation: t(
      'De organisatie heeft daar geen zicht en geen grip op, en de dienst kan de gegevens zelf gebruiken. Verwijder ze en meld het.',
      'The organisation has no view of or control over them there, and the service may use the data itself. Delete them and report it.',
    ),
  },
  {
    key: 'wrongSticker',
    situation: t('Er zit een verkeerde patiëntsticker op een formulier of monster.', 'A wrong patient sticker is on a form or sample.'),
    isBreach: true,
    explanation: t(
      'Gegevens komen bij de verkeerde persoon terecht of raken verwisseld (integriteit). Dat kan ook gevolgen hebben voor de zorg.',
      'Data end up with the wrong person or get mixed up (integrity). That can affect care too.',
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
    situation: t('Bestanden zijn ineens versleuteld of onbereikbaar, met een losgeldbericht.', 'Files are suddenly encrypted or unreachable, with a ransom note.'),
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
      'Een collega uit hetzelfde behandelteam leest het dossier van een cliënt die jullie samen behandelen.',
      'A colleague in the same care team reads the record of a client you treat together.',
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
      'Cijfers die niet tot een persoon te herleiden zijn, zijn geen persoonsgegevens. Twijfel je of ze echt anoniem zijn? Vraag het de privacyfunctionaris.',
      'Figures that cannot be traced back to a person are not personal data. Unsure whether they are really anonymous? Ask the privacy officer.',
    ),
  },
  {
    key: 'encryptedMailRightPerson',
    situation: t(
      'Je stuurt een verwijsbrief via beveiligde mail naar de juiste huisarts.',
      'You send a referral letter by secure e-mail to the right GP.',
    ),
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
      'Alles wat over een herkenbaar persoon gaat: naam, adres, BSN, geboortedatum, diagnose, medicatie, foto, maar ook een cliëntnummer of een inlognaam.',
      'Anything about an identifiable person: name, address, BSN, date of birth, diagnosis, medication, a photo, but also a client number or a login name.',
    ),
  },
  {
    key: 'seenByOthers',
    question: t(
      'Kan iemand die dat niet mocht de gegevens hebben gezien of gekregen?',
      'Could someone who was not allowed to have seen or received the data?',
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
      'Meld het toch, meteen. De privacyfunctionaris beoordeelt het; de organisatie heeft maar 72 uur om de Autoriteit Persoonsgegevens in te lichten. Een melding die geen datalek blijkt, is nooit verkeerd.',
      'Report it anyway, at once. The privacy officer assesses it; the organisation has only 72 hours to notify the Dutch DPA. A report that turns out not to be a breach is never wrong.',
    ),
  },
];

/** What happens after a report: shown in the reporter's confirmation. */
export const REPORT_NEXT_STEPS: readonly LocalizedText[] = [
  t('De privacyfunctionaris heeft je melding ontvangen en bekijkt hem zo snel mogelijk.', 'The privacy officer has received your report and will look at it as soon as possible.'),
  t(
    'Hij of zij neemt contact met je op als er vragen zijn, via de gegevens die je hebt achtergelaten.',
    'They will contact you if there are questions, using the details you left.',
  ),
  t(
    'Binnen 72 uur beslist de organisatie of de Autoriteit Persoonsgegevens en de betrokkenen worden ingelicht.',
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
  agentschapTelecom: t('Agentschap Telecom (RDI)', 'Agentschap Telecom (RDI)'),
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

export const SEVERITY_LEVEL_LABELS: Record<SeverityLevel, LocalizedText> = {
  low: t('Laag', 'Low'),
  medium: t('Gemiddeld', 'Medium'),
  high: t('Hoog', 'High'),
  veryHigh: t('Zeer hoog', 'Very high'),
};

export const ENISA_DATA_TYPE_LABELS: Record<EnisaDataType, LocalizedText> = {
  simple: t('Gewone gegevens', 'Simple data'),
  behavioural: t('Gedragsgegevens', 'Behavioural data'),
  financial: t('Financiële gegevens', 'Financial data'),
  sensitive: t('Gevoelige gegevens', 'Sensitive data'),
};

export const EASE_OF_IDENTIFICATION_LABELS: Record<EaseOfIdentification, LocalizedText> = {
  negligible: t('Verwaarloosbaar (0,25)', 'Negligible (0.25)'),
  limited: t('Beperkt (0,5)', 'Limited (0.5)'),
  significant: t('Aanzienlijk (0,75)', 'Significant (0.75)'),
  maximum: t('Maximaal (1)', 'Maximum (1)'),
};

export const DPC_ADJUSTMENT_LABELS: Record<DpcAdjustment, LocalizedText> = {
  patientContext: t('Het gaat om patiënten: dat verraadt iets over hun gezondheid', 'They are patients: that reveals something about their health'),
  vulnerableContext: t('Kwetsbare personen: de gegevens kunnen hun veiligheid of welzijn raken', 'Vulnerable people: the data can affect their safety or well-being'),
  identityFraud: t('Maakt identiteitsfraude mogelijk', 'Enables identity fraud'),
  credentials: t('Geeft toegang tot meer gegevens', 'Gives access to more data'),
  creditCard: t('Volledige betaalgegevens: fraude mogelijk', 'Full payment data: fraud possible'),
  bankAccountOnly: t('Alleen een rekeningnummer, zonder verdere financiële gegevens', 'Only an account number, without further financial data'),
};

export const EI_BASIS_LABELS: Record<EiBasis, LocalizedText> = {
  unintelligible: t('De gegevens waren onleesbaar en de sleutel is veilig', 'The data were unintelligible and the key is safe'),
  directIdentifiers: t('De gegevens bevatten directe identificatie (naam, BSN, contactgegevens)', 'The data contain direct identifiers (name, BSN, contact details)'),
  dataUnknown: t('Nog niet bekend welke gegevens: uitgegaan van het zwaarste geval', 'Not yet known which data: the worst case is assumed'),
  indirectOnly: t('Alleen indirect herleidbare gegevens', 'Only indirectly identifying data'),
  officer: t('Vastgesteld door de privacyfunctionaris', 'Set by the privacy officer'),
};

/**
 * The proposal's reasons. Placeholders: {score} (a number), {level} (a severity level),
 * {categories} and {groups} (lists of labels), {technique} (free text).
 */
export const PROPOSAL_REASON_TEXT: Record<ProposalReasonKey, LocalizedText> = {
  riskUnlikelyUnintelligible: t(
    'Alleen de vertrouwelijkheid was in het geding en de gegevens waren onleesbaar voor anderen, met een veilige sleutel. Een risico is dan onwaarschijnlijk.',
    'Only confidentiality was at stake and the data were unintelligible to others, with the key safe. A risk is then unlikely.',
  ),
  riskUnlikelyContained: t(
    'Alleen de vertrouwelijkheid was in het geding, niemand heeft de gegevens voor zover bekend gezien en ze zijn terug. Een risico is dan onwaarschijnlijk. De ENISA-score geeft aan hoe ernstig het had kunnen zijn.',
    'Only confidentiality was at stake, as far as known nobody saw the data and they were recovered. A risk is then unlikely. The ENISA score shows how serious it could have been.',
  ),
  severityAtLeastMedium: t('De ernst volgens ENISA is {level} (score {score}).', 'The ENISA severity is {level} (score {score}).'),
  severityLow: t(
    'De ernst volgens ENISA is laag (score {score}) en er zijn geen bijzondere persoonsgegevens of BSN bij betrokken.',
    'The ENISA severity is low (score {score}) and no special-category data or BSN are involved.',
  ),
  sensitiveData: t('Er zijn gevoelige gegevens bij betrokken: {categories}.', 'Sensitive data are involved: {categories}.'),
  dataUnknown: t(
    'Nog niet bekend is welke gegevens betrokken zijn; in de zorg kunnen dat gezondheidsgegevens zijn. Meld binnen de termijn en vul later aan.',
    'It is not yet known which data are involved; in care they may be health data. Notify within the deadline and add details later.',
  ),
  vulnerableGroup: t('Het gaat om kwetsbare personen: {groups}.', 'Vulnerable people are involved: {groups}.'),
  trustedRecipient: t(
    'De ontvanger is betrouwbaar en heeft de gegevens verwijderd. Dat verlaagt het risico; oordeel je dat een risico daardoor onwaarschijnlijk is, leg dan vast waarom.',
    'The recipient is trusted and deleted the data. That lowers the risk; if you judge a risk unlikely because of it, record why.',
  ),
  riskUnlikely: t('Een risico is onwaarschijnlijk, dus ook geen hoog risico voor de betrokkenen.', 'A risk is unlikely, so there is no high risk for the people either.'),
  highRisk: t('Waarschijnlijk een hoog risico voor de betrokkenen: ernst {level} (score {score}).', 'Likely a high risk for the people: severity {level} (score {score}).'),
  noHighRisk: t('Geen hoog risico voor de betrokkenen: ernst {level} (score {score}).', 'No high risk for the people: severity {level} (score {score}).'),
  exceptionUnintelligible: t(
    'Uitzondering art. 34 lid 3 sub a: de gegevens waren onleesbaar voor anderen en de sleutel is veilig.',
    'Exception art. 34(3)(a): the data were unintelligible to others and the key is safe.',
  ),
  exceptionMeasures: t(
    'Uitzondering art. 34 lid 3 sub b: door later genomen maatregelen is het hoge risico niet meer waarschijnlijk.',
    'Exception art. 34(3)(b): later measures make the high risk no longer likely.',
  ),
  exceptionDisproportionate: t(
    'Uitzondering art. 34 lid 3 sub c: iedereen persoonlijk informeren kost onevenredig veel moeite. Informeer in plaats daarvan via een openbare mededeling.',
    'Exception art. 34(3)(c): informing everyone individually would take disproportionate effort. Inform through a public communication instead.',
  ),
  classificationAssumed: t(
    'De classificatie is nog niet ingevuld; uitgegaan van verlies van vertrouwelijkheid.',
    'The classification is not filled in yet; loss of confidentiality is assumed.',
  ),
};

/** The text of one reason in a language, with its placeholders filled and its keys turned into labels. */
export function reasonText(reason: ProposalReason, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  const labelOf = (key: string) =>
    (SEVERITY_LEVEL_LABELS as Record<string, LocalizedText>)[key]?.[locale] ??
    (SPECIAL_CATEGORY_LABELS as Record<string, LocalizedText>)[key]?.[locale] ??
    (DATA_CATEGORY_LABELS as Record<string, LocalizedText>)[key]?.[locale] ??
    (SUBJECT_GROUP_LABELS as Record<string, LocalizedText>)[key]?.[locale] ??
    key;
  // Labels run on inside a sentence: lower-case their first letter, but leave acronyms (BSN, IGJ) alone.
  const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);
  const render = (value: string | number | string[], name: string) =>
    typeof value === 'number'
      ? number.format(value)
      : Array.isArray(value)
        ? value.map((v) => inSentence(labelOf(v))).join(', ')
        : name === 'level'
          ? inSentence(labelOf(value))
          : value;
  return PROPOSAL_REASON_TEXT[reason.key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = reason.values?.[name];
    return value === undefined ? whole : render(value, name);
  });
}

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
  decisionRequired: t('Leg eerst een besluit over melden vast.', 'Record a notification decision first.'),
  decisionNotToNotify: t('Het besluit is om niet bij de AP te melden.', 'The decision is not to notify the AP.'),
  decisionToNotify: t('Het besluit is om bij de AP te melden: leg eerst de melding vast.', 'The decision is to notify the AP: record the notification first.'),
  apNotifiedAtRequired: t('Vul in wanneer de melding bij de AP is gedaan.', 'Fill in when the AP was notified.'),
  lateReasonRequired: t('De melding was later dan 72 uur: vul de reden van de vertraging in.', 'The notification was later than 72 hours: fill in the reason for the delay.'),
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
  notifier: t('Wie doet de melding', 'Who notifies'),
  contactPerson: t('Contactpersoon', 'Contact person'),
  otherOrganisations: t('Andere betrokken organisaties (bijv. verwerker)', 'Other organisations involved (e.g. a processor)'),
  startedAt: t('(Vermoedelijke) begindatum', '(Presumed) start'),
  endedAt: t('(Vermoedelijke) einddatum', '(Presumed) end'),
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
  notInformedReason: t('Waarom niet geïnformeerd', 'Why not informed'),
  subjectsInformedCount: t('Aantal geïnformeerde betrokkenen', 'Number of people informed'),
  informMeans: t('Op welke manier geïnformeerd', 'By which means informed'),
  measuresTaken: t('Genomen maatregelen', 'Measures taken'),
  measuresPlanned: t('Maatregelen om herhaling te voorkomen', 'Measures to prevent recurrence'),
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
};

// ---------------------------------------------------------------------------------------------
// Letter to the people involved (art. 34)
// ---------------------------------------------------------------------------------------------

/**
 * Building blocks of the draft letter or e-mail to the people involved. Placeholders: {organisation},
 * {date}, {reference}. Text in [square brackets] is for the officer to fill in before sending.
 */
export const LETTER_TEXT = {
  subject: t('Informatie over een datalek bij {organisation}', 'Information about a data breach at {organisation}'),
  greeting: t('Geachte heer, mevrouw,', 'Dear Sir or Madam,'),
  opening: t(
    'Met deze brief laten wij u weten dat er bij {organisation} een datalek is geweest waarbij uw persoonsgegevens betrokken zijn. Wij vinden het belangrijk u daar eerlijk en duidelijk over te informeren.',
    'With this letter we let you know that {organisation} has had a data breach involving your personal data. We think it is important to inform you about it honestly and clearly.',
  ),
  openingDate: t('Het datalek vond plaats op {date}.', 'The breach took place on {date}.'),
  whatHappened: t('Wat is er gebeurd?', 'What happened?'),
  whichData: t('Om welke gegevens gaat het?', 'Which data are involved?'),
  consequences: t('Wat kunnen de gevolgen voor u zijn?', 'What could the consequences be for you?'),
  measures: t('Wat hebben wij gedaan?', 'What have we done?'),
  planned: t('Om herhaling te voorkomen:', 'To prevent it from happening again:'),
  whatYouCanDo: t('Wat kunt u zelf doen?', 'What can you do yourself?'),
  contact: t('Heeft u vragen?', 'Do you have questions?'),
  contactText: t(
    'Neem dan contact op met onze privacyfunctionaris en noem het kenmerk {reference}.',
    'Please contact our privacy officer and mention reference {reference}.',
  ),
  complaint: t(
    'Bent u het niet eens met hoe wij met het datalek zijn omgegaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    'If you disagree with how we handled the breach, you can lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
  ),
  apology: t('Wij bieden u onze excuses aan voor wat er is gebeurd.', 'We apologise for what happened.'),
  closing: t('Met vriendelijke groet,', 'Kind regards,'),
  fillIn: {
    summary: t('[Beschrijf in eenvoudige woorden wat er is gebeurd.]', '[Describe in plain words what happened.]'),
    data: t('[Noem de gegevens die betrokken zijn.]', '[Name the data involved.]'),
    consequences: t('[Beschrijf de waarschijnlijke gevolgen.]', '[Describe the likely consequences.]'),
    measures: t('[Beschrijf de maatregelen die zijn genomen.]', '[Describe the measures taken.]'),
    contact: t('[naam, telefoonnummer en e-mailadres van het contactpunt]', '[name, phone number and e-mail address of the contact point]'),
  },
} as const;

/** What people can do themselves, per kind of data or consequence; the letter includes those that apply. */
export const LETTER_ADVICE = {
  credentials: t('Wijzig uw wachtwoord, ook op andere plekken waar u hetzelfde wachtwoord gebruikt.', 'Change your password, also wherever you use the same password.'),
  identity: t(
    'Let op ongebruikelijke post, rekeningen of contracten op uw naam. Vermoedt u misbruik van uw BSN of identiteitsbewijs, neem dan contact op met het Centraal Meldpunt Identiteitsfraude en -fouten (CMI).',
    'Watch for unusual post, bills or contracts in your name. If you suspect misuse of your BSN or ID document, contact the Central Reporting Point for Identity Fraud and Errors (CMI).',
  ),
  financial: t('Controleer uw bankafschriften en neem bij verdachte betalingen contact op met uw bank.', 'Check your bank statements and contact your bank about any suspicious payments.'),
  phishing: t(
    'Wees alert op e-mails, sms’jes of telefoontjes die naar dit datalek verwijzen of om gegevens vragen. Wij vragen u nooit om een wachtwoord.',
    'Be alert to e-mails, text messages or calls that refer to this breach or ask for details. We will never ask you for a password.',
  ),
  care: t(
    'Wilt u bespreken wat dit voor uw behandeling of begeleiding betekent, dan kunt u dat met uw behandelaar doen.',
    'If you want to discuss what this means for your treatment or support, you can do so with your practitioner.',
  ),
  general: t('Heeft u vragen of zorgen, neem dan gerust contact met ons op.', 'If you have questions or concerns, please do contact us.'),
} as const;
export type LetterAdvice = keyof typeof LETTER_ADVICE;
