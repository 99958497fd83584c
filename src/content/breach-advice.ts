import type { FactChange, Pivot, ProposalReason, ProposalReasonKey, ReasonValue } from '#core/breach/assessment.js';
import { LARGE_NUMBER_OF_PEOPLE, type CbBasis, type DpcAdjustment, type EiBasis, type EnisaDataType, type SeverityLevel } from '#core/breach/enisa.js';
import type { BackupState, CredentialSystem, EaseOfIdentification, RecipientIntent } from '#core/breach/register.js';
import { inSentence, type Locale, type LocalizedText } from '#core/locale.js';
import { CONSEQUENCE_SEVERITY_LABELS, DATA_CATEGORY_LABELS, SPECIAL_CATEGORY_LABELS, SUBJECT_GROUP_LABELS } from './breach.js';

/**
 * The words of the notification proposal (src/core/breach/assessment.ts and enisa.ts): the ENISA
 * labels, the reasons with their sources, and the facts that would turn the proposal. Written by us
 * for privacy officers in Dutch care; nl is the default language. docs/breach-advice.md explains the
 * method as a whole.
 */

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

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
  careRelationship: t(
    'Blijkt dat iemand cliënt is: dat zegt iets over de gezondheid',
    'Shows that someone is a client: that says something about their health',
  ),
  vulnerableContext: t(
    'Kwetsbare personen: de gegevens kunnen hun veiligheid of welzijn raken',
    'Vulnerable people: the data can affect their safety or well-being',
  ),
  identityFraud: t('Maakt identiteitsfraude mogelijk', 'Enables identity fraud'),
  credentialsUnknownSystem: t('Inloggegevens, nog niet vastgelegd waar ze toegang toe geven', 'Login credentials, not yet recorded what they open'),
  creditCard: t('Volledige betaalgegevens: fraude mogelijk', 'Full payment data: fraud possible'),
  bankAccountOnly: t('Alleen een rekeningnummer, zonder verdere financiële gegevens', 'Only an account number, without further financial data'),
};

export const EI_BASIS_LABELS: Record<EiBasis, LocalizedText> = {
  directIdentifiers: t(
    'De gegevens bevatten directe identificatie (naam, BSN, contact- of inloggegevens)',
    'The data contain direct identifiers (name, BSN, contact or login details)',
  ),
  dataUnknown: t('Nog niet bekend welke gegevens: uitgegaan van het zwaarste geval', 'Not yet known which data: the worst case is assumed'),
  indirectOnly: t('Alleen indirect herleidbare gegevens', 'Only indirectly identifying data'),
  officer: t('Vastgesteld door de privacy officer', 'Set by the privacy officer'),
};

/** What set each circumstance's points (ENISA §2.3). */
export const CB_BASIS_LABELS: Record<CbBasis, LocalizedText> = {
  noLoss: t('niet verloren', 'not lost'),
  nobodySaw: t('niemand zag de gegevens', 'nobody saw the data'),
  knownRecipients: t('bekende ontvanger(s)', 'known recipient(s)'),
  knownRecipientPassedOn: t('bekende ontvanger die het doorgaf', 'known recipient who passed it on'),
  knownRecipientMalicious: t('bekende ontvanger met kwade bedoelingen', 'known recipient with ill intent'),
  unknownRecipients: t('onbekend aantal ontvangers', 'unknown number of recipients'),
  correctedBeforeUse: t('hersteld voor gebruik', 'put right before use'),
  alteredRecovered: t('mogelijk gebruikt, wel hersteld', 'possibly used, recovered'),
  alteredNotRecovered: t('mogelijk gebruikt, niet hersteld', 'possibly used, not recovered'),
  restorable: t('zonder moeite terug', 'back without difficulty'),
  temporary: t('tijdelijk weg', 'temporarily unavailable'),
  partial: t('deels blijvend verloren', 'partly lost for good'),
  permanent: t('blijvend verloren', 'lost for good'),
  malicious: t('kwade opzet', 'malicious intent'),
};

