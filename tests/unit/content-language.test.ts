import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BREACH_EXAMPLES,
  DECISION_AID,
  INCIDENT_KIND_LABELS,
  NON_BREACH_EXAMPLES,
  ONGOING_LABELS,
  PEOPLE_BAND_LABELS,
  REPORT_DATA_KIND_LABELS,
  REPORT_NEXT_STEPS,
  SELF_CHECK_LABELS,
} from '#content/breach.js';
import { GROUPING_PRESETS, INTERVIEW_CLOSING, INTERVIEW_OPENING, SCALE_LABELS, SURVEY_ITEM_BANK } from '#content/comb.js';
import { KNOWLEDGE_SCENARIOS } from '#content/knowledge-scenarios.js';
import { CARE_RECIPIENT, inSector, SECTORS } from '#core/sector.js';
import { fillStatement } from '#core/survey/phrases.js';
import { REPORT_TEXT } from '#server/modules/reports/texts.js';
import { en as appEn } from '#web/i18n/en/index.js';
import { nl as appNl } from '#web/i18n/nl/index.js';
import { BREACH_TEXTS } from '#web/respond/breach/texts.js';
import { KNOWLEDGE_TEXTS } from '#web/respond/knowledge/texts.js';
import { TEXTS as SURVEY_TEXTS } from '#web/respond/texts.js';

/**
 * Dutch content speaks the terms of docs/glossary.md, and the pages staff answer read at B1. The
 * terms, the staff jargon and the sentence limit are read from the glossary itself, so the page
 * and this test cannot say different things.
 */

const GLOSSARY = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');

