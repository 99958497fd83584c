import { z } from 'zod';
import type { Locale } from '#core/locale.js';

/** Zod drops the input from finished issues; mark missing values here (a missing choice too) so we can say "required". */
z.config({ customError: (iss) => ((iss.code === 'invalid_type' || iss.code === 'invalid_value') && iss.input === undefined ? 'required' : undefined) });

export interface FieldError {
  field: string;
  message: string;
}

type Params = Record<string, unknown>;
type Texts = Record<Locale, (p: Params) => string>;

const typeNames: Record<string, Record<Locale, string>> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  boolean: { nl: 'ja of nee', en: 'true or false' },
  object: { nl: 'een object', en: 'an object' },
  array: { nl: 'een lijst', en: 'a list' },
};
const typeName = (p: Params, l: Locale) => typeNames[String(p.expected)]?.[l] ?? String(p.expected);
const isText = (p: Params) => p.origin === 'string';
const isList = (p: Params) => p.origin === 'array' || p.origin === 'set';
const isDate = (p: Params) => p.origin === 'date';
const day = (limit: unknown) => new Date(Number(limit)).toISOString().slice(0, 10);

const TEXTS: Record<string, Texts> = {
  required: { nl: () => 'Dit veld is verplicht.', en: () => 'This field is required.' },
  invalid_type: {
    nl: (p) => `Verwacht ${typeName(p, 'nl')}.`,
    en: (p) => `Expected ${typeName(p, 'en')}.`,
  },
  too_small: {
    nl: (p) =>
      isDate(p)
        ? `Kies een datum vanaf ${day(p.minimum)}.`
        : isText(p)
          ? Number(p.minimum) <= 1
            ? 'Dit veld mag niet leeg zijn.'
            : `Gebruik minstens ${p.minimum} tekens.`
          : isList(p)
            ? `Kies er minstens ${p.minimum}.`
            : `Moet minstens ${p.minimum} zijn.`,
    en: (p) =>
      isDate(p)
        ? `Choose a date from ${day(p.minimum)}.`
        : isText(p)
          ? Number(p.minimum) <= 1
            ? 'This field may not be empty.'
            : `Use at least ${p.minimum} characters.`
          : isList(p)
            ? `Choose at least ${p.minimum}.`
            : `Must be at least ${p.minimum}.`,
  },
  too_big: {
    nl: (p) =>
      isDate(p)
        ? `Kies een datum tot en met ${day(p.maximum)}.`
        : isText(p)
          ? `Gebruik hoogstens ${p.maximum} tekens.`
          : isList(p)
            ? `Kies er hoogstens ${p.maximum}.`
            : `Mag hoogstens ${p.maximum} zijn.`,
    en: (p) =>
      isDate(p)
        ? `Choose a date up to ${day(p.maximum)}.`
        : isText(p)
          ? `Use at most ${p.maximum} characters.`
          : isList(p)
            ? `Choose at most ${p.maximum}.`
            : `Must be at most ${p.maximum}.`,
  },
  invalid_format: {
    nl: (p) => (p.format === 'email' ? 'Vul een geldig e-mailadres in.' : p.format === 'uuid' ? 'Ongeldige id.' : 'Ongeldige notatie.'),
    en: (p) => (p.format === 'email' ? 'Enter a valid e-mail address.' : p.format === 'uuid' ? 'Invalid id.' : 'Invalid format.'),
  },
  invalid_value: {
    nl: (p) => `Kies een van: ${(p.values as unknown[] | undefined)?.join(', ') ?? ''}.`,
    en: (p) => `Choose one of: ${(p.values as unknown[] | undefined)?.join(', ') ?? ''}.`,
  },
  unrecognized_keys: {
    nl: (p) => `Onbekend veld: ${(p.keys as string[] | undefined)?.join(', ') ?? ''}.`,
    en: (p) => `Unknown field: ${(p.keys as string[] | undefined)?.join(', ') ?? ''}.`,
  },
  duplicateId: { nl: () => 'Deze id komt twee keer voor.', en: () => 'This id occurs twice.' },
  notACoordinator: { nl: () => 'Kies een van de trajectleiders.', en: () => 'Choose one of the coordinators.' },
  duplicateFactor: { nl: () => 'Deze factor staat er twee keer in.', en: () => 'This factor is listed twice.' },
  tdfFactor: { nl: () => 'Dit domein hoort bij een andere COM-B-factor.', en: () => 'This domain belongs to another COM-B factor.' },
  duplicateRole: { nl: () => 'Deze rol staat er twee keer in.', en: () => 'This role is listed twice.' },
  oneAccountable: {
    nl: () => 'Kies precies één eindverantwoordelijke. Met twee is niemand echt eindverantwoordelijk.',
    en: () => 'Choose exactly one accountable party. With two, nobody really is.',
  },
  unknownStep: { nl: () => 'Kies een stap van 1 tot en met 6.', en: () => 'Choose a step from 1 to 6.' },
  outsideCentury: { nl: () => 'Kies een datum tussen 2000 en 2099.', en: () => 'Choose a date between 2000 and 2099.' },
  duplicateStep: { nl: () => 'Deze stap staat er twee keer in.', en: () => 'This step is listed twice.' },
  duplicateParticipant: { nl: () => 'Deze deelnemer staat er twee keer in.', en: () => 'This participant is listed twice.' },
  duplicateScope: { nl: () => 'Dit onderdeel staat er twee keer in.', en: () => 'This item is listed twice.' },
  duplicateWorksheet: { nl: () => 'Dit werkblad staat er twee keer in.', en: () => 'This worksheet is listed twice.' },
  emptySubmission: { nl: () => 'Schrijf je antwoord of kies een werkblad.', en: () => 'Write your answer or choose a worksheet.' },
  participationTwice: {
    nl: () => 'Een organisatie staat in meer dan één subgroep. Zet elke organisatie in één subgroep.',
    en: () => 'An organisation is in more than one subgroup. Put each organisation in one subgroup.',
  },
  duplicateMethod: { nl: () => 'Deze methode staat er twee keer in.', en: () => 'This method is listed twice.' },
  duplicateSource: { nl: () => 'Deze bron staat er twee keer in.', en: () => 'This source is listed twice.' },
  duplicateEmail: { nl: () => 'Dit e-mailadres staat er twee keer in.', en: () => 'This e-mail address is listed twice.' },
  textRequired: { nl: () => 'Vul de tekst in minstens één taal in.', en: () => 'Fill in the text in at least one language.' },
  repeatedStatement: {
    nl: (p) =>
      `Deze stelling staat er al in (stelling ${(p.params as Params | undefined)?.statement}). Vraag elke stelling één keer: herhalingen samen kunnen laten zien wat één collega antwoordde.`,
    en: (p) =>
      `This statement is already in the survey (statement ${(p.params as Params | undefined)?.statement}). Ask each statement once: repeats taken together can show what one colleague answered.`,
  },
  repeatedBankStatement: {
    nl: (p) => `Deze stelling uit de itembank staat er al in (stelling ${(p.params as Params | undefined)?.statement}). Vraag elke stelling één keer.`,
    en: (p) => `This item bank statement is already in the survey (statement ${(p.params as Params | undefined)?.statement}). Ask each statement once.`,
  },
  duplicate: { nl: () => 'Deze waarde staat er twee keer in.', en: () => 'This value is listed twice.' },
  endBeforeStart: { nl: () => 'De einddatum ligt voor de startdatum.', en: () => 'The end date is before the start date.' },
  maxBelowMin: { nl: () => 'Het maximum is kleiner dan het minimum.', en: () => 'The maximum is below the minimum.' },
  reasonRequired: { nl: () => 'Geef aan waarom dit niet van toepassing is.', en: () => 'Say why this does not apply.' },
  targetWrongDirection: {
    nl: () => 'De streefwaarde moet de goede kant op liggen: hoger dan de 0-meting als hoger beter is, lager als lager beter is.',
    en: () => 'The target must lie in the right direction: above the baseline when higher is better, below it when lower is better.',
  },
  kpiFactorRequired: { nl: () => 'Kies de COM-B-factor waarvan je de score volgt.', en: () => 'Choose the COM-B factor whose score you follow.' },
  kpiMeasuresRequired: {
    nl: () => 'Kies wat deze KPI meet: het gedrag, een gedragsfactor of het bereik van een interventie.',
    en: () => 'Choose what this KPI measures: the behaviour, a behavioural factor or the reach of an intervention.',
  },
  kpiMeasuresNotAllowed: {
    nl: () => 'Een KPI met een vaste indicator zegt zelf wat hij meet. Laat dit veld leeg.',
    en: () => 'A KPI with a built-in indicator says itself what it measures. Leave this field empty.',
  },
  followUpBeforeBaseline: {
    nl: () => 'De 1-meting komt na de 0-meting. Kies een latere dag.',
    en: () => 'The follow-up measurement comes after the baseline. Choose a later day.',
  },
  kpiFactorNotAllowed: {
    nl: () => 'Alleen een KPI met de score uit de vragenlijst volgt een COM-B-factor. Laat de factor leeg.',
    en: () => 'Only a KPI with the survey score follows a COM-B factor. Leave the factor empty.',
  },
  unstorableCharacter: {
    nl: () => 'Deze tekst bevat een teken dat niet kan worden opgeslagen. Haal het weg of typ de tekst opnieuw.',
    en: () => 'This text contains a character that cannot be stored. Remove it or type the text again.',
  },
  duplicateChoice: { nl: () => 'Deze keuze staat er twee keer in.', en: () => 'This choice is listed twice.' },
  happenedAfterNoticed: {
    nl: () => 'Het moment waarop het gebeurde ligt na het moment waarop je het merkte.',
    en: () => 'The moment it happened is after the moment you noticed it.',
  },
  kvkNumber: {
    nl: () => 'Een KvK-nummer heeft acht cijfers.',
    en: () => 'A Chamber of Commerce (KvK) number has eight digits.',
  },
  phoneInvalid: {
    nl: () => 'Vul een telefoonnummer in met alleen cijfers, spaties, +, - of haakjes.',
    en: () => 'Enter a phone number with only digits, spaces, +, - or brackets.',
  },
  groundRequired: {
    nl: () => 'Schrijf op welke maatregelen het hoge risico wegnemen, en waarom. Zonder die onderbouwing geldt de uitzondering niet.',
    en: () => 'Write down which measures take away the high risk, and why. Without that ground the exception does not apply.',
  },
  publicCommunicationRequired: {
    nl: () => 'Schrijf op waarom iedereen apart informeren te veel moeite kost, en hoe je de mensen in plaats daarvan openbaar informeert.',
    en: () => 'Write down why informing everyone separately takes too much effort, and how you inform the people publicly instead.',
  },
  backupRestoredButLost: {
    nl: () => 'De back-up heeft alles teruggezet, maar de gegevens staan als (deels) blijvend verloren. Pas een van de twee aan.',
    en: () => 'The backup restored everything, yet the data are recorded as (partly) lost for good. Change one of the two.',
  },
  backupLossNotRecorded: {
    nl: () => 'De back-up zette niet alles terug: kies bij verlies van beschikbaarheid "deels blijvend verloren" of "blijvend verloren".',
    en: () => 'The backup did not restore everything: choose "partly lost for good" or "lost for good" as the loss of availability.',
  },
  personalDataContradicted: {
    nl: () => 'Je vulde persoonsgegevens of betrokkenen in, maar ook dat er geen persoonsgegevens bij betrokken waren. Pas een van de twee aan.',
    en: () => 'You filled in personal data or people involved, but also that no personal data were involved. Change one of the two.',
  },
  basisRequired: {
    nl: () => 'Schrijf op hoe is vastgesteld dat niemand de gegevens kon inzien, bijvoorbeeld met een forensisch onderzoek.',
    en: () => 'Write down how it was established that nobody could see the data, for instance by a forensic investigation.',
  },
  overrideReasonRequired: {
    nl: () => 'Schrijf op waarom je afwijkt van de waarden die de methode afleidt.',
    en: () => 'Write down why you depart from the values the method derives.',
  },
  intentNeedsKnownRecipient: {
    nl: () => 'De bedoeling van de ontvanger vul je alleen in bij een bekende ontvanger.',
    en: () => "Fill in the recipient's intent only for a known recipient.",
  },
  momentInFuture: { nl: () => 'Dit moment ligt in de toekomst.', en: () => 'This moment is in the future.' },
  apReferenceFormat: {
    nl: () => 'Neem het meldnummer over zoals de AP het gaf: letters en cijfers, eventueel met punten, streepjes of schuine strepen.',
    en: () => 'Copy the notification number as the AP gave it: letters and digits, possibly with dots, dashes or slashes.',
  },
  unknownScenario: { nl: () => 'Dit scenario staat niet in de set.', en: () => 'This scenario is not in the set.' },
  departmentsTooFew: {
    nl: () => 'Geef geen afdelingen of minstens twee: met één afdeling is iedereen herkenbaar.',
    en: () => 'Give no departments or at least two: with one department everyone is identifiable.',
  },
  loginNameFormat: {
    nl: () => 'Gebruik kleine letters, cijfers en streepjes, zoals zorggroep-noord.',
    en: () => 'Use lower-case letters, digits and hyphens, such as zorggroep-noord.',
  },
  issuerNotHttps: {
    nl: () => 'Vul het https-adres van de identiteitsprovider in.',
    en: () => 'Enter the https address of the identity provider.',
  },
  linkNotAllowed: {
    nl: () =>
      'Zet hier geen webadres, e-mailadres of iets wat erop lijkt (zoals woord.nl): zo kan niemand een uitnodiging van Wegwijs gebruiken voor phishing. De link naar de vragenlijst zet Wegwijs er zelf in. Staat er een punt tussen twee woorden, zet er dan een spatie achter.',
    en: () =>
      'Do not put a web address, e-mail address or anything like one (such as word.com) here: that way nobody can use an invitation from Wegwijs for phishing. Wegwijs adds the link to the survey itself. If a full stop sits between two words, put a space after it.',
  },
  answerCount: {
    nl: (p) => `Verwacht ${(p.params as Params | undefined)?.expected} waarden, passend bij de vragenlijst of kennischeck waar deze rij bij hoort.`,
    en: (p) => `Expected ${(p.params as Params | undefined)?.expected} values, to fit the survey or knowledge check this row belongs to.`,
  },
  releasedOnlyWhenClosed: {
    nl: () => 'Uitkomsten horen alleen bij een gesloten vragenlijst of kennischeck.',
    en: () => 'Results belong only to a closed survey or knowledge check.',
  },
  notInDefinition: {
    nl: () => 'Deze waarde komt niet voor in de vragenlijst of kennischeck waar deze rij bij hoort.',
    en: () => 'This value does not occur in the survey or knowledge check this row belongs to.',
  },
  not_multiple_of: { nl: () => 'Ongeldige waarde.', en: () => 'Invalid value.' },
};
const fallback: Texts = { nl: () => 'Ongeldige waarde.', en: () => 'Invalid value.' };

/** A field error from one failed check, as reported by fastify-type-provider-zod. */
export function describeIssue(
  issue: { keyword: string; instancePath: string; message?: string; params: Params },
  context: string | undefined,
  locale: Locale,
): FieldError {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const unknownKeys = issue.keyword === 'unrecognized_keys' ? (issue.params.keys as string[] | undefined) : undefined;
  const field = path || unknownKeys?.join(',') || context || 'body';
  // Our own checks carry their message key (custom issues, and a pattern named like phoneInvalid); Zod's built-in ones are named by keyword.
  const own = issue.message !== undefined && Object.hasOwn(TEXTS, issue.message) && (issue.keyword === 'custom' || issue.keyword === 'invalid_format');
  const key = issue.message === 'required' || own ? issue.message! : issue.keyword;
  return { field, message: (TEXTS[key] ?? fallback)[locale](issue.params) };
}
