import { describe, expect, it } from 'vitest';
import * as letterContent from '#content/breach-letter.js';
import { CONTACT_TEXT, LETTER_PROMPTS } from '#content/breach-letter.js';
import { DATA_CATEGORY_LABELS, INCIDENT_KIND_LABELS, PEOPLE_CONSEQUENCE_LABELS, SPECIAL_CATEGORY_LABELS } from '#content/breach.js';
import { LETTER_ADDRESSEES, defaultAddressee, letterAdvice, subjectLetter, type LetterAddressee, type LetterOrganisation } from '#core/breach/letter.js';
import { BreachRegister, DATA_CATEGORIES, PEOPLE_CONSEQUENCES, SPECIAL_CATEGORIES, emptyRegister, type BreachRegisterInput } from '#core/breach/register.js';
import { LOCALES, type Locale, type LocalizedText } from '#core/locale.js';

/**
 * The letter to the people involved (art. 34) as a B1 reader and a privacy lawyer would check it:
 * short sentences in the second person, no form labels, the officer's own words only as prompts,
 * "vermoedelijk" for a presumed date, the right reader, and the contact points from the settings.
 */

const FULL: LetterOrganisation = {
  name: 'GGZ Zuid',
  dpoName: 'Anna de Vries',
  dpoEmail: 'fg@ggzzuid.test',
  dpoPhone: '088 123 45 67',
  complaintsName: 'Bas Jansen',
  complaintsEmail: 'klachten@ggzzuid.test',
  complaintsUrl: 'https://ggzzuid.test/klachten',
};
const CONTACT_ONLY: LetterOrganisation = { name: 'Wijkzorg Oost', contactName: 'Het privacyloket', contactEmail: 'privacy@oost.test' };
const BARE: LetterOrganisation = { name: 'Zorg BV' };

const register = (input: BreachRegisterInput) => BreachRegister.parse(input);
const EMAIL = register({
  startedAt: '2026-10-24T22:30:00Z',
  startedAtExact: true,
  incidentKind: 'emailWrongRecipient',
  summary: 'Overzicht met cliëntgegevens naar een verkeerd extern adres gemaild; betrokkenen zijn 12 cliënten.',
  dataCategories: ['name', 'bsn', 'email'],
  specialCategories: ['health'],
  subjectGroups: ['mentalHealthClients'],
  recipients: 'known',
  recipientTrusted: false,
  recipientIntent: 'none',
  dataRecovered: true,
  ongoing: 'no',
  peopleConsequences: ['professionalSecrecy', 'identityFraud'],
  consequenceSeverity: 'limited',
  measuresTaken: 'De ontvanger heeft bevestigd de e-mail te hebben verwijderd.',
  measuresPlanned: 'Adressen worden voortaan automatisch gecontroleerd.',
});
const STOLEN_LAPTOP = register({
  startedAt: '2026-03-02T08:00:00Z',
  incidentKind: 'lostOrStolen',
  malicious: true,
  dataCategories: ['name', 'dateOfBirth', 'address'],
  subjectGroups: ['minors', 'patients'],
  revealsCareRelationship: true,
  protection: 'encrypted',
  keyCompromised: false,
  recipients: 'unknown',
  consequencesDescription: 'Laag risico voor de betrokkenen: de laptop was versleuteld.',
});
/** Everything at once: the longest letter there is. */
const HACK = register({
  incidentKind: 'hackMalwarePhishing',
  classification: ['confidentiality', 'availability'],
  availabilityLoss: 'partial',
  backup: 'restoredWithLoss',
  dataCategories: [...DATA_CATEGORIES],
  credentialsSystem: 'mailbox',
  specialCategories: [...SPECIAL_CATEGORIES],
  subjectGroups: ['patients', 'employees'],
  protection: 'hashed',
  keyCompromised: true,
  recipients: 'unknown',
  malicious: true,
  ongoing: 'yes',
  peopleConsequences: [...PEOPLE_CONSEQUENCES],
  consequenceSeverity: 'veryHigh',
});
const WRONG_FILE = register({
  startedAt: '2026-05-11T13:00:00+02:00',
  incidentKind: 'wrongFile',
  classification: ['integrity'],
  integrityCorrectedBeforeUse: false,
  dataCategories: ['name'],
  specialCategories: ['sexLife', 'religious'],
  peopleConsequences: ['discrimination', 'reputation', 'pseudonymisationReversed', 'cannotAccessOrErase', 'loseTrack'],
});
const NO_BCC = register({
  incidentKind: 'emailNoBcc',
  startedAt: '2026-01-15T09:00:00Z',
  dataCategories: ['email'],
  revealsCareRelationship: true,
  dataRecovered: false,
});

