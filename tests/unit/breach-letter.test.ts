import { describe, expect, it } from 'vitest';
import { letterAdvice, subjectLetter, subjectLetters } from '../../src/core/breach/letter.js';
import { BreachRegister, emptyRegister } from '../../src/core/breach/register.js';

const register = BreachRegister.parse({
  startedAt: '2026-10-24T22:30:00Z',
  summary: 'Een overzicht met cliëntgegevens is per e-mail naar een verkeerd adres gestuurd.',
  dataCategories: ['name', 'bsn', 'email'],
  specialCategories: ['health'],
  subjectGroups: ['mentalHealthClients'],
  peopleConsequences: ['professionalSecrecy', 'identityFraud'],
  measuresTaken: 'De ontvanger heeft bevestigd de e-mail te hebben verwijderd.',
  measuresPlanned: 'Adressen worden voortaan automatisch gecontroleerd.',
});
const organisation = { name: 'GGZ Zuid', contactName: 'Privacyloket', contactEmail: 'privacy@example.org', contactPhone: '088 123 45 67' };

describe('the letter to the people involved', () => {
  it('covers what art. 34 asks, in Dutch', () => {
    const { subject, body } = subjectLetter({ organisation, register, reference: 'DL-2026-0042' }, 'nl');
    expect(subject).toBe('Informatie over een datalek bij GGZ Zuid');
    expect(body).toContain('Het datalek vond plaats op 25 oktober 2026.');
    expect(body).toContain('Wat is er gebeurd?\nEen overzicht met cliëntgegevens');
    expect(body).toContain('- Gezondheid\n- Naam\n- Burgerservicenummer (BSN)\n- E-mailadres');
    expect(body).toContain('- Identiteitsdiefstal of -fraude');
    expect(body).toContain('Om herhaling te voorkomen: Adressen worden voortaan automatisch gecontroleerd.');
    expect(body).toContain('Centraal Meldpunt Identiteitsfraude');
    expect(body).toContain('kenmerk DL-2026-0042');
    expect(body).toContain('Privacyloket, privacy@example.org, 088 123 45 67');
    expect(body.trimEnd().endsWith('GGZ Zuid')).toBe(true);
  });

  it('exists in English too', () => {
    const letters = subjectLetters({ organisation, register, reference: 'DL-2026-0042' });
    expect(letters.en.subject).toBe('Information about a data breach at GGZ Zuid');
    expect(letters.en.body).toContain('The breach took place on 25 October 2026.');
    expect(letters.en.body).toContain('- Citizen service number (BSN)');
    expect(letters.nl.body).not.toBe(letters.en.body);
  });

  it('leaves prompts where the register is still empty', () => {
    const { body } = subjectLetter({ organisation: { name: 'Zorg BV' }, register: emptyRegister(), reference: 'DL-2026-0001' }, 'nl');
    expect(body).toContain('[Beschrijf in eenvoudige woorden wat er is gebeurd.]');
    expect(body).toContain('[Beschrijf de maatregelen die zijn genomen.]');
    expect(body).toContain('[naam, telefoonnummer en e-mailadres van het contactpunt]');
    expect(body).not.toContain('Het datalek vond plaats');
  });

  it('gives advice that fits the data', () => {
    expect(letterAdvice(register)).toEqual(['identity', 'phishing', 'care', 'general']);
    expect(letterAdvice(BreachRegister.parse({ dataCategories: ['credentials', 'iban'], subjectGroups: ['employees'] }))).toEqual([
      'credentials',
      'financial',
      'phishing',
      'general',
    ]);
  });
});
