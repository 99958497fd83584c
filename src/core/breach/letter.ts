import {
  DATA_CATEGORY_LABELS,
  LETTER_ADVICE,
  LETTER_TEXT,
  PEOPLE_CONSEQUENCE_LABELS,
  SPECIAL_CATEGORY_LABELS,
  type LetterAdvice,
} from '../../content/breach.js';
import { LOCALES, type Locale } from '../locale.js';
import { AMSTERDAM } from './deadline.js';
import { involvesVulnerableGroup, type BreachRegister, type DataCategory, type PeopleConsequence } from './register.js';

/**
 * A draft letter or e-mail to inform the people involved (art. 34(2)): in clear language what
 * happened, the likely consequences, the measures taken, what they can do, and a contact point.
 * Plain text built from the register; gaps are left as [bracketed] prompts for the officer, who
 * edits the draft before sending.
 */

export interface LetterOrganisation {
  name: string;
  /** The contact point: the privacy officer or FG. */
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

export interface LetterInput {
  organisation: LetterOrganisation;
  register: BreachRegister;
  /** The breach's reference, e.g. "DL-2026-0042". */
  reference: string;
}

export interface LetterDraft {
  subject: string;
  body: string;
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

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

/** The draft in one language. */
export function subjectLetter(input: LetterInput, locale: Locale): LetterDraft {
  const { organisation: org, register, reference } = input;
  const tr = (text: { nl: string; en: string }) => fill(text[locale], { organisation: org.name, reference });
  const dateFormat = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: AMSTERDAM, dateStyle: 'long' });
  const dataLabels = [
    ...register.specialCategories.map((c) => SPECIAL_CATEGORY_LABELS[c][locale]),
    ...register.dataCategories.filter((c) => c !== 'unknown').map((c) => DATA_CATEGORY_LABELS[c][locale]),
  ];
  const consequences = register.peopleConsequences.filter((c) => c !== 'other').map((c) => PEOPLE_CONSEQUENCE_LABELS[c][locale]);
  const consequenceLines = [consequences.length > 0 ? bullets(consequences) : '', register.consequencesDescription.trim()].filter(Boolean);
  const contact = [org.contactName, org.contactEmail, org.contactPhone].filter(Boolean).join(', ') || LETTER_TEXT.fillIn.contact[locale];
  const orPrompt = (text: string, prompt: { nl: string; en: string }) => (text.trim() ? text.trim() : prompt[locale]);

  const opening = [tr(LETTER_TEXT.opening)];
  if (register.startedAt) opening.push(fill(LETTER_TEXT.openingDate[locale], { date: dateFormat.format(new Date(register.startedAt)) }));
  const measures = [orPrompt(register.measuresTaken, LETTER_TEXT.fillIn.measures)];
  if (register.measuresPlanned.trim()) measures.push(`${LETTER_TEXT.planned[locale]} ${register.measuresPlanned.trim()}`);

  const sections = [
    tr(LETTER_TEXT.greeting),
    opening.join(' '),
    `${tr(LETTER_TEXT.whatHappened)}\n${orPrompt(register.summary, LETTER_TEXT.fillIn.summary)}`,
    `${tr(LETTER_TEXT.whichData)}\n${dataLabels.length > 0 ? bullets(dataLabels) : LETTER_TEXT.fillIn.data[locale]}`,
    `${tr(LETTER_TEXT.consequences)}\n${consequenceLines.join('\n') || LETTER_TEXT.fillIn.consequences[locale]}`,
    `${tr(LETTER_TEXT.measures)}\n${measures.join('\n')}`,
    `${tr(LETTER_TEXT.whatYouCanDo)}\n${bullets(letterAdvice(register).map((a) => LETTER_ADVICE[a][locale]))}`,
    `${tr(LETTER_TEXT.contact)}\n${tr(LETTER_TEXT.contactText)}\n${contact}`,
    tr(LETTER_TEXT.complaint),
    tr(LETTER_TEXT.apology),
    `${tr(LETTER_TEXT.closing)}\n${org.name}`,
  ];
  return { subject: tr(LETTER_TEXT.subject), body: sections.join('\n\n') + '\n' };
}

/** The draft in every interface language. */
export function subjectLetters(input: LetterInput): Record<Locale, LetterDraft> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, subjectLetter(input, locale)])) as Record<Locale, LetterDraft>;
}
