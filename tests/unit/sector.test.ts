import { describe, expect, it } from 'vitest';
import { allInSector, CARE_RECIPIENT, DEFAULT_SECTOR, inSector, readSector, SECTOR_PLACEHOLDERS, SECTORS, type Sector } from '#core/sector.js';
import { configFromEnv } from '#server/config.js';

/** Every string in a module's exports, with where it stands. */
function stringsIn(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => stringsIn(inner, `${where}.${key}`));
}

const CONTENT = import.meta.glob<Record<string, unknown>>('../../src/content/**/*.ts', { eager: true });
const CONTENT_TEXTS = Object.entries(CONTENT).flatMap(([path, module]) => stringsIn(module, path.replace('../../', '')));
/** Dutch and English content apart: the `nl` and `en` side of every text. */
const side = (locale: 'nl' | 'en') => CONTENT_TEXTS.filter((t) => t.where.endsWith(`.${locale}`));

/** Anything in braces that reads as a word for the person receiving care, known or misspelled. */
const CARE_WORD_IN_BRACES = /\{[^{}]*(?:pati[eë]nt|cli[eë]nt)[^{}]*\}/giu;
const KNOWN = new Set(Object.keys(SECTOR_PLACEHOLDERS));
const DUTCH = ['{patiënt}', '{patiënten}', '{Patiënt}', '{Patiënten}'];

describe('the sector’s word for the person receiving care', () => {
  it('is patiënt in a hospital, the ggz and forensic care, and cliënt in the vvt and disability care', () => {
    expect(Object.fromEntries(SECTORS.map((s) => [s, inSector('de {patiënt} / the {patient}', s)]))).toEqual({
      hospital: 'de patiënt / the patient',
      vvt: 'de cliënt / the client',
      ggz: 'de patiënt / the patient',
      disability: 'de cliënt / the client',
      forensic: 'de patiënt / the patient',
    });
  });

  it('fills plural, capital and compound forms in Dutch and English, and leaves other placeholders alone', () => {
    const text = '{Patiënten} en {patiënt}gegevens in het {patiënten}dossier; {Patients} and {patient} data, {behaviour}.';
    expect(inSector(text, 'vvt')).toBe('Cliënten en cliëntgegevens in het cliëntendossier; Clients and client data, {behaviour}.');
    expect(inSector(text, 'hospital')).toBe('Patiënten en patiëntgegevens in het patiëntendossier; Patients and patient data, {behaviour}.');
  });

  it('fills every string in plain data and keeps its shape', () => {
    const scenario = { key: 'x', right: 1, options: [{ nl: 'Een {patiënt}', en: 'A {patient}' }], nested: { done: null } };
    expect(allInSector(scenario, 'disability')).toEqual({ key: 'x', right: 1, options: [{ nl: 'Een cliënt', en: 'A client' }], nested: { done: null } });
  });

  it('reads an unknown stored value as the default, which keeps the words the content was written with', () => {
    expect(readSector('ziekenhuis')).toBe(DEFAULT_SECTOR);
    expect(readSector('vvt')).toBe('vvt');
    expect(CARE_RECIPIENT[DEFAULT_SECTOR]).toBe('patient');
  });
});

describe('the content’s placeholders for the person receiving care', () => {
  it('are used: the content speaks of the care recipient through them', () => {
    expect(side('nl').filter((t) => t.text.includes('{patiënt')).length).toBeGreaterThan(50);
    expect(side('en').filter((t) => t.text.includes('{patient')).length).toBeGreaterThan(50);
  });

  it('are all known, Dutch ones in Dutch texts and English ones in English texts', () => {
    const unknown = CONTENT_TEXTS.flatMap(({ where, text }) =>
      [...text.matchAll(CARE_WORD_IN_BRACES)]
        .map((m) => m[0])
        .filter((p) => !KNOWN.has(p))
        .map((p) => `${where}: ${p}`),
    );
    expect(unknown).toEqual([]);
    const wrongLanguage = [
      ...side('nl').flatMap(({ where, text }) => [...text.matchAll(CARE_WORD_IN_BRACES)].filter((m) => !DUTCH.includes(m[0])).map((m) => `${where}: ${m[0]}`)),
      ...side('en').flatMap(({ where, text }) => [...text.matchAll(CARE_WORD_IN_BRACES)].filter((m) => DUTCH.includes(m[0])).map((m) => `${where}: ${m[0]}`)),
    ];
    expect(wrongLanguage).toEqual([]);
  });

  it.each(SECTORS)('leave nothing in braces once filled for %s', (sector: Sector) => {
    const left = CONTENT_TEXTS.map(({ where, text }) => ({ where, text: inSector(text, sector) })).filter(({ text }) => /\{[^{}]*(?:pati|cli)/iu.test(text));
    expect(left.map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });
});

describe('WEGWIJS_DEMO_SECTOR', () => {
  it('picks the demo organisation’s sector, and refuses one it does not know', () => {
    expect(configFromEnv({}).demoSector).toBeUndefined();
    expect(configFromEnv({ WEGWIJS_DEMO_SECTOR: 'disability' }).demoSector).toBe('disability');
    expect(() => configFromEnv({ WEGWIJS_DEMO_SECTOR: 'gehandicaptenzorg' })).toThrow(/WEGWIJS_DEMO_SECTOR/);
  });
});