const REGISTERS: [string, BreachRegister, LetterOrganisation][] = [
  ['an e-mail to the wrong person', EMAIL, FULL],
  ['a stolen laptop', STOLEN_LAPTOP, CONTACT_ONLY],
  ['a hack with every kind of data and consequence', HACK, BARE],
  ['a result in the wrong file', WRONG_FILE, FULL],
  ['addresses in To instead of BCC', NO_BCC, CONTACT_ONLY],
  ['an empty register', emptyRegister(), BARE],
];
const CASES = REGISTERS.flatMap(([name, r, organisation]) =>
  LETTER_ADDRESSEES.flatMap((addressee) => LOCALES.map((locale) => ({ name, register: r, organisation, addressee, locale }))),
);
const letter = (r: BreachRegister, organisation: LetterOrganisation, addressee: LetterAddressee, locale: Locale) =>
  subjectLetter({ organisation, register: r, reference: 'DL-2026-0042', addressee }, locale, letterContent);

const PROMPT = /\[[^\]]*\]/g;
const CONTACT_LINE = new RegExp(
  `^(${Object.values(CONTACT_TEXT.lines)
    .flatMap((l) => [l.nl, l.en])
    .join('|')}): `,
);
/** What the reader reads: the letter without the officer's prompts and without the contact lines. */
const readerText = (body: string) =>
  body
    .split('\n')
    .filter((line) => !CONTACT_LINE.test(line))
    .map((line) => line.replace(PROMPT, '').trim())
    .join('\n');
const sentencesOf = (body: string) =>
  readerText(body)
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.?!])\s+/))
    .filter((s) => /\p{L}/u.test(s));
const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const LABEL_TABLES: Record<string, LocalizedText>[] = [DATA_CATEGORY_LABELS, SPECIAL_CATEGORY_LABELS, PEOPLE_CONSEQUENCE_LABELS];
const LABELS = LABEL_TABLES.flatMap((table) => Object.values(table)).flatMap((l) => [l.nl, l.en]);
const MULTI_WORD_LABELS = LABELS.filter((label) => label.trim().split(/\s+/).length > 1);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The label as words of their own, in any case: "phone number" is not inside "telephone number". */
const containsLabel = (text: string, label: string) => new RegExp(`(?<![\\p{L}-])${escape(label)}(?![\\p{L}])`, 'iu').test(text);

