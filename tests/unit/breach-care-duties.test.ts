import { describe, expect, it } from 'vitest';
import { careDuties, type CareDutyFacts } from '#core/breach/care-duties.js';
import { BreachRegister, type BreachRegisterInput } from '#core/breach/register.js';

const HOUR = 3_600_000;
/** Saturday 24 October 2026, 10:00 summer time: the clocks go back in the night that follows. */
const aware = new Date('2026-10-24T08:00:00Z');
const facts = (register: BreachRegisterInput, overrides: Partial<CareDutyFacts> = {}): CareDutyFacts => ({
  register: BreachRegister.parse(register),
  awareAt: aware,
  cbwApplies: true,
  closed: false,
  now: new Date(aware.getTime() + HOUR),
  ...overrides,
});
const duties = (register: BreachRegisterInput, overrides: Partial<CareDutyFacts> = {}) => careDuties(facts(register, overrides)).map((d) => d.duty);
const csirt = (register: BreachRegisterInput, overrides: Partial<CareDutyFacts> = {}) =>
  careDuties(facts(register, overrides)).find((d) => d.duty === 'csirtWarning');
const significant = { significantIncident: true };

describe('care duties beside the 72 hours', () => {
  it('are none for a breach that is no care incident, no record mix-up and not significant', () => {
    expect(careDuties(facts({ classification: ['confidentiality'], specialCategories: ['health'] }))).toEqual([]);
  });

  it.each([
    ['a care incident: tell the patient (Wkkgz art. 10 lid 3)', { careIncident: true }, ['patientDisclosure']],
    ['not a care incident', { careIncident: false }, []],
    [
      'an integrity error with health data: the incident report (VIM/MIP)',
      { classification: ['integrity'], specialCategories: ['health'] },
      ['incidentReport'],
    ],
    ['an integrity error without health data', { classification: ['integrity'], dataCategories: ['address'] }, []],
    ['health data seen, not altered', { classification: ['confidentiality'], specialCategories: ['health'] }, []],
    ['a significant incident under the Cyberbeveiligingswet: the CSIRT', significant, ['csirtWarning']],
    [
      'all three, in a fixed order',
      { careIncident: true, classification: ['integrity'], specialCategories: ['health'], ...significant },
      ['patientDisclosure', 'incidentReport', 'csirtWarning'],
    ],
  ] as [string, BreachRegisterInput, string[]][])('%s', (_, register, expected) => {
    expect(duties(register)).toEqual(expected);
  });

  it('are to-dos without an hour deadline until the moment they were done is recorded', () => {
    const [open] = careDuties(facts({ careIncident: true }));
    expect(open).toEqual({ duty: 'patientDisclosure', doneAt: null, clock: null });
    const [told] = careDuties(facts({ careIncident: true, patientToldOfIncidentAt: '2026-10-24T11:00:00+02:00' }));
    expect(told).toEqual({ duty: 'patientDisclosure', doneAt: '2026-10-24T11:00:00+02:00', clock: null });
    const [reported] = careDuties(facts({ classification: ['integrity'], specialCategories: ['health'], vimReportedAt: '2026-10-25T09:00:00+01:00' }));
    expect(reported).toMatchObject({ duty: 'incidentReport', doneAt: '2026-10-25T09:00:00+01:00' });
  });
});

describe('the early warning to the CSIRT (NIS2 art. 23(4)(a))', () => {
  it('applies only when the organisation falls under the Cyberbeveiligingswet', () => {
    expect(duties(significant, { cbwApplies: false })).toEqual([]);
    expect(duties({ significantIncident: false })).toEqual([]);
    expect(duties({ significantIncident: null })).toEqual([]);
  });

  it('runs 24 clock hours from awareness, across the change to winter time', () => {
    const clock = csirt(significant)!.clock!;
    // 24 hours after Saturday 10:00 summer time is Sunday 09:00 winter time: not an hour more or less.
    expect(clock.deadline.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(clock.deadline.getTime() - aware.getTime()).toBe(24 * HOUR);
    expect(clock).toMatchObject({ state: 'open', running: true, hoursLeft: 23 });
  });

  it.each([
    [11, 'open'],
    [12.5, 'dueSoon'],
    [20.5, 'urgent'],
    [24, 'urgent'],
    [24.5, 'expired'],
  ] as const)('after %s hours it is %s', (hours, state) => {
    expect(csirt(significant, { now: new Date(aware.getTime() + hours * HOUR) })!.clock!.state).toBe(state);
  });

  it('stops once the warning is recorded, in time or late', () => {
    const inTime = csirt({ ...significant, csirtWarnedAt: '2026-10-25T08:00:00Z' }, { now: new Date(aware.getTime() + 30 * HOUR) })!;
    expect(inTime).toMatchObject({ doneAt: '2026-10-25T08:00:00Z', clock: { state: 'notifiedInTime', running: false } });
    const late = csirt({ ...significant, csirtWarnedAt: '2026-10-25T08:01:00Z' }, { now: new Date(aware.getTime() + 30 * HOUR) })!;
    expect(late.clock).toMatchObject({ state: 'notifiedLate', running: false });
  });

  it('no longer runs once the breach is closed, but keeps its state', () => {
    expect(csirt(significant, { closed: true, now: new Date(aware.getTime() + 30 * HOUR) })!.clock).toMatchObject({ state: 'expired', running: false });
  });
});
