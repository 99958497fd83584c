import type { Locale, LocalizedText } from '../locale.js';
import type { ApDetails } from './ap-details.js';
import { AMSTERDAM } from './deadline.js';
import {
  involvesVulnerableGroup,
  type AvailabilityLoss,
  type BreachRegister,
  type ConsequenceSeverity,
  type CredentialSystem,
  type DataCategory,
  type PeopleConsequence,
  type Protection,
  type RecipientIntent,
  type Recipients,
  type SpecialCategory,
} from './register.js';
import type { IncidentKind } from './report.js';

/**
 * A draft letter or e-mail to inform the people involved (art. 34(2)): in plain words what happened,
 * the likely consequences, what was done, what the reader can do, and whom to contact or complain to.
 * Built from the register's facts, one short sentence each; the officer's own texts and every gap
 * appear only as [bracketed] prompts, which the officer replaces before sending.
 */

/** Who reads the letter: the person whose data it is, a parent or guardian of a minor, or an adult's representative. */
export const LETTER_ADDRESSEES = ['self', 'guardian', 'representative'] as const;
export type LetterAddressee = (typeof LETTER_ADDRESSEES)[number];

/** What the reader can do, per kind of data or consequence (texts: LETTER_ADVICE). */
export type LetterAdvice = 'credentials' | 'identity' | 'financial' | 'phishing' | 'care' | 'general';

/** How the letter names the person whose data it is, for each addressee. */
export interface AddresseeWords {
  /** The person, as object: "u", "uw kind". */
  person: LocalizedText;
  /** Their data: "uw gegevens", "de gegevens van uw kind". */
  data: LocalizedText;
  /** "op uw naam", "op naam van uw kind". */
  inName: LocalizedText;
  /** Why the reader gets the letter, when it is not about their own data. */
  why: LocalizedText | null;
  /** What the reader can do for the person, besides the advice on the data. */
  advice: LocalizedText | null;
}

type Texts<K extends string> = Readonly<Record<K, LocalizedText>>;

/**
 * The letter's words: the exports of src/content/breach-letter.ts, which the caller passes in, so
 * that core holds the rules of the letter and content its texts.
 */
export interface LetterTexts {
  ADDRESSEE_WORDS: Readonly<Record<LetterAddressee, AddresseeWords>>;
  LETTER_TEXT: Texts<'subject' | 'greeting' | 'opening' | 'meaning' | 'purpose' | 'apology' | 'closing'> & {
    headings: Texts<'happened' | 'data' | 'consequences' | 'measures' | 'yourSteps' | 'questions' | 'complaints'>;
  };
  INCIDENT_SENTENCES: Texts<Exclude<IncidentKind, 'other'>>;
  DATE_SENTENCES: Texts<'exact' | 'presumed'>;
  MALICIOUS_SENTENCE: LocalizedText;
  ONGOING_SENTENCES: Texts<'yes' | 'no'>;
  RECIPIENT_SENTENCES: Texts<Recipients>;
  TRUSTED_RECIPIENT_SENTENCE: LocalizedText;
  RECIPIENT_INTENT_SENTENCES: Texts<RecipientIntent>;
  AVAILABILITY_SENTENCES: Texts<AvailabilityLoss>;
  INTEGRITY_SENTENCES: Texts<'correctedBeforeUse' | 'usedBeforeCorrection' | 'usedNotCorrected'>;
  DATA_SENTENCES: Texts<'first' | 'more' | 'notYetKnown' | 'credentials' | 'careRelationship'>;
  DATA_WORDS: Texts<Exclude<DataCategory, 'unknown'>>;
  SPECIAL_WORDS: Texts<SpecialCategory>;
  CREDENTIAL_SYSTEM_WORDS: Texts<CredentialSystem>;
  CONSEQUENCE_SENTENCES: Texts<Exclude<PeopleConsequence, 'other'>>;
  SEVERITY_SENTENCES: Texts<ConsequenceSeverity>;
  MEASURE_SENTENCES: Texts<'recovered' | 'notRecovered' | 'restored' | 'restoredWithLoss' | 'keySafe' | 'keyCompromised' | 'planned'>;
  PROTECTION_SENTENCES: Texts<Exclude<Protection, 'none' | 'unknown'>>;
  LETTER_ADVICE: Texts<LetterAdvice>;
  CONTACT_TEXT: Texts<'dpo' | 'dpoRole' | 'contactPoint' | 'reference' | 'complaintsOfficer' | 'authority'> & {
    authorityWebsite: string;
    lines: Texts<'email' | 'phone' | 'website'>;
  };
  LETTER_PROMPTS: Texts<
    | 'rewrite'
    | 'happened'
    | 'date'
    | 'data'
    | 'otherData'
    | 'consequences'
    | 'measures'
    | 'planned'
    | 'name'
    | 'reachableAt'
    | 'dpo'
    | 'dpoBesideContact'
    | 'complaintsOfficer'
    | 'signature'
  >;
}