export const BACKUP_STATE_LABELS: Record<BackupState, LocalizedText> = {
  none: t('Geen bruikbare back-up', 'No usable backup'),
  restored: t('Back-up volledig teruggezet', 'Backup restored in full'),
  restoredWithLoss: t('Back-up teruggezet, maar niet alles', 'Backup restored, but not everything'),
};

export const CREDENTIAL_SYSTEM_LABELS: Record<CredentialSystem, LocalizedText> = {
  patientRecord: t('Patiënt- of cliëntdossier (EPD/ECD)', 'Patient or client record (EHR)'),
  mailbox: t('E-mail of chat van het werk', 'Work e-mail or chat'),
  hrSystem: t('Personeelssysteem (HR, verzuim)', 'HR system (personnel, sick leave)'),
  financialSystem: t('Financieel systeem', 'Financial system'),
  otherSystem: t('Ander systeem zonder gevoelige gegevens', 'Other system without sensitive data'),
};

export const RECIPIENT_INTENT_LABELS: Record<RecipientIntent, LocalizedText> = {
  none: t('Geen kwade bedoelingen', 'No ill intent'),
  negligent: t('Onzorgvuldig: heeft het doorgestuurd of laten slingeren', 'Careless: passed it on or left it lying around'),
  deliberate: t('Keek bewust zonder reden (bijv. nieuwsgierigheid)', 'Looked on purpose without a reason (e.g. curiosity)'),
  malicious: t('Kwade bedoelingen (misbruik, verspreiden)', 'Ill intent (misuse, spreading)'),
};

/**
 * The proposal's reasons, each naming its source where it states a rule, and saying "Wegwijs" where the
 * rule is this product's choice. Placeholders: {score}, {count}, {threshold}, {hours}, {recipients},
 * {dpc} and {dpcDerived} (numbers), {level} (a severity level), {officer} (a consequence severity),
 * {categories} and {groups} (lists of labels), {technique}, {evidence} and {ground} (the officer's text).
 */
