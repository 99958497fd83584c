import { describe, expect, it } from 'vitest';
import {
  BreachRegister,
  emptyRegister,
  involvesSensitiveData,
  involvesVulnerableGroup,
  registerFromReport,
  registerMissing,
  unintelligible,
} from '#core/breach/register.js';
import { BreachReport } from '#core/breach/report.js';

const report = BreachReport.parse({
  isBreach: 'yes',
  whatHappened: 'Uitslag naar de verkeerde huisarts gemaild.',
  incidentKind: 'emailWrongRecipient',
  happenedAt: '2026-04-02T09:00:00+02:00',
  noticedAt: '2026-04-02T09:20:00+02:00',
  dataKinds: ['health', 'namesAddresses'],
  peopleBand: 'one',
  ongoing: 'no',
  actionsTaken: 'Huisarts gebeld, die heeft de mail verwijderd.',
});

const complete = BreachRegister.parse({
  classification: ['confidentiality'],
  incidentKind: 'emailWrongRecipient',
  summary: 'Uitslag naar verkeerde huisarts.',
  dataCategories: ['name'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 1, max: 1 },
  protection: 'none',
  recipients: 'known',
  cause: 'Verkeerde huisarts gekozen in de adreslijst.',
  consequenceSeverity: 'limited',
  peopleConsequences: ['professionalSecrecy'],
  measuresTaken: 'Huisarts heeft de mail verwijderd en dat bevestigd.',
});

describe('the register entry', () => {
  it('starts empty and parses from an empty object', () => {
    const empty = emptyRegister();
    expect(empty.classification).toEqual([]);
    expect(empty.people).toBeNull();
    expect(empty.enisa).toEqual({ dpc: null, easeOfIdentification: null, reason: '' });
  });

  it('is prefilled from the staff report for the officer to confirm', () => {
    const derived = registerFromReport(report);
    expect(derived).toMatchObject({
      incidentKind: 'emailWrongRecipient',
      summary: report.whatHappened,
      startedAt: report.happenedAt,
      dataCategories: ['name', 'address'],
      specialCategories: ['health'],
      people: { min: 1, max: 1 },
      measuresTaken: report.actionsTaken,
    });
    expect(registerFromReport({ ...report, peopleBand: 'unknown' }).people).toBeNull();
    expect(registerFromReport({ ...report, peopleBand: 'over1000' }).people).toEqual({ min: 1001, max: null });
  });

  it('refuses a maximum below the minimum, an end before the start and a DPC outside 1–4', () => {
    expect(BreachRegister.safeParse({ people: { min: 10, max: 5 } }).success).toBe(false);
    expect(BreachRegister.safeParse({ startedAt: '2026-04-02T10:00:00Z', endedAt: '2026-04-02T09:00:00Z' }).success).toBe(false);
    expect(BreachRegister.safeParse({ enisa: { dpc: 5 } }).success).toBe(false);
    expect(BreachRegister.safeParse({ classification: ['integrity', 'integrity'] }).success).toBe(false);
    expect(BreachRegister.safeParse({ unknownField: 1 }).success).toBe(false);
  });

  it('is complete with facts, effects and measures', () => {
    expect(registerMissing(complete)).toEqual([]);
  });

  it('names what is missing', () => {
    expect(registerMissing(emptyRegister()).map((m) => m.field)).toEqual([
      'classification',
      'incidentKind',
      'summary',
      'dataCategories',
      'subjectGroups',
      'people',
      'protection',
      'cause',
      'consequenceSeverity',
      'consequencesDescription',
      'measuresTaken',
    ]);
  });

  it('asks for what the answers make necessary', () => {
    expect(registerMissing({ ...complete, classification: ['availability'] }).map((m) => m.field)).toEqual(['availabilityLoss']);
    expect(registerMissing({ ...complete, recipients: null }).map((m) => m.field)).toEqual(['recipients']);
    expect(registerMissing({ ...complete, protection: 'encrypted' }).map((m) => m.field)).toEqual(['protectionTechnique']);
  });
});

describe('register predicates', () => {
  it('treat special categories, criminal data and the BSN as sensitive', () => {
    expect(involvesSensitiveData(complete)).toBe(true);
    expect(involvesSensitiveData({ dataCategories: ['bsn'], specialCategories: [] })).toBe(true);
    expect(involvesSensitiveData({ dataCategories: ['name', 'email'], specialCategories: [] })).toBe(false);
  });

  it('know the vulnerable groups of care', () => {
    expect(involvesVulnerableGroup({ subjectGroups: ['employees', 'forensicClients'] })).toBe(true);
    expect(involvesVulnerableGroup({ subjectGroups: ['employees'] })).toBe(false);
  });

  it('count data as unintelligible only with the key known to be safe', () => {
    expect(unintelligible({ protection: 'encrypted', keyCompromised: false })).toBe(true);
    expect(unintelligible({ protection: 'encrypted', keyCompromised: null })).toBe(false);
    expect(unintelligible({ protection: 'none', keyCompromised: false })).toBe(false);
  });
});
