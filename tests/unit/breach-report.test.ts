import { describe, expect, it } from 'vitest';
import { BreachReport, REPORT_LIMITS, type BreachReportInput } from '#core/breach/report.js';

const minimal: BreachReportInput = {
  isBreach: 'unsure',
  whatHappened: 'Overdrachtslijst van de afdeling in de trein laten liggen.',
  incidentKind: 'lostOrStolen',
  noticedAt: '2026-03-28T10:00:00+01:00',
  dataKinds: ['namesAddresses', 'health'],
  peopleBand: 'upTo100',
  ongoing: 'no',
};

const issues = (input: unknown) => {
  const result = BreachReport.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('the staff report', () => {
  it('needs only what a staff member knows, and fills in the rest', () => {
    expect(BreachReport.parse(minimal)).toEqual({
      ...minimal,
      happenedAt: null,
      actionsTaken: '',
      department: '',
      contact: { name: '', phone: '', email: '' },
    });
  });

  it('takes a full report with contact details', () => {
    const full = {
      ...minimal,
      happenedAt: '2026-03-28T08:15:00Z',
      actionsTaken: 'NS gebeld, gevonden voorwerpen.',
      department: 'Kliniek Noord',
      contact: { name: 'Sam', phone: '+31 6 1234 5678', email: 'sam@example.org' },
    };
    expect(BreachReport.parse(full)).toEqual(full);
  });

  it('refuses a moment without time zone, a start after noticing, and unknown choices', () => {
    expect(issues({ ...minimal, noticedAt: '2026-03-28T10:00' })).toEqual(['noticedAt:Invalid ISO datetime']);
    expect(issues({ ...minimal, happenedAt: '2026-03-29T10:00:00+02:00' })).toEqual(['happenedAt:happenedAfterNoticed']);
    expect(issues({ ...minimal, incidentKind: 'gossip' })).toHaveLength(1);
    expect(issues({ ...minimal, peopleBand: '5' })).toHaveLength(1);
  });

  it('needs at least one kind of data, each once', () => {
    expect(issues({ ...minimal, dataKinds: [] })).toHaveLength(1);
    expect(issues({ ...minimal, dataKinds: ['bsn', 'bsn'] })).toEqual(['dataKinds:duplicateChoice']);
  });

  it('limits the texts and refuses unknown fields such as a patient name', () => {
    expect(issues({ ...minimal, whatHappened: '' })).toHaveLength(1);
    expect(issues({ ...minimal, whatHappened: 'x'.repeat(REPORT_LIMITS.story + 1) })).toHaveLength(1);
    expect(issues({ ...minimal, department: 'x'.repeat(REPORT_LIMITS.department + 1) })).toHaveLength(1);
    expect(issues({ ...minimal, patientName: 'J. Jansen' })).toHaveLength(1);
    expect(issues({ ...minimal, whatHappened: 'a\u0000b' })).toHaveLength(1);
  });

  it('checks contact details only when given', () => {
    expect(issues({ ...minimal, contact: { email: 'not-an-address' } })).toHaveLength(1);
    expect(issues({ ...minimal, contact: { phone: 'call me' } })).toEqual(['contact.phone:phoneInvalid']);
    expect(issues({ ...minimal, contact: { name: 'Sam' } })).toEqual([]);
  });
});