export const PROPOSAL_REASON_TEXT: Record<ProposalReasonKey, LocalizedText> = {
  groundNotPersonalData: t(
    'Er zijn geen persoonsgegevens bij betrokken. Dan is het geen datalek in de zin van de AVG (art. 4 lid 12) en hoeft er niets gemeld te worden. Leg het incident wel vast.',
    'No personal data were involved. Then it is no personal data breach under the GDPR (art. 4(12)) and nothing needs to be notified. Do record the incident.',
  ),
  groundNegligible: t(
    'Je schat de gevolgen verwaarloosbaar in en alle feiten wijzen dezelfde kant op: lage ernst (ENISA-score {score}), gewone gegevens, geen kwetsbare groep of zichtbare zorgrelatie bij inzage, hoogstens {threshold} betrokkenen en hoogstens {threshold} bekende ontvangers, geen opzet. Dan acht Wegwijs een risico onwaarschijnlijk (art. 33 lid 1). WP250, bijlage B, voorbeeld x noemt een groot aantal mensen, gevoelige gegevens of andere risico’s als reden om te melden; zonder die factoren is dit de lezing van Wegwijs, met een eigen grens van {threshold}.',
    'You judge the consequences negligible and every fact points the same way: low severity (ENISA score {score}), ordinary data, no vulnerable group or visible care relationship where data were seen, at most {threshold} people and at most {threshold} known recipients, no intent. Wegwijs then finds a risk unlikely (art. 33(1)). WP250, Annex B, example x names a large number of people, sensitive data or other risks as reasons to notify; without those factors this is Wegwijs’ reading, with a limit of {threshold} of its own.',
  ),
  groundUnintelligible: t(
    'Vertrouwelijkheid: alle betrokken gegevens waren onleesbaar voor anderen met een techniek volgens de stand van de techniek ({technique}), en de sleutel is veilig. Inzage geeft dan geen risico (AP: "vooraf getroffen maatregelen"; WP250, bijlage B, voorbeeld i). De andere voorwaarden van de AP — gegevens intact, een recente back-up — toetst Wegwijs bij integriteit en beschikbaarheid.',
    'Confidentiality: all the data concerned were unintelligible to others with state-of-the-art protection ({technique}), and the key is safe. Access then poses no risk (AP: measures taken beforehand; WP250, Annex B, example i). The AP’s other conditions — data intact, a recent backup — Wegwijs checks under integrity and availability.',
  ),
  groundContained: t(
    'Vertrouwelijkheid: volgens het vastgelegde bewijs heeft niemand de gegevens gezien ({evidence}), er ontbreekt niets, en het ging niet om een inbraak, diefstal of opzet. Een grond van Wegwijs; vergelijk WP250, bijlage B, voorbeeld vii (een fout in de toegang die niemand gebruikte).',
    'Confidentiality: according to the recorded evidence nobody saw the data ({evidence}), nothing is missing, and no intrusion, theft or intent was involved. A Wegwijs ground; compare WP250, Annex B, example vii (an access flaw nobody used).',
  ),
  groundCredentialsNotUsed: t(
    'Vertrouwelijkheid: alleen de inloggegevens van één gebruiker zijn uitgelekt, en volgens de logboeken heeft niemand ermee ingelogd. Zorg dat het wachtwoord is gewijzigd. Een grond van Wegwijs.',
    'Confidentiality: only one user’s login details leaked, and the logs show nobody logged in with them. Make sure the password was changed. A Wegwijs ground.',
  ),
  groundTrustedRecipient: t(
    'Vertrouwelijkheid: de ontvanger is betrouwbaar, had geen kwade bedoelingen en heeft de gegevens niet meer; het gaat om hoogstens 100 mensen (een grens van Wegwijs) en jij schat de gevolgen niet ernstig in (AP: "de onjuiste ontvanger is betrouwbaar"; WP250 § IV.B).',
    'Confidentiality: the recipient is trusted, meant no harm and no longer has the data; at most 100 people are involved (a Wegwijs limit) and you do not judge the consequences serious (AP: the wrong recipient is trusted; WP250 § IV.B).',
  ),
  groundCorrectedBeforeUse: t(
    'Integriteit: de fout is hersteld voordat iemand de verkeerde gegevens gebruikte. Een grond van Wegwijs.',
    'Integrity: the error was put right before anyone used the wrong data. A Wegwijs ground.',
  ),
  groundRestored: t(
    'Beschikbaarheid: de gegevens waren binnen {hours} uur volledig terug, en de zorg of dienstverlening aan mensen liep geen vertraging op (WP250, bijlage B, voorbeelden iii en iv; de grens van {hours} uur is een keuze van Wegwijs).',
    'Availability: the data were back in full within {hours} hours, and care or service to people was not held up (WP250, Annex B, examples iii and iv; the limit of {hours} hours is a Wegwijs choice).',
  ),
  confidentialityAtRisk: t(
    'Vertrouwelijkheid: iemand die dat niet mocht kan de gegevens hebben gezien. Geen vastgelegde grond maakt een risico onwaarschijnlijk: alles onleesbaar met een veilige sleutel, bewijs dat niemand ze zag, of een betrouwbare ontvanger zonder kwade bedoelingen die ze niet meer heeft — bij hoogstens 100 mensen en gevolgen die je niet ernstig inschat.',
    'Confidentiality: someone who should not may have seen the data. No recorded ground makes a risk unlikely: all unintelligible with the key safe, evidence that nobody saw them, or a trusted recipient without ill intent who no longer has them — for at most 100 people and consequences you do not judge serious.',
  ),
  confidentialityNotExcluded: t(
    'Vertrouwelijkheid: na een hack, diefstal of verlies kunnen anderen de gegevens hebben, ook als ze vooral onbereikbaar zijn. Zolang onderzoek dat niet uitsluit (leg vast hoe), gaat het voorstel daarvan uit. Meld dan binnen de termijn en vul later aan (art. 33 lid 4). Een regel van Wegwijs, naar WP250, bijlage B, voorbeeld iv ("na onderzoek").',
    'Confidentiality: after a hack, theft or loss others may have the data, even when they are mainly unavailable. Until an investigation excludes it (record how), the proposal assumes so. Then notify within the deadline and add details later (art. 33(4)). A Wegwijs rule, after WP250, Annex B, example iv ("on investigation").',
  ),
  integrityAtRisk: t(
    'Integriteit: gegevens zijn veranderd of verwisseld, en niet vastgelegd is dat de fout werd hersteld voordat iemand ze gebruikte.',
    'Integrity: data were changed or mixed up, and it is not recorded that the error was put right before anyone used them.',
  ),
  availabilityAtRisk: t(
    'Beschikbaarheid: niet vastgelegd is dat de gegevens binnen 24 uur volledig terug waren én dat zorg of dienstverlening geen vertraging opliep (de 24 uur zijn een grens van Wegwijs).',
    'Availability: it is not recorded that the data were back in full within 24 hours and that care or service was not held up (the 24 hours are a Wegwijs limit).',
  ),
  protectionNotOnRecord: t(
    'De gegevens waren beveiligd, maar niet alles is vastgelegd om erop te steunen: de techniek, dat die volgens de stand van de techniek is (bij een hash: met zout of sleutel, geen makkelijk te raden invoer zoals een BSN), dat álle betrokken gegevens zo beveiligd waren, en dat de sleutel veilig is.',
    'The data were protected, but not everything is recorded to rely on it: the technique, that it is state of the art (for a hash: salted or keyed, no guessable input such as a BSN), that all the data concerned were so protected, and that the key is safe.',
  ),
  severity: t('Ernst volgens ENISA: {level} (score {score}).', 'ENISA severity: {level} (score {score}).'),
  lowIsNoGround: t(
    'Een lage ernst is geen grond om niet te melden. ENISA’s "laag" betekent dat mensen er niets van merken óf enig ongemak hebben; art. 33 lid 1 vraagt dat een risico onwaarschijnlijk is. Wegwijs laat daarom alleen vastgelegde gronden tellen: een keuze uit voorzorg.',
    'A low severity is no ground not to notify. ENISA’s "low" means people are not affected or meet some inconvenience; art. 33(1) asks that a risk be unlikely. Wegwijs therefore lets only recorded grounds count: a choice made from caution.',
  ),
  sensitiveData: t('Er zijn gevoelige gegevens bij betrokken: {categories}.', 'Sensitive data are involved: {categories}.'),
  vulnerableGroup: t('Het gaat om kwetsbare personen: {groups}.', 'Vulnerable people are involved: {groups}.'),
  careRelationship: t(
    'Uit de gegevens blijkt dat iemand cliënt van de organisatie is. Dat zegt iets over de gezondheid.',
    'The data show that someone is a client of the organisation. That says something about their health.',
  ),
  largeNumber: t(
    'Het gaat om ongeveer {count} mensen, meer dan {threshold}: een groot aantal. De ernst gaat daardoor een stap omhoog, tot hoogstens zeer hoog (WP250 § IV.B; de grens van {threshold} is een keuze van Wegwijs).',
    'About {count} people are involved, more than {threshold}: a large number. The severity goes up one step for it, to very high at most (WP250 § IV.B; the limit of {threshold} is a Wegwijs choice).',
  ),
  numberUnknown: t('Het aantal betrokkenen is nog niet bekend.', 'The number of people involved is not known yet.'),
  dataUnknown: t(
    'Nog niet bekend is welke gegevens betrokken zijn; in de zorg kunnen dat gezondheidsgegevens zijn. Meld binnen de termijn en vul later aan (art. 33 lid 4).',
    'It is not yet known which data are involved; in care they may be health data. Notify within the deadline and add details later (art. 33(4)).',
  ),
  maliciousIntent: t(
    'Het lek is met opzet veroorzaakt of de gegevens zijn bewust bekeken (hack, diefstal, nieuwsgierigheid). Wie zo aan gegevens komt, kan ze ook gebruiken. Dat bewust kijken meetelt als opzet, is de lezing van Wegwijs.',
    'The breach was caused on purpose or the data were looked at on purpose (hacking, theft, curiosity). Whoever gets data that way can also use them. Counting looking on purpose as intent is Wegwijs’ reading.',
  ),
  classificationAssumed: t(
    'De classificatie is nog niet ingevuld; uitgegaan van verlies van vertrouwelijkheid.',
    'The classification is not filled in yet; loss of confidentiality is assumed.',
  ),
  officerOverride: t(
    'Je hebt eigen ENISA-waarden gezet: context {dpc} (afgeleid {dpcDerived}), identificeerbaarheid {ease} (afgeleid {easeDerived}). Je reden: {ground}',
    'You set your own ENISA values: context {dpc} (derived {dpcDerived}), ease of identification {ease} (derived {easeDerived}). Your reason: {ground}',
  ),
  noRisk: t(
    'Een risico is onwaarschijnlijk, dus ook geen hoog risico voor de betrokkenen.',
    'A risk is unlikely, so there is no high risk for the people either.',
  ),
  highRisk: t(
    'Waarschijnlijk een hoog risico voor de betrokkenen: ernst {level} (ENISA-score {score}). Wegwijs leest ENISA’s hoog en zeer hoog als een hoog risico in de zin van art. 34.',
    'Likely a high risk for the people: severity {level} (ENISA score {score}). Wegwijs reads ENISA’s high and very high as a high risk under art. 34.',
  ),
  noHighRisk: t(
    'Geen hoog risico voor de betrokkenen: ernst {level} (ENISA-score {score}).',
    'No high risk for the people: severity {level} (ENISA score {score}).',
  ),
  levelRaisedByNumber: t(
    'Het grote aantal mensen ({count}, meer dan {threshold}) maakt de ernst een stap hoger.',
    'The large number of people ({count}, more than {threshold}) raises the severity one step.',
  ),
  levelRaisedByOfficer: t(
    'Je schat de gevolgen {officer} in. Wegwijs laat die inschatting meetellen als die hoger is dan de ENISA-score.',
    'You judge the consequences {officer}. Wegwijs counts that judgement where it is higher than the ENISA score.',
  ),
  officerJudgesLower: t(
    'Je schat de gevolgen {officer} in, lager dan ENISA ({level}). Het voorstel volgt ENISA. Wijkt het besluit af, leg dan vast waarom.',
    'You judge the consequences {officer}, lower than ENISA ({level}). The proposal follows ENISA. If the decision differs, record why.',
  ),
  exceptionUnintelligible: t(
    'Uitzondering art. 34 lid 3 sub a: de gegevens waren onleesbaar voor anderen ({technique}) en de sleutel is veilig. Er is geen blijvend verlies en geen gebruik van verkeerde gegevens vastgelegd.',
    'Exception art. 34(3)(a): the data were unintelligible to others ({technique}) and the key is safe. No lasting loss and no use of wrong data is recorded.',
  ),
  encryptionConfidentialityOnly: t(
    'De versleuteling beschermt alleen tegen inzage. Gegevens zijn ook blijvend verloren, of verkeerde gegevens zijn mogelijk gebruikt, dus art. 34 lid 3 sub a geldt niet.',
    'Encryption only protects against access. Data were also lost for good, or wrong data may have been used, so art. 34(3)(a) does not apply.',
  ),
  exceptionMeasures: t(
    'Uitzondering art. 34 lid 3 sub b: je hebt vastgelegd welke maatregelen het hoge risico wegnemen: {ground}',
    'Exception art. 34(3)(b): you recorded which measures take away the high risk: {ground}',
  ),
  exceptionTrustedRecipient: t(
    'Uitzondering art. 34 lid 3 sub b: de ontvanger is betrouwbaar, had geen kwade bedoelingen en heeft de gegevens niet meer. Daarmee is een hoog risico niet meer waarschijnlijk (AP: "de onjuiste ontvanger is betrouwbaar"; WP250 § IV.B).',
    'Exception art. 34(3)(b): the recipient is trusted, meant no harm and no longer has the data. A high risk is then no longer likely (AP: the wrong recipient is trusted; WP250 § IV.B).',
  ),
  outageWithoutHighRisk: t(
    'Alleen de beschikbaarheid is geschonden. Een hoog risico voor de mensen zit dan in wat de storing met hen deed: Wegwijs rekent het als hoog risico als gegevens blijvend weg zijn of als de zorg langer dan {hours} uur vertraging opliep (overweging 86; WP250, bijlage B, voorbeeld viii). Dat is hier niet zo.',
    'Only availability was lost. A high risk for the people then lies in what the outage did to them: Wegwijs counts it as high when data are lost for good or care was held up for more than {hours} hours (recital 86; WP250, Annex B, example viii). That is not the case here.',
  ),
  exceptionRecipientReturned: t(
    'Uitzondering art. 34 lid 3 sub b: de bekende ontvanger had geen kwade bedoelingen en heeft de gegevens teruggegeven of verwijderd, en de gegevens zijn op zichzelf niet gevoelig. Een hoog risico is dan niet meer waarschijnlijk (WP250 § III.D). Controleer dit en leg het vast in het besluit.',
    'Exception art. 34(3)(b): the known recipient meant no harm and returned or deleted the data, and the data are not sensitive in themselves. A high risk is then no longer likely (WP250 § III.D). Check this and record it in the decision.',
  ),
  returnedButSensitive: t(
    'De ontvanger gaf de gegevens terug of verwijderde ze, maar wat die al zag, blijft: bij gevoelige gegevens (of gevolgen die je ernstig inschat) blijft het hoge risico (WP250 § III.D).',
    'The recipient returned or deleted the data, but what they already saw remains: with sensitive data (or consequences you judge serious) the high risk remains (WP250 § III.D).',
  ),
  measuresNotEnough: t(
    'Je hebt vastgelegd dat de maatregelen het hoge risico niet wegnemen.',
    'You recorded that the measures do not take away the high risk.',
  ),
  exceptionDisproportionate: t(
    'Uitzondering art. 34 lid 3 sub c: iedereen persoonlijk informeren kost onevenredig veel moeite. Informeer in plaats daarvan via een openbare mededeling.',
    'Exception art. 34(3)(c): informing everyone individually would take disproportionate effort. Inform through a public communication instead.',
  ),
  disproportionateForFew: t(
    'Het gaat om ongeveer {count} mensen. Bij zo’n aantal is persoonlijk informeren volgens Wegwijs zelden onevenredig; WP250 § III.D noemt als voorbeeld dat contactgegevens ontbreken. Leg vast waarom het hier onevenredig is.',
    'About {count} people are involved. With such a number, informing them personally is rarely disproportionate in Wegwijs’ view; WP250 § III.D gives missing contact details as its example. Record why it is disproportionate here.',
  ),
};

