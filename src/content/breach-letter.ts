import type { AddresseeWords, LetterAddressee, LetterAdvice } from '#core/breach/letter.js';
import type { LocalizedText } from '#core/locale.js';
import type {
  AvailabilityLoss,
  ConsequenceSeverity,
  CredentialSystem,
  DataCategory,
  PeopleConsequence,
  Protection,
  RecipientIntent,
  Recipients,
  SpecialCategory,
} from '#core/breach/register.js';
import type { IncidentKind } from '#core/breach/report.js';

/**
 * The sentences of the letter to the people involved in a breach (AVG art. 34). The letter must
 * describe in clear and plain language what happened, name a contact point and say what the likely
 * consequences are and what was done about them (art. 34(2) with 33(3)(b)–(d)); the WP29/EDPB
 * guidelines on breach notification (WP250 rev.01, §III.B) ask for a dedicated message the reader
 * can act on. Written for B1 readers: the reader is "u"/"you", one fact per short sentence (at most
 * 20 words, about 14 on average), everyday words instead of the register's labels. The English
 * follows the GOV.UK style guide's plain English (so "email", not "e-mail").
 *
 * Placeholders: {organisation}, {reference}, {date}, {list}, {system}, {name}, {text}, and the
 * addressee's words {person}, {data} and {inName}. Those stand only where any of the three
 * addressees fits the grammar (never as the subject of a verb), so one sentence serves all three.
 * Text in [square brackets] is a prompt for the officer, to replace before sending.
 */

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

export const ADDRESSEE_WORDS: Record<LetterAddressee, AddresseeWords> = {
  self: {
    person: t('u', 'you'),
    data: t('uw gegevens', 'your information'),
    inName: t('op uw naam', 'in your name'),
    why: null,
    advice: null,
  },
  // Parents or a guardian act for a child: in care below 12 (BW 7:465), for consent below 16 (UAVG art. 5).
  guardian: {
    person: t('uw kind', 'your child'),
    data: t('de gegevens van uw kind', 'your child’s information'),
    inName: t('op naam van uw kind', 'in your child’s name'),
    why: t('U krijgt deze brief als ouder of voogd van [naam van het kind].', 'You receive this letter as the parent or guardian of [name of the child].'),
    advice: t('Vertel uw kind wat er is gebeurd, op een manier die past bij de leeftijd.', 'Tell your child what happened, in a way that suits their age.'),
  },
  // An adult's mentor or curator (BW Boek 1, titel 20 and titel 16) or other legal representative.
  representative: {
    person: t('degene die u vertegenwoordigt', 'the person you represent'),
    data: t('de gegevens van degene die u vertegenwoordigt', 'information about the person you represent'),
    inName: t('op naam van degene die u vertegenwoordigt', 'in the name of the person you represent'),
    why: t(
      'U krijgt deze brief omdat u [naam] vertegenwoordigt, bijvoorbeeld als mentor of curator.',
      'You receive this letter because you represent [name], for example as mentor or curator.',
    ),
    advice: t('Bespreek deze brief als dat kan met degene die u vertegenwoordigt.', 'If possible, talk about this letter with the person you represent.'),
  },
};

/** The letter's frame: opening, headings, closing. */
export const LETTER_TEXT = {
  subject: t('Informatie over een datalek bij {organisation}', 'Information about a data breach at {organisation}'),
  greeting: t('Geachte heer, mevrouw,', 'Dear Sir or Madam,'),
  opening: t(
    'Bij {organisation} is een datalek geweest. Daarbij waren {data} betrokken.',
    'There has been a data breach at {organisation}. It involved {data}.',
  ),
  // What a breach is, in the reader's words (art. 4(12): data seen, changed or lost without permission).
  meaning: t(
    'Bij een datalek komen gegevens bij iemand die ze niet mag hebben. Ook kunnen gegevens kwijtraken of veranderen.',
    'In a data breach, information reaches someone who should not have it. Information can also be lost or changed.',
  ),
  purpose: t(
    'Wij vinden het belangrijk dat u dit weet. In deze brief leest u wat er is gebeurd en wat u zelf kunt doen.',
    'We think it is important that you know this. In this letter you can read what happened and what you can do.',
  ),
  headings: {
    happened: t('Wat is er gebeurd met {data}?', 'What happened to {data}?'),
    data: t('Om welke gegevens gaat het?', 'What information is involved?'),
    consequences: t('Wat kan dit betekenen voor {person}?', 'What could this mean for {person}?'),
    measures: t('Wat hebben wij gedaan?', 'What have we done?'),
    yourSteps: t('Wat kunt u zelf doen?', 'What can you do?'),
    questions: t('Heeft u vragen?', 'Do you have questions?'),
    complaints: t('Wilt u een klacht indienen?', 'Do you want to make a complaint?'),
  },
  apology: t('Het spijt ons dat dit is gebeurd.', 'We are sorry that this happened.'),
  closing: t('Met vriendelijke groet,', 'Kind regards,'),
} as const;