/** The organisation's name and the contact points from its settings; empty fields count as missing. */
export type LetterOrganisation = { name: string } & Partial<
  Pick<
    ApDetails,
    | 'contactName'
    | 'contactEmail'
    | 'contactPhone'
    | 'dpoName'
    | 'dpoEmail'
    | 'dpoPhone'
    | 'complaintsName'
    | 'complaintsEmail'
    | 'complaintsPhone'
    | 'complaintsUrl'
  >
>;

export interface LetterInput {
  organisation: LetterOrganisation;
  register: BreachRegister;
  /** The breach's public reference, e.g. "K7QM-4XPD-2H" (never the register number: it would tell how many breaches there were). */
  reference: string;
  addressee: LetterAddressee;
}

export interface LetterDraft {
  subject: string;
  body: string;
}

/** Minors' letters go to their parents or guardian first; the officer can choose otherwise. */
export function defaultAddressee(register: Pick<BreachRegister, 'subjectGroups'>): LetterAddressee {
  return register.subjectGroups.includes('minors') ? 'guardian' : 'self';
}

/** Which advice applies, in a fixed order: the most concrete first, the general one always. */
export function letterAdvice(register: BreachRegister): LetterAdvice[] {
  const data = (...c: DataCategory[]) => c.some((x) => register.dataCategories.includes(x));
  const people = (...c: PeopleConsequence[]) => c.some((x) => register.peopleConsequences.includes(x));
  const advice: LetterAdvice[] = [];
  if (data('credentials')) advice.push('credentials');
  if (data('bsn', 'idCopies') || people('identityFraud')) advice.push('identity');
  if (data('financial', 'iban', 'creditCard') || people('financialLoss')) advice.push('financial');
  if (data('email', 'phone', 'contactDetails', 'credentials')) advice.push('phishing');
  if (register.specialCategories.includes('health') || involvesVulnerableGroup(register)) advice.push('care');
  advice.push('general');
  return advice;
}

/** B1: no sentence longer than this; a long list of data is spread over several sentences. */
const MAX_WORDS = 20;
const wordCount = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
const given = (value: string | undefined) => (value?.trim() ? value.trim() : null);
/** The officer's own text inside a prompt: on one line, with no bracket that would end the prompt early. */
const quoted = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/\[/g, '(').replace(/\]/g, ')');
const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** A sentence or block, or nothing where a fact is missing. */
type Part = string | null | false;
const paragraph = (parts: Part[]) => parts.filter(Boolean).join(' ');
const lines = (parts: Part[]) => parts.filter(Boolean).join('\n');

/** What each section needs: the facts, the contact points, and the texts in the reader's language with the reader's words filled in. */
interface Writer {
  r: BreachRegister;
  org: LetterOrganisation;
  locale: Locale;
  say: (text: LocalizedText, extra?: Record<string, string>) => string;
  /** A prompt to rewrite the officer's own text for the reader. */
  rewrite: (text: string) => string;
  texts: LetterTexts;
}

/** The draft in one language, for one kind of reader. */
export function subjectLetter(input: LetterInput, locale: Locale, texts: LetterTexts): LetterDraft {
  const { ADDRESSEE_WORDS, LETTER_ADVICE, LETTER_PROMPTS, LETTER_TEXT } = texts;
  const { organisation: org, register: r, reference, addressee } = input;
  const who = ADDRESSEE_WORDS[addressee];
  const values = { organisation: org.name, reference, person: who.person[locale], data: who.data[locale], inName: who.inName[locale] };
  const say = (text: LocalizedText, extra: Record<string, string> = {}) => fill(text[locale], { ...values, ...extra });
  const w: Writer = { r, org, locale, say, rewrite: (text) => say(LETTER_PROMPTS.rewrite, { text: quoted(text) }), texts };
  const blocks = [
    say(LETTER_TEXT.greeting),
    paragraph([say(LETTER_TEXT.opening), who.why && say(who.why)]),
    paragraph([say(LETTER_TEXT.meaning), say(LETTER_TEXT.purpose)]),
    whatHappened(w),
    whichData(w),
    whatItMeans(w),
    whatWeDid(w),
    lines([say(LETTER_TEXT.headings.yourSteps), who.advice && say(who.advice), ...letterAdvice(r).map((a) => say(LETTER_ADVICE[a]))]),
    questions(w),
    complaints(w),
    say(LETTER_TEXT.apology),
    lines([say(LETTER_TEXT.closing), say(LETTER_PROMPTS.signature), org.name]),
  ];
  return { subject: say(LETTER_TEXT.subject), body: blocks.join('\n\n') + '\n' };
}