/** "If …": one changed fact, as a clause. */
export const FACT_CHANGE_TEXT: Record<FactChange, LocalizedText> = {
  'recipients:known': t('de gegevens alleen bij bekende ontvangers waren gekomen', 'the data had only reached known recipients'),
  'recipients:unknown': t('een onbekend aantal mensen de gegevens kon zien', 'an unknown number of people could see the data'),
  'recipientTrusted:false': t('de ontvanger niet betrouwbaar was', 'the recipient was not trusted'),
  'dataRecovered:true': t('de gegevens terug waren of aantoonbaar verwijderd', 'the data were back or shown to be deleted'),
  'dataRecovered:false': t('de gegevens niet terug waren en niet aantoonbaar verwijderd', 'the data were not back and not shown to be deleted'),
  'recipientIntent:none': t('de ontvanger geen kwade bedoelingen had', 'the recipient meant no harm'),
  'recipientIntent:malicious': t('de ontvanger kwade bedoelingen had', 'the recipient meant harm'),
  'keyCompromised:true': t('de sleutel of het wachtwoord ook bij anderen kon zijn', 'others could have the key or password too'),
  'keyCompromised:false': t('vaststond dat de sleutel veilig is', 'the key was known to be safe'),
  'protectionStateOfTheArt:true': t('vaststond dat de beveiliging volgens de stand van de techniek is', 'the protection was known to be state of the art'),
  'protectionCoversAll:false': t('niet alle betrokken gegevens zo beveiligd waren', 'not all the data concerned were so protected'),
  'backup:restored': t('een back-up alles had teruggezet', 'a backup had restored everything'),
  'backup:none': t('er geen bruikbare back-up was', 'there was no usable backup'),
  'careHeldUp:true': t('de zorg of dienstverlening toch vertraging had opgelopen', 'care or service had been held up after all'),
  'integrityCorrectedBeforeUse:true': t(
    'de fout was hersteld voordat iemand de gegevens gebruikte',
    'the error had been put right before anyone used the data',
  ),
  'integrityCorrectedBeforeUse:false': t('iemand de verkeerde gegevens had gebruikt', 'someone had used the wrong data'),
  'confidentialityExcluded:false': t(
    'onderzoek niet had uitgesloten dat anderen de gegevens hebben',
    'an investigation had not excluded that others have the data',
  ),
  'credentialsUsed:true': t('iemand met de inloggegevens had ingelogd', 'someone had logged in with the credentials'),
  'malicious:true': t('het lek met opzet was veroorzaakt', 'the breach had been caused on purpose'),
  'malicious:false': t('het lek niet met opzet was veroorzaakt', 'the breach had not been caused on purpose'),
  'people:large': t(`het om meer dan ${LARGE_NUMBER_OF_PEOPLE} mensen ging`, `more than ${LARGE_NUMBER_OF_PEOPLE} people were involved`),
  'people:small': t('het om één persoon ging', 'only one person was involved'),
  'specialCategories:health': t('er ook gezondheidsgegevens bij waren', 'health data were involved too'),
  'specialCategories:none': t('er geen bijzondere persoonsgegevens bij waren', 'no special-category data were involved'),
  'revealsCareRelationship:true': t('uit de gegevens bleek dat iemand cliënt is', 'the data showed that someone is a client'),
};