// ---------------------------------------------------------------------------------------------
// What happened
// ---------------------------------------------------------------------------------------------

/** One or two sentences per kind of incident; "other" has none and gets a prompt. */
export const INCIDENT_SENTENCES: Record<Exclude<IncidentKind, 'other'>, LocalizedText> = {
  emailWrongRecipient: t(
    'Een e-mail met {data} is per ongeluk naar de verkeerde persoon gestuurd.',
    'An email with {data} was sent to the wrong person by mistake.',
  ),
  emailNoBcc: t(
    'Wij hebben een e-mail naar een groep mensen gestuurd. Alle ontvangers konden zien wie de e-mail nog meer kreeg.',
    'We sent an email to a group of people. Everyone who got it could see who else got it.',
  ),
  letterWrongRecipient: t(
    'Een brief of pakket met {data} is naar de verkeerde persoon gestuurd.',
    'A letter or parcel with {data} was sent to the wrong person.',
  ),
  letterReturnedOpened: t(
    'Een brief met {data} kwam open bij ons terug. Iemand anders kan de brief hebben gelezen.',
    'A letter with {data} came back to us opened. Someone else may have read it.',
  ),
  letterLost: t('Een brief met {data} is onderweg kwijtgeraakt.', 'A letter with {data} was lost in the post.'),
  authorisationsWrong: t(
    'Medewerkers die dat niet mochten, konden {data} bekijken in ons systeem.',
    'Our system let staff view {data} when they were not allowed to.',
  ),
  networkFolderTooOpen: t(
    'In een map op ons netwerk stonden {data}. Te veel mensen konden die map openen.',
    'A folder on our network held {data}. Too many people could open that folder.',
  ),
  lostOrStolen: t('Een apparaat of papieren met {data} zijn kwijtgeraakt of gestolen.', 'A device or papers with {data} were lost or stolen.'),
  publishedByAccident: t(
    'Wij hebben per ongeluk {data} openbaar gemaakt. Andere mensen konden ze daardoor zien.',
    'We made {data} public by mistake. Other people could see it as a result.',
  ),
  hackMalwarePhishing: t(
    'Iemand is zonder toestemming in onze computersystemen gekomen. Daar stonden ook {data}.',
    'Someone got into our computer systems without permission. Those systems also held {data}.',
  ),
  wrongFile: t('Wij hebben {data} per ongeluk in het dossier van iemand anders gezet.', 'We put {data} in someone else’s file by mistake.'),
};

/** When it started: "vermoedelijk"/"probably" while the start is presumed (AP form chapter 4). */
export const DATE_SENTENCES = {
  exact: t('Dit gebeurde op {date}.', 'This happened on {date}.'),
  presumed: t('Dit gebeurde vermoedelijk op {date}.', 'This probably happened on {date}.'),
} as const;

export const MALICIOUS_SENTENCE = t('Iemand deed dit met opzet.', 'Someone did this on purpose.');

export const ONGOING_SENTENCES = {
  yes: t('Het datalek is nog niet voorbij. Wij werken eraan om het te stoppen.', 'The breach is not over yet. We are working to stop it.'),
  no: t('Het datalek is gestopt.', 'The breach has stopped.'),
} as const;