function whatHappened({ r, locale, say, rewrite, texts }: Writer): string {
  const {
    AVAILABILITY_SENTENCES,
    DATE_SENTENCES,
    INCIDENT_SENTENCES,
    INTEGRITY_SENTENCES,
    LETTER_PROMPTS,
    LETTER_TEXT,
    MALICIOUS_SENTENCE,
    ONGOING_SENTENCES,
    RECIPIENT_INTENT_SENTENCES,
    RECIPIENT_SENTENCES,
    TRUSTED_RECIPIENT_SENTENCE,
  } = texts;
  const dateFormat = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: AMSTERDAM, dateStyle: 'long' });
  const date = r.startedAt && say(r.startedAtExact ? DATE_SENTENCES.exact : DATE_SENTENCES.presumed, { date: dateFormat.format(new Date(r.startedAt)) });
  const incident = r.incidentKind && r.incidentKind !== 'other' && say(INCIDENT_SENTENCES[r.incidentKind]);
  return lines([
    say(LETTER_TEXT.headings.happened),
    paragraph([
      incident,
      date,
      // A hack is on purpose by its nature; its incident sentence already says so.
      r.malicious === true && r.incidentKind !== 'hackMalwarePhishing' && say(MALICIOUS_SENTENCE),
      r.availabilityLoss && say(AVAILABILITY_SENTENCES[r.availabilityLoss]),
      r.integrityCorrectedBeforeUse === false &&
        say(r.integrityCorrected === true ? INTEGRITY_SENTENCES.usedBeforeCorrection : INTEGRITY_SENTENCES.usedNotCorrected),
      r.recipients && say(RECIPIENT_SENTENCES[r.recipients]),
      r.recipients === 'known' && r.recipientTrusted === true && say(TRUSTED_RECIPIENT_SENTENCE),
      r.recipientIntent && say(RECIPIENT_INTENT_SENTENCES[r.recipientIntent]),
      r.ongoing && r.ongoing !== 'unknown' && say(ONGOING_SENTENCES[r.ongoing]),
    ]),
    given(r.summary) ? rewrite(r.summary) : !incident && say(LETTER_PROMPTS.happened),
    !date && say(LETTER_PROMPTS.date),
  ]);
}

function whichData({ r, locale, say, texts }: Writer): string {
  const { CREDENTIAL_SYSTEM_WORDS, DATA_SENTENCES, DATA_WORDS, LETTER_PROMPTS, LETTER_TEXT, SPECIAL_WORDS } = texts;
  const words = [
    ...r.dataCategories.filter((c) => c !== 'unknown').map((c) => DATA_WORDS[c][locale]),
    ...r.specialCategories.map((c) => SPECIAL_WORDS[c][locale]),
  ];
  const list = new Intl.ListFormat(intlLocale(locale));
  return lines([
    say(LETTER_TEXT.headings.data),
    paragraph([
      ...listSentences(words, say(DATA_SENTENCES.first), say(DATA_SENTENCES.more), list),
      r.dataCategories.includes('unknown') && say(DATA_SENTENCES.notYetKnown),
      r.dataCategories.includes('credentials') &&
        r.credentialsSystem &&
        say(DATA_SENTENCES.credentials, { system: CREDENTIAL_SYSTEM_WORDS[r.credentialsSystem][locale] }),
      r.revealsCareRelationship === true && say(DATA_SENTENCES.careRelationship),
    ]),
    words.length === 0 && say(LETTER_PROMPTS.data),
    r.dataCategories.includes('other') && say(LETTER_PROMPTS.otherData),
  ]);
}

function whatItMeans({ r, say, rewrite, texts }: Writer): string {
  const { CONSEQUENCE_SENTENCES, LETTER_PROMPTS, LETTER_TEXT, SEVERITY_SENTENCES } = texts;
  const sentences = r.peopleConsequences.flatMap((c) => (c === 'other' ? [] : [say(CONSEQUENCE_SENTENCES[c])]));
  return lines([
    say(LETTER_TEXT.headings.consequences),
    paragraph([...sentences, r.consequenceSeverity && say(SEVERITY_SENTENCES[r.consequenceSeverity])]),
    given(r.consequencesDescription)
      ? rewrite(r.consequencesDescription)
      : (sentences.length === 0 || r.peopleConsequences.includes('other')) && say(LETTER_PROMPTS.consequences),
  ]);
}

