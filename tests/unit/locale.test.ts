import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, inSentence, isLocale, localeFromAcceptLanguage } from '#core/locale.js';

describe('choosing the interface language from Accept-Language', () => {
  it('defaults to Dutch: Wegwijs is made for Dutch care', () => {
    expect(DEFAULT_LOCALE).toBe('nl');
    expect(localeFromAcceptLanguage(undefined)).toBe('nl');
    expect(localeFromAcceptLanguage('')).toBe('nl');
  });

  it('understands regional variants such as en-GB and nl-BE', () => {
    expect(localeFromAcceptLanguage('en-GB')).toBe('en');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('nl-BE')).toBe('nl');
    expect(localeFromAcceptLanguage('EN-us')).toBe('en');
  });

  it('follows the q-values, not the order in the header', () => {
    expect(localeFromAcceptLanguage('nl;q=0.5, en;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.4,nl-NL;q=0.9')).toBe('nl');
    expect(localeFromAcceptLanguage('en, nl;q=0.9')).toBe('en');
  });

  it('skips unsupported languages and takes the best supported one', () => {
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.3')).toBe('en');
    expect(localeFromAcceptLanguage('fr, tr;q=0.8, nl;q=0.1')).toBe('nl');
  });

  it('falls back to Dutch when no supported language is asked for', () => {
    expect(localeFromAcceptLanguage('de-DE, fr')).toBe('nl');
    expect(localeFromAcceptLanguage('*')).toBe('nl');
    expect(localeFromAcceptLanguage('not a header;;;')).toBe('nl');
  });

  it('never chooses a language marked not acceptable (q=0)', () => {
    expect(localeFromAcceptLanguage('en;q=0')).toBe('nl');
    expect(localeFromAcceptLanguage('en;q=0, de')).toBe('nl');
    expect(localeFromAcceptLanguage('nl;q=0, en;q=0.2')).toBe('en');
  });

  it('isLocale accepts only the interface languages', () => {
    expect(isLocale('nl')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('a label or phrase inside a sentence', () => {
  it('loses the capital of an ordinary first word, and keeps those of abbreviations and names with a capital inside', () => {
    expect(inSentence('Geheugen, aandacht en besluitvorming')).toBe('geheugen, aandacht en besluitvorming');
    expect(inSentence('De reden invullen')).toBe('de reden invullen');
    expect(inSentence('Melden')).toBe('melden');
    for (const kept of ['BSN', 'AVG-formulier invullen', 'ZorgMail gebruiken', 'WhatsApp niet gebruiken', 'E-mails versleutelen', 'de reden', ''])
      expect(inSentence(kept)).toBe(kept);
  });
});