export const RECIPIENT_SENTENCES: Record<Recipients, LocalizedText> = {
  none: t('Voor zover wij weten, heeft niemand anders de gegevens gezien.', 'As far as we know, nobody else has seen the information.'),
  known: t('Wij weten wie de gegevens heeft gekregen.', 'We know who received the information.'),
  unknown: t('Wij weten niet wie de gegevens heeft gezien of gekregen.', 'We do not know who has seen or received the information.'),
};

export const TRUSTED_RECIPIENT_SENTENCE = t('De ontvanger is iemand die wij vertrouwen.', 'The recipient is someone we trust.');

export const RECIPIENT_INTENT_SENTENCES: Record<RecipientIntent, LocalizedText> = {
  none: t('Wij hebben geen aanwijzing dat de ontvanger er iets mee wil doen.', 'We have no sign that the recipient wants to do anything with it.'),
  negligent: t('De ontvanger is er niet zorgvuldig mee omgegaan.', 'The recipient did not handle it with care.'),
  deliberate: t('Iemand heeft de gegevens bewust bekeken, zonder dat dit mocht.', 'Someone looked at the information on purpose, without being allowed to.'),
  malicious: t('Wij denken dat de ontvanger de gegevens misschien wil misbruiken.', 'We think the recipient may want to misuse the information.'),
};

/** Loss of availability (ENISA 2013 §2.3). */
export const AVAILABILITY_SENTENCES: Record<AvailabilityLoss, LocalizedText> = {
  restorable: t(
    'Wij konden de gegevens even niet gebruiken. Wij hebben ze zonder problemen hersteld.',
    'For a short time we could not use the information. We restored it without problems.',
  ),
  temporary: t('Wij konden de gegevens een tijd niet gebruiken.', 'For some time we could not use the information.'),
  partial: t('Een deel van de gegevens zijn wij voorgoed kwijt.', 'We have lost part of the information for good.'),
  permanent: t('Wij zijn de gegevens voorgoed kwijt.', 'We have lost the information for good.'),
};

/** Loss of integrity: was the error put right before anyone used the wrong data? */
export const INTEGRITY_SENTENCES = {
  correctedBeforeUse: t(
    'Wij hebben de fout hersteld voordat iemand de verkeerde gegevens gebruikte.',
    'We corrected the error before anyone used the wrong information.',
  ),
  usedBeforeCorrection: t(
    'De verkeerde gegevens zijn gebruikt voordat wij de fout herstelden.',
    'The wrong information was used before we corrected the error.',
  ),
  usedNotCorrected: t(
    'De verkeerde gegevens zijn misschien gebruikt. Wij herstellen de fout nog.',
    'The wrong information may have been used. We are still correcting the error.',
  ),
} as const;

// ---------------------------------------------------------------------------------------------
// Which data: everyday words for the AP form's categories, to run on in a sentence
// ---------------------------------------------------------------------------------------------

export const DATA_SENTENCES = {
  /** The first sentence of the list; a long list goes on in `more`. */
  first: t('Het gaat om deze gegevens van {person}: {list}.', 'The breach involved this information about {person}: {list}.'),
  more: t('Het gaat ook om {list}.', 'It also involved {list}.'),
  notYetKnown: t('Wij weten nog niet precies om welke gegevens het gaat.', 'We do not yet know exactly what information is involved.'),
  // Credentials take the weight of what they open (ENISA 2013, Annex A).
  credentials: t('Met die inloggegevens kon iemand in {system} komen.', 'With those login details, someone could get into {system}.'),
  careRelationship: t('Uit de gegevens is ook te zien dat {person} zorg van ons krijgt.', 'The information also shows that we provide care to {person}.'),
} as const;