describe.each(CASES)('the letter about $name, to $addressee, in $locale', ({ register: r, organisation, addressee, locale }) => {
  const { body } = letter(r, organisation, addressee, locale);
  const sentences = sentencesOf(body);
  const text = readerText(body);

  it('has short sentences: none over 20 words, 14 on average', () => {
    for (const sentence of sentences) expect(wordsOf(sentence), sentence).toBeLessThanOrEqual(20);
    const average = sentences.reduce((sum, s) => sum + wordsOf(s), 0) / sentences.length;
    expect(average).toBeLessThanOrEqual(14);
  });

  it('starts every sentence with a capital', () => {
    for (const sentence of sentences) expect(sentence, sentence).toMatch(/^[\p{Lu}\p{N}]/u);
  });

  it('pastes no form labels: no "- label" lines, no multi-word label anywhere', () => {
    const labelled = [...LABELS, ...Object.values(INCIDENT_KIND_LABELS).flatMap((l) => [l.nl, l.en])];
    for (const line of body.split('\n')) {
      if (line.startsWith('- '))
        expect(
          labelled.some((label) => line.slice(2).toLowerCase().startsWith(label.toLowerCase())),
          line,
        ).toBe(false);
    }
    for (const label of MULTI_WORD_LABELS) expect(containsLabel(text, label), label).toBe(false);
  });

  it('speaks to the reader, not about "the people involved"', () => {
    if (locale === 'nl') {
      expect(text).toMatch(/\b(u|uw)\b/);
      expect(text).not.toMatch(/hun gegevens|betrokkenen|\b(je|jij|jouw)\b/i);
    } else {
      expect(text).toMatch(/\byour?\b/i);
      expect(text).not.toMatch(/their data|data subjects|people involved/i);
    }
  });

  it('speaks of the child or the represented person only in their letters', () => {
    const child = locale === 'nl' ? 'uw kind' : 'your child';
    const represented = locale === 'nl' ? 'degene die u vertegenwoordigt' : 'the person you represent';
    expect(text.includes(child)).toBe(addressee === 'guardian');
    expect(text.includes(represented)).toBe(addressee === 'representative');
  });

  it('says "vermoedelijk"/"probably" exactly when a start is known but presumed', () => {
    const presumed = r.startedAt !== null && !r.startedAtExact;
    expect(new RegExp(locale === 'nl' ? 'vermoedelijk' : 'probably', 'i').test(text)).toBe(presumed);
  });

  it("keeps the officer's own texts to bracketed prompts", () => {
    for (const own of [r.summary, r.measuresTaken, r.measuresPlanned, r.consequencesDescription].filter((t) => t.trim())) {
      expect(text).not.toContain(own);
      expect(body).toContain(`${LETTER_PROMPTS.rewrite[locale].replace('{text}]', '')}${own}]`);
    }
  });

  it('always points to the Autoriteit Persoonsgegevens for complaints about the data (art. 77)', () => {
    expect(text).toContain('Autoriteit Persoonsgegevens');
    expect(body).toContain(`Website: ${CONTACT_TEXT.authorityWebsite}`);
  });
});

describe('what the letter says', () => {
  it('turns each fact into a plain sentence for the reader', () => {
    const { body } = letter(EMAIL, FULL, 'self', 'nl');
    expect(body).toContain(
      'Wat is er gebeurd met uw gegevens?\nEen e-mail met uw gegevens is per ongeluk naar de verkeerde persoon gestuurd. Dit gebeurde op 25 oktober 2026.',
    );
    expect(body).toContain('Het gaat om deze gegevens van u: naam, BSN (burgerservicenummer), e-mailadres en gegevens over gezondheid of behandeling.');
    expect(body).toContain('Iemand kan proberen zich voor u uit te geven.');
    expect(body).toContain('Wij hebben de gegevens terug, of de ontvanger heeft bevestigd dat ze zijn verwijderd.');
    expect(body).toContain('Centraal Meldpunt Identiteitsfraude');
    expect(body.trimEnd().endsWith('GGZ Zuid')).toBe(true);
  });

  it('speaks to a parent about the child, and to a representative about the person they represent', () => {
    expect(letter(EMAIL, FULL, 'guardian', 'nl').body).toContain('Een e-mail met de gegevens van uw kind is per ongeluk naar de verkeerde persoon gestuurd.');
    expect(letter(EMAIL, FULL, 'guardian', 'nl').body).toContain('Iemand kan proberen zich voor uw kind uit te geven.');
    expect(letter(EMAIL, FULL, 'representative', 'en').body).toContain('Someone could try to pretend to be the person you represent.');
  });

  it('exists in English too', () => {
    const { subject, body } = letter(STOLEN_LAPTOP, FULL, 'self', 'en');
    expect(subject).toBe('Information about a data breach at GGZ Zuid');
    expect(body).toContain('A device or papers with your information were lost or stolen. This probably happened on 2 March 2026.');
    expect(body).toContain('We had encrypted the information. So others cannot read it.');
  });

  it('says the data are unreadable only when the key is known to be safe', () => {
    expect(letter(HACK, FULL, 'self', 'nl').body).toContain('Wij hadden de gegevens onleesbaar gemaakt. Maar iemand kan ook de sleutel hebben om ze te lezen.');
    expect(letter({ ...STOLEN_LAPTOP, keyCompromised: null }, FULL, 'self', 'nl').body).not.toContain('Daardoor kunnen anderen ze niet lezen.');
  });

  it('spreads a long list of data over several sentences, leaving none out', () => {
    const { body } = letter(HACK, BARE, 'representative', 'nl');
    for (const category of DATA_CATEGORIES.filter((c) => c !== 'unknown')) expect(body).toContain(letterContent.DATA_WORDS[category].nl);
    for (const category of SPECIAL_CATEGORIES) expect(body).toContain(letterContent.SPECIAL_WORDS[category].nl);
    expect(body).toContain('Het gaat ook om ');
  });

  it('leaves prompts where the register is still empty', () => {
    const { body } = letter(emptyRegister(), BARE, 'self', 'nl');
    for (const prompt of ['happened', 'date', 'data', 'consequences', 'measures', 'planned'] as const) expect(body).toContain(LETTER_PROMPTS[prompt].nl);
    expect(body).not.toContain('Dit gebeurde');
  });
});

