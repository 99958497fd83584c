import { describe, expect, it } from 'vitest';
import { AP_CHAPTERS, AP_QUESTIONS, apFormProgress, apFormView, type ApFormChapter, type ApFormInput } from '../../src/core/breach/ap-form.js';
import { BreachRegister } from '../../src/core/breach/register.js';
import { BreachReport } from '../../src/core/breach/report.js';

const report = BreachReport.parse({
  isBreach: 'yes',
  whatHappened: 'Ontslagbrief naar de verkeerde huisarts gemaild.',
  incidentKind: 'emailWrongRecipient',
  happenedAt: '2026-04-02T09:00:00+02:00',
  noticedAt: '2026-04-02T09:20:00+02:00',
  dataKinds: ['health', 'namesAddresses'],
  peopleBand: 'one',
  ongoing: 'no',
});

const register = BreachRegister.parse({
  otherSupervisors: ['igj'],
  classification: ['confidentiality', 'availability'],
  availabilityLoss: 'permanent',
  summary: 'Ontslagbrief met diagnose naar een andere huisarts gestuurd.',
  dataCategories: ['name', 'dateOfBirth'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 1, max: 1 },
  protection: 'none',
  measuresTaken: 'Huisarts heeft de brief verwijderd.',
});

const aware = new Date('2026-04-02T07:30:00Z');
const input = (overrides: Partial<ApFormInput> = {}): ApFormInput => ({
  organisation: { name: 'Zorggroep Oost', kvkNumber: '12345678', contactName: 'A. de Vries (FG)', contactEmail: 'fg@example.org' },
  report,
  register,
  decision: { notifyAp: true, informSubjects: false },
  timeline: { awareAt: aware, apNotifiedAt: null, lateReason: null, subjectsInformedAt: null },
  now: new Date('2026-04-03T07:30:00Z'),
  ...overrides,
});
const find = (view: ApFormChapter[], question: string) => view.flatMap((c) => c.answers).find((a) => a.question === question);

describe('the AP form view', () => {
  it('has the form’s ten chapters in order, with every question once', () => {
    const view = apFormView(input());
    expect(view.map((c) => [c.number, c.key])).toEqual(AP_CHAPTERS.map((key, i) => [i + 1, key]));
    expect(view.map((c) => c.answers.map((a) => a.question))).toEqual(AP_CHAPTERS.map((key) => [...AP_QUESTIONS[key]]));
  });

  it('marks the officer’s register as recorded and maps the classification to the AP’s natures', () => {
    const view = apFormView(input());
    expect(find(view, 'otherSupervisors')).toMatchObject({ source: 'recorded', value: { type: 'choice', labels: 'otherSupervisors', keys: ['igj'] } });
    expect(find(view, 'nature')).toMatchObject({ source: 'recorded', value: { keys: ['viewed', 'permanentlyUnavailable'] } });
    expect(find(view, 'people')).toMatchObject({ source: 'recorded', value: { type: 'range', min: 1, max: 1 } });
    expect(find(view, 'organisationName')).toMatchObject({ source: 'recorded', value: { type: 'text', text: 'Zorggroep Oost' } });
    expect(find(view, 'contactPerson')?.value).toEqual({ type: 'text', text: 'A. de Vries (FG), fg@example.org' });
  });

  it('derives from the staff report what the register does not say yet', () => {
    const view = apFormView(input());
    expect(find(view, 'incidentKind')).toMatchObject({ source: 'derived', value: { keys: ['emailWrongRecipient'] } });
    expect(find(view, 'startedAt')).toMatchObject({ source: 'derived', value: { type: 'moment', at: report.happenedAt } });
    expect(find(view, 'discoveredAt')).toMatchObject({ source: 'derived', value: { type: 'moment', at: report.noticedAt } });
    expect(find(view, 'notificationKind')).toMatchObject({ source: 'derived', value: { keys: ['single'] } });
  });

  it('works from the report alone before the officer has filled in the register', () => {
    const view = apFormView(input({ register: null, decision: null }));
    expect(find(view, 'summary')).toMatchObject({ source: 'derived', value: { text: report.whatHappened } });
    expect(find(view, 'specialCategories')).toMatchObject({ source: 'derived', value: { keys: ['health'] } });
    expect(find(view, 'nature')).toMatchObject({ source: 'missing' });
    expect(find(view, 'subjectsInformed')).toMatchObject({ source: 'missing' });
  });

  it('marks missing answers, and counts what is left', () => {
    const view = apFormView(input());
    expect(find(view, 'organisationAddress')).toMatchObject({ source: 'missing', value: { type: 'empty' } });
    expect(find(view, 'measuresPlanned')).toMatchObject({ source: 'missing' });
    const progress = apFormProgress(view);
    expect(progress.recorded + progress.derived + progress.missing).toBe(view.flatMap((c) => c.answers).filter((a) => a.applies).length);
    expect(progress.missing).toBeGreaterThan(0);
  });

  it('answers "none" for special categories once the officer recorded only ordinary data', () => {
    const view = apFormView(input({ register: { ...register, specialCategories: [] } }));
    expect(find(view, 'specialCategories')).toMatchObject({ source: 'recorded', value: { keys: ['none'] } });
  });

  it('asks for the late reason only after the 72 hours', () => {
    expect(find(apFormView(input()), 'lateReason')).toMatchObject({ applies: false });
    const late = apFormView(input({ now: new Date('2026-04-06T08:00:00Z') }));
    expect(find(late, 'lateReason')).toMatchObject({ applies: true, source: 'missing' });
    const withReason = apFormView(
      input({ timeline: { awareAt: aware, apNotifiedAt: new Date('2026-04-06T08:00:00Z'), lateReason: 'Paasweekend, melding pas dinsdag gelezen.', subjectsInformedAt: null } }),
    );
    expect(find(withReason, 'lateReason')).toMatchObject({ applies: true, source: 'recorded', value: { text: 'Paasweekend, melding pas dinsdag gelezen.' } });
  });

  it('asks why the people were not informed, or how they were', () => {
    expect(find(apFormView(input()), 'notInformedReason')).toMatchObject({ applies: true, source: 'missing' });
    expect(find(apFormView(input()), 'informMeans')).toMatchObject({ applies: false });
    const informing = apFormView(input({ decision: { notifyAp: true, informSubjects: true }, register: { ...register, informMeans: ['letter'] } }));
    expect(find(informing, 'informMeans')).toMatchObject({ applies: true, source: 'recorded', value: { keys: ['letter'] } });
    expect(find(informing, 'notInformedReason')).toMatchObject({ applies: false });
  });
});