export const DATA_WORDS: Record<Exclude<DataCategory, 'unknown'>, LocalizedText> = {
  name: t('naam', 'name'),
  sex: t('geslacht', 'sex'),
  dateOfBirth: t('leeftijd of geboortedatum', 'age or date of birth'),
  bsn: t('BSN (burgerservicenummer)', 'BSN (citizen service number)'),
  contactDetails: t('contactgegevens', 'contact information'),
  address: t('adres', 'address'),
  email: t('e-mailadres', 'email address'),
  phone: t('telefoonnummer', 'telephone number'),
  credentials: t('inloggegevens', 'login details'),
  financial: t('gegevens over geldzaken', 'information about money matters'),
  iban: t('bankrekeningnummer', 'bank account number'),
  creditCard: t('creditcardgegevens', 'credit card details'),
  debts: t('schulden', 'debts'),
  benefits: t('uitkeringen', 'benefits'),
  idCopies: t('een kopie van een identiteitsbewijs', 'a copy of an ID document'),
  location: t('locatiegegevens', 'location information'),
  criminal: t('gegevens over strafzaken', 'information about criminal matters'),
  other: t('andere gegevens', 'other information'),
};

/** Special categories (art. 9), said the way a patient would say them. */
export const SPECIAL_WORDS: Record<SpecialCategory, LocalizedText> = {
  racialEthnic: t('gegevens over etnische afkomst', 'information about ethnic background'),
  political: t('gegevens over politieke voorkeur', 'information about political views'),
  religious: t('gegevens over geloof of levensovertuiging', 'information about religion or beliefs'),
  tradeUnion: t('vakbondslidmaatschap', 'membership of a trade union'),
  sexLife: t('gegevens over seksuele voorkeur of seksleven', 'information about sexual orientation or sex life'),
  health: t('gegevens over gezondheid of behandeling', 'information about health or treatment'),
  genetic: t('erfelijke gegevens (DNA)', 'genetic information (DNA)'),
  biometric: t('lichaamskenmerken zoals een vingerafdruk of gezichtsscan', 'physical features such as a fingerprint or face scan'),
};

export const CREDENTIAL_SYSTEM_WORDS: Record<CredentialSystem, LocalizedText> = {
  patientRecord: t('ons dossiersysteem', 'our patient record system'),
  mailbox: t('een mailbox van ons', 'one of our mailboxes'),
  hrSystem: t('ons personeelssysteem', 'our staff records system'),
  financialSystem: t('ons financiële systeem', 'our finance system'),
  otherSystem: t('een van onze computersystemen', 'one of our computer systems'),
};

// ---------------------------------------------------------------------------------------------
// Consequences
// ---------------------------------------------------------------------------------------------

/** One plain sentence per consequence on the AP form; "other" needs the officer's words. */
export const CONSEQUENCE_SENTENCES: Record<Exclude<PeopleConsequence, 'other'>, LocalizedText> = {
  discrimination: t('Iemand kan {person} daardoor oneerlijk behandelen.', 'Someone could treat {person} unfairly because of this.'),
  identityFraud: t('Iemand kan proberen zich voor {person} uit te geven.', 'Someone could try to pretend to be {person}.'),
  financialLoss: t('Het kan {person} geld kosten.', 'It could cost {person} money.'),
  reputation: t('Mensen kunnen anders over {person} gaan denken.', 'People could start to think differently about {person}.'),
  professionalSecrecy: t(
    'Iemand kan gegevens hebben gezien die alleen voor zorgverleners bedoeld zijn.',
    'Someone may have seen information meant only for care professionals.',
  ),
  pseudonymisationReversed: t(
    'Iemand kan erachter komen dat bepaalde gegevens over {person} gaan.',
    'Someone could find out that certain information is about {person}.',
  ),
  cannotAccessOrErase: t('Het kan moeilijker worden om {data} in te zien of te laten verwijderen.', 'It may become harder to see {data} or have it deleted.'),
  loseTrack: t('Het kan onduidelijk worden wie {data} heeft of gebruikt.', 'It may become unclear who has or uses {data}.'),
};

export const SEVERITY_SENTENCES: Record<ConsequenceSeverity, LocalizedText> = {
  negligible: t('Wij verwachten weinig of geen gevolgen.', 'We expect little or no effect.'),
  limited: t('Wij verwachten dat de gevolgen beperkt blijven.', 'We expect the effects to stay limited.'),
  significant: t('De gevolgen kunnen ernstig zijn.', 'The effects could be serious.'),
  veryHigh: t('De gevolgen kunnen heel ernstig zijn.', 'The effects could be very serious.'),
};