function whatWeDid({ r, say, rewrite, texts }: Writer): string {
  const { INTEGRITY_SENTENCES, LETTER_PROMPTS, LETTER_TEXT, MEASURE_SENTENCES, PROTECTION_SENTENCES } = texts;
  const protectedBefore = r.protection !== null && r.protection !== 'none' && r.protection !== 'unknown' ? r.protection : null;
  const done = paragraph([
    r.dataRecovered !== null && say(r.dataRecovered ? MEASURE_SENTENCES.recovered : MEASURE_SENTENCES.notRecovered),
    r.backup === 'restored' && say(MEASURE_SENTENCES.restored),
    r.backup === 'restoredWithLoss' && say(MEASURE_SENTENCES.restoredWithLoss),
    r.integrityCorrectedBeforeUse === true && say(INTEGRITY_SENTENCES.correctedBeforeUse),
    protectedBefore && say(PROTECTION_SENTENCES[protectedBefore]),
    protectedBefore && r.keyCompromised !== null && say(r.keyCompromised ? MEASURE_SENTENCES.keyCompromised : MEASURE_SENTENCES.keySafe),
  ]);
  return lines([
    say(LETTER_TEXT.headings.measures),
    done,
    given(r.measuresTaken) ? rewrite(r.measuresTaken) : !done && say(LETTER_PROMPTS.measures),
    given(r.measuresPlanned) ? lines([say(MEASURE_SENTENCES.planned), rewrite(r.measuresPlanned)]) : say(LETTER_PROMPTS.planned),
  ]);
}

/** "E-mail: …", "Telefoon: …" under a contact point, or a prompt when there is no way to reach it. */
function reachableAt({ locale, say, texts }: Writer, contact: { email?: string; phone?: string; website?: string }): string {
  const { CONTACT_TEXT, LETTER_PROMPTS } = texts;
  const { lines: labels } = CONTACT_TEXT;
  const found = (['email', 'phone', 'website'] as const).flatMap((key) => {
    const value = given(contact[key]);
    return value ? [`${labels[key][locale]}: ${value}`] : [];
  });
  return found.length > 0 ? found.join('\n') : say(LETTER_PROMPTS.reachableAt);
}

/** The FG as contact point; another contact point only where no FG is set (art. 33(3)(b)); else a prompt. */
function questions(w: Writer): string {
  const {
    org,
    say,
    texts: { CONTACT_TEXT, LETTER_PROMPTS, LETTER_TEXT },
  } = w;
  const reference = say(CONTACT_TEXT.reference);
  const dpo = given(org.dpoName) || given(org.dpoEmail) || given(org.dpoPhone);
  const contactPoint = given(org.contactName);
  return lines([
    say(LETTER_TEXT.headings.questions),
    ...(dpo
      ? [
          paragraph([say(CONTACT_TEXT.dpo, { name: given(org.dpoName) ?? say(LETTER_PROMPTS.name) }), say(CONTACT_TEXT.dpoRole), reference]),
          reachableAt(w, { email: org.dpoEmail, phone: org.dpoPhone }),
        ]
      : contactPoint
        ? [
            paragraph([say(CONTACT_TEXT.contactPoint, { name: contactPoint }), reference]),
            reachableAt(w, { email: org.contactEmail, phone: org.contactPhone }),
            say(LETTER_PROMPTS.dpoBesideContact),
          ]
        : [say(LETTER_PROMPTS.dpo), reference]),
  ]);
}

/** Complaints about the care to the klachtenfunctionaris (Wkkgz), about the data to the AP (art. 77). */
function complaints(w: Writer): string {
  const {
    org,
    locale,
    say,
    texts: { CONTACT_TEXT, LETTER_PROMPTS, LETTER_TEXT },
  } = w;
  const officer = given(org.complaintsName) || given(org.complaintsEmail) || given(org.complaintsPhone) || given(org.complaintsUrl);
  return lines([
    say(LETTER_TEXT.headings.complaints),
    ...(officer
      ? [
          say(CONTACT_TEXT.complaintsOfficer, { name: given(org.complaintsName) ?? say(LETTER_PROMPTS.name) }),
          reachableAt(w, { email: org.complaintsEmail, phone: org.complaintsPhone, website: org.complaintsUrl }),
        ]
      : [say(LETTER_PROMPTS.complaintsOfficer)]),
    say(CONTACT_TEXT.authority),
    `${CONTACT_TEXT.lines.website[locale]}: ${CONTACT_TEXT.authorityWebsite}`,
  ]);
}

/** Items in sentences of at most MAX_WORDS words: the first sentence, then as many follow-ups as needed. */
function listSentences(items: string[], first: string, more: string, list: Intl.ListFormat): string[] {
  const sentences: string[] = [];
  let frame = first;
  let chunk: string[] = [];
  const render = (f: string, c: string[]) => fill(f, { list: list.format(c) });
  for (const item of items) {
    if (chunk.length > 0 && wordCount(render(frame, [...chunk, item])) > MAX_WORDS) {
      sentences.push(render(frame, chunk));
      frame = more;
      chunk = [];
    }
    chunk.push(item);
  }
  if (chunk.length > 0) sentences.push(render(frame, chunk));
  return sentences;
}