describe('contact points from the settings', () => {
  it('names the FG and the klachtenfunctionaris when they are set', () => {
    const { body } = letter(EMAIL, FULL, 'self', 'nl');
    expect(body).toContain('Neem dan contact op met onze functionaris gegevensbescherming (FG), Anna de Vries.');
    expect(body).toContain('Noem daarbij het kenmerk DL-2026-0042.\nE-mail: fg@ggzzuid.test\nTelefoon: 088 123 45 67');
    expect(body).toContain(
      'Neem dan contact op met onze klachtenfunctionaris, Bas Jansen.\nE-mail: klachten@ggzzuid.test\nWebsite: https://ggzzuid.test/klachten',
    );
    expect(body).not.toMatch(/\[[^\]]*(FG|klachtenfunctionaris)[^\]]*\]/);
  });

  it('prompts for them when they are not', () => {
    const { body } = letter(EMAIL, BARE, 'self', 'en');
    expect(body).toContain(LETTER_PROMPTS.dpo.en);
    expect(body).toContain(LETTER_PROMPTS.complaintsOfficer.en);
    expect(body).not.toContain('Please contact our data protection officer');
  });

  it('names another contact point where there is no FG, and asks for the FG', () => {
    const { body } = letter(EMAIL, CONTACT_ONLY, 'self', 'nl');
    expect(body).toContain('Neem dan contact op met Het privacyloket.');
    expect(body).toContain('E-mail: privacy@oost.test');
    expect(body).toContain(LETTER_PROMPTS.dpoBesideContact.nl);
  });

  it('asks how to reach a contact point that has only a name', () => {
    expect(letter(EMAIL, { name: 'Zorg BV', dpoName: 'Anna de Vries' }, 'self', 'nl').body).toContain(
      'Noem daarbij het kenmerk DL-2026-0042.\n[e-mailadres of telefoonnummer]',
    );
  });
});

describe('the reader and the advice', () => {
  it("writes to a minor's parents or guardian by default", () => {
    expect(defaultAddressee(STOLEN_LAPTOP)).toBe('guardian');
    expect(defaultAddressee(EMAIL)).toBe('self');
  });

  it('gives advice that fits the data', () => {
    expect(letterAdvice(EMAIL)).toEqual(['identity', 'phishing', 'care', 'general']);
    expect(letterAdvice(register({ dataCategories: ['credentials', 'iban'], subjectGroups: ['employees'] }))).toEqual([
      'credentials',
      'financial',
      'phishing',
      'general',
    ]);
  });
});

describe('the letter content', () => {
  const texts = (value: unknown): LocalizedText[] =>
    typeof value !== 'object' || value === null ? [] : 'nl' in value && 'en' in value ? [value as LocalizedText] : Object.values(value).flatMap(texts);
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every text in Dutch and English, with the same placeholders', () => {
    const all = texts(letterContent);
    expect(all.length).toBeGreaterThan(50);
    for (const text of all) {
      expect(text.nl.trim() && text.en.trim(), text.en).toBeTruthy();
      expect(placeholders(text.en), text.en).toEqual(placeholders(text.nl));
    }
  });
});