// ---------------------------------------------------------------------------------------------
// What we did
// ---------------------------------------------------------------------------------------------

export const MEASURE_SENTENCES = {
  recovered: t(
    'Wij hebben de gegevens terug, of de ontvanger heeft bevestigd dat ze zijn verwijderd.',
    'We have the information back, or the recipient has confirmed deleting it.',
  ),
  notRecovered: t('Wij hebben de gegevens niet terug kunnen krijgen.', 'We could not get the information back.'),
  restored: t('Wij hebben de gegevens teruggezet met een reservekopie.', 'We restored the information from a backup copy.'),
  restoredWithLoss: t('Wij hebben de meeste gegevens teruggezet met een reservekopie.', 'We restored most of the information from a backup copy.'),
  // Only with the key known to be safe may the letter say others cannot read the data (art. 34(3)(a)).
  keySafe: t('Daardoor kunnen anderen ze niet lezen.', 'So others cannot read it.'),
  keyCompromised: t('Maar iemand kan ook de sleutel hebben om ze te lezen.', 'But someone may also have the key to read it.'),
  planned: t('Wij nemen ook maatregelen zodat dit niet nog eens gebeurt.', 'We are also taking steps so that this does not happen again.'),
} as const;

/** How the data were protected beforehand; "none" and "unknown" say nothing to the reader. */
export const PROTECTION_SENTENCES: Record<Exclude<Protection, 'none' | 'unknown'>, LocalizedText> = {
  encrypted: t('Wij hadden de gegevens versleuteld.', 'We had encrypted the information.'),
  hashed: t('Wij hadden de gegevens onleesbaar gemaakt.', 'We had made the information unreadable.'),
  otherwiseUnintelligible: t('Wij hadden de gegevens onleesbaar gemaakt.', 'We had made the information unreadable.'),
};

// ---------------------------------------------------------------------------------------------
// What you can do
// ---------------------------------------------------------------------------------------------

/** What the reader can do, per kind of data or consequence; the letter includes those that apply. */
export const LETTER_ADVICE: Record<LetterAdvice, LocalizedText> = {
  credentials: t(
    'Heeft u bij ons een account, bijvoorbeeld voor een cliëntportaal? Verander dan het wachtwoord. Gebruikt u dat wachtwoord ook ergens anders? Verander het daar ook.',
    'Do you have an account with us, for example for a patient portal? Then change the password. Do you use that password anywhere else? Change it there too.',
  ),
  // The CMI is the government's desk for identity fraud, run by the RvIG (Rijksdienst voor Identiteitsgegevens).
  identity: t(
    'Let op vreemde post, rekeningen of contracten {inName}. Denkt u dat iemand een BSN of identiteitsbewijs misbruikt? Neem dan contact op met het Centraal Meldpunt Identiteitsfraude en -fouten (CMI).',
    'Watch out for strange post, bills or contracts {inName}. Do you think someone is misusing a BSN or ID document? Then contact the Central Reporting Point for Identity Fraud (CMI).',
  ),
  financial: t(
    'Kijk de bankafschriften goed na. Ziet u een betaling die u niet kent? Neem dan meteen contact op met de bank.',
    'Check the bank statements carefully. Do you see a payment you do not recognise? Then contact the bank straight away.',
  ),
  phishing: t(
    'Krijgt u een e-mail, sms of telefoontje over dit datalek? Wees dan voorzichtig. Wij vragen nooit om een wachtwoord.',
    'Do you get an email, text message or call about this breach? Then be careful. We will never ask for a password.',
  ),
  care: t(
    'Wilt u praten over wat dit betekent voor de behandeling of begeleiding? Dat kan met de behandelaar.',
    'Would you like to talk about what this means for treatment or support? You can do that with the practitioner.',
  ),
  general: t('Heeft u vragen of maakt u zich zorgen? Neem dan gerust contact met ons op.', 'Do you have questions or worries? Please contact us.'),
};

// ---------------------------------------------------------------------------------------------
// Contact points and complaints
// ---------------------------------------------------------------------------------------------