const PIVOT_WORDS = {
  if: t('Als', 'If'),
  and: t('en', 'and'),
  notifyAp: { true: t('wel melden bij de AP', 'notify the AP'), false: t('niet melden bij de AP', 'do not notify the AP') },
  informSubjects: { true: t('wel de betrokkenen informeren', 'inform the people'), false: t('de betrokkenen niet informeren', 'do not inform the people') },
} as const;

/** "Als de ontvanger de verwijdering niet had bevestigd: wel de betrokkenen informeren." */
export function pivotText(pivot: Pivot, locale: Locale): string {
  const outcomes = [
    pivot.notifyAp === undefined ? null : PIVOT_WORDS.notifyAp[`${pivot.notifyAp}`][locale],
    pivot.informSubjects === undefined ? null : PIVOT_WORDS.informSubjects[`${pivot.informSubjects}`][locale],
  ].filter((o): o is string => o !== null);
  return `${PIVOT_WORDS.if[locale]} ${FACT_CHANGE_TEXT[pivot.change][locale]}: ${outcomes.join(` ${PIVOT_WORDS.and[locale]} `)}.`;
}

/** The label set each placeholder's keys come from. */
const VALUE_LABELS: Record<string, Record<string, LocalizedText>> = {
  level: SEVERITY_LEVEL_LABELS,
  officer: CONSEQUENCE_SEVERITY_LABELS,
  ease: EASE_OF_IDENTIFICATION_LABELS,
  easeDerived: EASE_OF_IDENTIFICATION_LABELS,
  categories: { ...DATA_CATEGORY_LABELS, ...SPECIAL_CATEGORY_LABELS },
  groups: SUBJECT_GROUP_LABELS,
};

/** The text of one reason in a language, with its placeholders filled and its keys turned into labels. */
export function reasonText(reason: Pick<ProposalReason, 'key' | 'values'>, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  const label = (name: string, key: string) => {
    const found = VALUE_LABELS[name]?.[key];
    // Labels run on inside a sentence; acronyms (BSN, IGJ) keep their capitals.
    return found ? inSentence(found[locale]) : key;
  };
  const render = (value: ReasonValue, name: string) =>
    typeof value === 'number' ? number.format(value) : Array.isArray(value) ? value.map((v) => label(name, v)).join(', ') : label(name, value);
  return PROPOSAL_REASON_TEXT[reason.key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = reason.values?.[name];
    return value === undefined ? whole : render(value, name);
  });
}