/** The rows of the markdown table whose header row contains `header`, as trimmed cells. */
function tableRows(header: string): string[][] {
  const lines = GLOSSARY.split('\n');
  const start = lines.findIndex((l) => l.startsWith('|') && l.includes(header));
  if (start < 0) throw new Error(`docs/glossary.md has no table with "${header}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const quoted = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

interface Term {
  concept: string;
  nl: string;
  en: string;
  forbidden: string[];
}

const TERMS: Term[] = tableRows('Niet gebruiken in Nederlandse tekst').map(([concept, nl, en, forbidden]) => ({
  concept: concept!,
  nl: nl!,
  en: en!,
  forbidden: quoted(forbidden!),
}));
const STAFF_JARGON = tableRows('Vakwoord').flatMap(([words]) => quoted(words!));
const MAX_WORDS = Number(/Maximum sentence length on staff pages: \*\*(\d+) words\*\*/.exec(GLOSSARY)?.[1]);

/**
 * A variant matches at the start of a word and may go on (`barrière` catches "barrières"); written
 * with capitals it matches only those capitals, in lower case it matches any (docs/glossary.md).
 */
function matcher(variant: string): RegExp {
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, variant === variant.toLowerCase() ? 'iu' : 'u');
}

interface DutchText {
  where: string;
  text: string;
}

/** Every Dutch string in a value: the `nl` side of a LocalizedText, or every string of a Dutch dictionary. */
function dutchIn(value: unknown, where: string, dictionary: boolean): DutchText[] {
  if (typeof value === 'string') return dictionary ? [{ where, text: value }] : [];
  if (typeof value !== 'object' || value === null) return [];
  const v = value as Record<string, unknown>;
  if (!dictionary && typeof v.nl === 'string' && typeof v.en === 'string') return [{ where, text: v.nl }];
  return Object.entries(v).flatMap(([key, inner]) => dutchIn(inner, `${where}.${key}`, dictionary));
}

/** One sector for each word for whom an organisation cares for: content is read as each of them renders it. */
const SECTOR_PER_WORD = [...new Map(SECTORS.map((s) => [CARE_RECIPIENT[s], s])).values()];

/** Texts as staff read them: with {patiënt} filled in, once for each word a sector gives (src/core/sector.ts). */
const rendered = (texts: DutchText[]): DutchText[] =>
  texts.flatMap(({ where, text }) => [...new Set(SECTOR_PER_WORD.map((sector) => inSector(text, sector)))].map((filled) => ({ where, text: filled })));

const CONTENT = import.meta.glob<Record<string, unknown>>('../../src/content/**/*.ts', { eager: true });
const DUTCH_CONTENT: DutchText[] = rendered([
  ...Object.entries(CONTENT).flatMap(([path, module]) => dutchIn(module, path.replace('../../', ''), false)),
  ...dutchIn(appNl, 'src/web/i18n/nl', true),
  // The plan van aanpak and the final report speak the same words as the pages they are made from.
  ...documentTexts(REPORT_TEXT.nl, 'src/server/modules/reports/texts.ts'),
]);

/** Every Dutch string of the documents' words, their sentence makers called with placeholder words. */
function documentTexts(value: unknown, where: string): DutchText[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value === 'function') {
    // A sentence maker takes words or lists of words.
    const call = (...args: unknown[]) => {
      try {
        return String(value(...args));
      } catch {
        return null;
      }
    };
    const text = call('X', 'Y', 'Z', 'W') ?? call(['X'], ['Y'], ['Z'], ['W']);
    return text === null ? [] : [{ where, text }];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => documentTexts(inner, `${where}.${key}`));
}

/** A respondent page's dictionary with its functions called, so their sentences count too. */
function calledTexts(texts: Record<string, unknown>, where: string): DutchText[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'function' ? [{ where: `${where}.${key}`, text: String(value(3, 5)) }] : dutchIn(value, `${where}.${key}`, true),
  );
}

/** A behaviour phrase as a team writes it, for the survey statements' placeholder. */
const SAMPLE_BEHAVIOUR = 'de reden invullen bij gebruik van de noodknop';
const SAMPLE_BEHAVIOUR_TE = 'de reden in te vullen bij gebruik van de noodknop';

/**
 * What staff read on the report form, the survey and the knowledge check (docs/glossary.md "Staff
 * pages"), and what they hear at the start and end of an interview: the scripts are read aloud to them.
 */
const STAFF_PAGES: DutchText[] = rendered([
  ...calledTexts(BREACH_TEXTS.nl, 'src/web/respond/breach/texts.ts'),
  ...calledTexts(SURVEY_TEXTS.nl, 'src/web/respond/texts.ts'),
  ...calledTexts(KNOWLEDGE_TEXTS.nl, 'src/web/respond/knowledge/texts.ts'),
  ...dutchIn(
    {
      BREACH_EXAMPLES,
      NON_BREACH_EXAMPLES,
      DECISION_AID,
      REPORT_NEXT_STEPS,
      SELF_CHECK_LABELS,
      INCIDENT_KIND_LABELS,
      REPORT_DATA_KIND_LABELS,
      PEOPLE_BAND_LABELS,
      ONGOING_LABELS,
    },
    'src/content/breach.ts',
    false,
  ),
  ...dutchIn({ GROUPING_PRESETS, SCALE_LABELS }, 'src/content/comb.ts', false),
  ...dutchIn(KNOWLEDGE_SCENARIOS, 'src/content/knowledge-scenarios.ts', false),
  ...SURVEY_ITEM_BANK.map((item) => ({
    where: `src/content/comb.ts ${item.id}`,
    text: fillStatement(item.text, { nl: SAMPLE_BEHAVIOUR, nlTe: SAMPLE_BEHAVIOUR_TE, en: '' }).nl,
  })),
  ...[...INTERVIEW_OPENING, ...INTERVIEW_CLOSING].map((line, i) => ({
    where: `src/content/comb.ts interview script ${i + 1}`,
    text: line.nl.replace('{behaviour}', SAMPLE_BEHAVIOUR),
  })),
]);

/** Sentences end at . ? ! or a line break; a word is a run of letters or digits. */
const sentences = (text: string) =>
  text
    .split(/[.?!]+(?=\s|$)|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
const words = (sentence: string) => sentence.match(/[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu) ?? [];

function occurrences(texts: DutchText[], variants: string[]): string[] {
  return texts.flatMap(({ where, text }) => variants.filter((variant) => matcher(variant).test(text)).map((variant) => `${where}: "${variant}" in "${text}"`));
}

describe('the glossary (docs/glossary.md)', () => {
  it('gives every concept one Dutch and one English term, and the limits the test needs', () => {
    expect(TERMS.length).toBeGreaterThan(20);
    for (const term of TERMS) {
      expect(term.nl, term.concept).toMatch(/\S/);
      expect(term.en, term.concept).toMatch(/\S/);
    }
    expect(new Set(TERMS.map((t) => t.concept)).size).toBe(TERMS.length);
    expect(STAFF_JARGON.length).toBeGreaterThan(5);
    expect(MAX_WORDS).toBeGreaterThan(0);
  });

  it('forbids no variant that a chosen Dutch term itself uses', () => {
    const chosen = TERMS.map((t) => ({ where: t.concept, text: t.nl }));
    expect(
      occurrences(
        chosen,
        TERMS.flatMap((t) => t.forbidden),
      ),
    ).toEqual([]);
  });

  it('has the cases issue 17 found: privacy officer and FG apart, belemmering, ggz, usb-stick, ZorgMail, RDI', () => {
    const forbidden = TERMS.flatMap((t) => t.forbidden);
    expect(forbidden).toEqual(expect.arrayContaining(['privacyfunctionaris', 'barrière', 'GGZ', 'USB', 'Zorgmail', 'Agentschap Telecom', 'Klaar op']));
    const nlOf = (concept: string) => TERMS.find((t) => t.concept === concept)?.nl;
    expect(nlOf('FG')).toBe('functionaris gegevensbescherming (FG)');
    expect(nlOf('privacy officer')).toBe('privacy officer');
    expect(nlOf('modelling')).toBe('modellering (voorbeeldgedrag)');
    expect(nlOf('step 3')).toBe('Gedragsfactoren onderzoeken');
  });
});

describe('Dutch content', () => {
  it('is found: the scan reads content and the interface', () => {
    expect(DUTCH_CONTENT.filter((t) => t.where.startsWith('src/content/')).length).toBeGreaterThan(500);
    expect(DUTCH_CONTENT.filter((t) => t.where.startsWith('src/web/i18n/nl')).length).toBeGreaterThan(500);
  });

  it('uses no variant the glossary forbids', () => {
    expect(
      occurrences(
        DUTCH_CONTENT,
        TERMS.flatMap((t) => t.forbidden),
      ),
    ).toEqual([]);
  });

  it('calls the step examples fictitious, because they are', () => {
    expect(appNl.navigator.examples).toBe('Voorbeelden (fictief)');
    expect(appEn.navigator.examples).toBe('Examples (fictitious)');
  });
});

describe('the pages staff answer, at B1', () => {
  it('are found: report form, survey and knowledge check', () => {
    for (const page of [
      'respond/breach/texts.ts',
      'respond/texts.ts',
      'respond/knowledge/texts.ts',
      'content/breach.ts',
      'content/comb.ts',
      'content/knowledge-scenarios.ts',
    ]) {
      expect(
        STAFF_PAGES.some((t) => t.where.includes(page)),
        page,
      ).toBe(true);
    }
  });

  it('have no sentence longer than the glossary’s maximum', () => {
    const long = STAFF_PAGES.flatMap(({ where, text }) =>
      sentences(text)
        .filter((s) => words(s).length > MAX_WORDS)
        .map((s) => `${where}: ${words(s).length} words: "${s}"`),
    );
    expect(long).toEqual([]);
  });

  it('use none of the staff jargon', () => {
    expect(occurrences(STAFF_PAGES, STAFF_JARGON)).toEqual([]);
  });
});