export const CONTACT_TEXT = {
  /** The FG is the contact point the letter names first (art. 34(2) with 33(3)(b); the FG's tasks: art. 38(4), 39). */
  dpo: t('Neem dan contact op met onze functionaris gegevensbescherming (FG), {name}.', 'Please contact our data protection officer (DPO), {name}.'),
  dpoRole: t('De FG let erop dat wij zorgvuldig met gegevens omgaan.', 'The DPO checks that we handle personal information with care.'),
  /** Another contact point, which art. 33(3)(b) allows where there is no FG. */
  contactPoint: t('Neem dan contact op met {name}.', 'Please contact {name}.'),
  reference: t('Noem daarbij het kenmerk {reference}.', 'Please mention reference {reference}.'),
  /** Every care provider must have a complaints officer, for complaints about its care (Wkkgz art. 15). */
  complaintsOfficer: t(
    'Heeft u een klacht over onze zorg? Neem dan contact op met onze klachtenfunctionaris, {name}.',
    'Do you have a complaint about our care? Please contact our complaints officer, {name}.',
  ),
  /** Everyone may complain to the supervisory authority about the processing of their data (art. 77). */
  authority: t(
    'Bent u het niet eens met hoe wij met {data} omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    'Do you disagree with how we handle {data}? Then you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
  ),
  authorityWebsite: 'autoriteitpersoonsgegevens.nl',
  /** Labels of the contact lines under a contact point: "E-mail: …". */
  lines: {
    email: t('E-mail', 'Email'),
    phone: t('Telefoon', 'Phone'),
    website: t('Website', 'Website'),
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Prompts for the officer: gaps, and the officer's own words to rewrite for the reader
// ---------------------------------------------------------------------------------------------

export const LETTER_PROMPTS = {
  /** The officer's free text is written for the register, not for the reader. */
  rewrite: t('[Herschrijf voor de lezer, in korte zinnen: {text}]', '[Rewrite for the reader, in short sentences: {text}]'),
  happened: t('[Beschrijf in een paar korte zinnen wat er is gebeurd.]', '[Describe in a few short sentences what happened.]'),
  date: t(
    '[Wanneer is het gebeurd? Noem de datum, of schrijf dat die nog niet bekend is.]',
    '[When did it happen? Give the date, or say that it is not known yet.]',
  ),
  data: t('[Noem in gewone woorden welke gegevens het zijn.]', '[Say in plain words which information is involved.]'),
  otherData: t('[Noem in gewone woorden welke andere gegevens het zijn.]', '[Say in plain words which other information is involved.]'),
  consequences: t('[Beschrijf in korte zinnen wat de gevolgen kunnen zijn.]', '[Describe in short sentences what the effects could be.]'),
  measures: t('[Beschrijf in korte zinnen wat er is gedaan om de gevolgen te beperken.]', '[Describe in short sentences what was done to limit the effects.]'),
  planned: t('[Beschrijf wat er wordt gedaan zodat dit niet nog eens gebeurt.]', '[Describe what is being done so that this does not happen again.]'),
  name: t('[naam]', '[name]'),
  reachableAt: t('[e-mailadres of telefoonnummer]', '[email address or phone number]'),
  dpo: t(
    '[Naam, e-mailadres en telefoonnummer van de functionaris gegevensbescherming (FG): vul ze in bij Instellingen. Heeft de organisatie geen FG, noem dan een ander contactpunt.]',
    '[Name, email address and phone number of the data protection officer (DPO): fill them in under Settings. If the organisation has no DPO, name another contact point.]',
  ),
  dpoBesideContact: t(
    '[Heeft de organisatie een functionaris gegevensbescherming (FG)? Vul die in bij Instellingen, dan noemt de brief de FG.]',
    '[Does the organisation have a data protection officer (DPO)? Fill them in under Settings, and the letter names the DPO.]',
  ),
  complaintsOfficer: t(
    '[Naam en bereikbaarheid van de klachtenfunctionaris: vul ze in bij Instellingen.]',
    '[Name and contact details of the complaints officer: fill them in under Settings.]',
  ),
  signature: t('[naam en functie van wie de brief ondertekent]', '[name and role of the person signing]'),
} as const;
