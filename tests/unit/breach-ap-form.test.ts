import { describe, expect, it } from 'vitest';
import { AP_CHAPTERS, AP_QUESTIONS, apFormProgress, apFormView, type ApFormChapter, type ApFormInput } from '#core/breach/ap-form.js';
import { BreachRegister } from '#core/breach/register.js';
import { BreachReport } from '#core/breach/report.js';

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
  officer: { name: 'B. Jansen', email: 'privacy@example.org' },
  decision: { notifyAp: true, informSubjects: false },
  timeline: { awareAt: aware, awareConfirmed: true, apNotifiedAt: null, lateReason: null, subjectsInformedAt: null },
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
      input({
        timeline: {
          awareAt: aware,
          awareConfirmed: true,
          apNotifiedAt: new Date('2026-04-06T08:00:00Z'),
          lateReason: 'Paasweekend, melding pas dinsdag gelezen.',
          subjectsInformedAt: null,
        },
      }),
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

  it('dates the discovery on the moment the 72 hours run from: derived until the officer confirms it, recorded after', () => {
    const timeline = (awareConfirmed: boolean) => ({ awareAt: aware, awareConfirmed, apNotifiedAt: null, lateReason: null, subjectsInformedAt: null });
    expect(find(apFormView(input({ timeline: timeline(false) })), 'discoveredAt')).toEqual({
      question: 'discoveredAt',
      source: 'derived',
      value: { type: 'moment', at: aware.toISOString() },
      applies: true,
    });
    expect(find(apFormView(input({ timeline: timeline(true) })), 'discoveredAt')).toMatchObject({ source: 'recorded', value: { at: aware.toISOString() } });
  });

  it('finds "late" from that same moment: the discovery date and the late reason never disagree', () => {
    const noticed = new Date('2026-11-02T09:00:00Z');
    const view = apFormView(
      input({
        timeline: { awareAt: noticed, awareConfirmed: true, apNotifiedAt: new Date('2026-11-06T09:00:00Z'), lateReason: null, subjectsInformedAt: null },
      }),
    );
    expect(find(view, 'discoveredAt')).toMatchObject({ value: { at: noticed.toISOString() } });
    expect(find(view, 'lateReason')).toMatchObject({ applies: true, source: 'missing' });
    // Five minutes short of 72 hours is in time.
    const inTime = apFormView(
      input({
        timeline: { awareAt: noticed, awareConfirmed: true, apNotifiedAt: new Date('2026-11-05T08:55:00Z'), lateReason: null, subjectsInformedAt: null },
      }),
    );
    expect(find(inTime, 'lateReason')).toMatchObject({ applies: false });
  });

  it('names the officer at work as the notifier (derived) until the register names someone', () => {
    const byOfficer = apFormView(input());
    expect(find(byOfficer, 'notifierName')).toMatchObject({ source: 'derived', value: { type: 'text', text: 'B. Jansen' } });
    expect(find(byOfficer, 'notifierEmail')).toMatchObject({ source: 'derived', value: { type: 'text', text: 'privacy@example.org' } });
    expect(find(byOfficer, 'notifierFunction')).toMatchObject({ source: 'missing' });
    expect(find(byOfficer, 'notifierPhone')).toMatchObject({ source: 'missing' });
    const named = apFormView(
      input({ register: { ...register, notifier: { name: 'C. Bakker', function: 'Functionaris gegevensbescherming', phone: '030 123 45 67', email: '' } } }),
    );
    expect(find(named, 'notifierName')).toMatchObject({ source: 'recorded', value: { text: 'C. Bakker' } });
    expect(find(named, 'notifierFunction')).toMatchObject({ source: 'recorded', value: { text: 'Functionaris gegevensbescherming' } });
    expect(find(named, 'notifierPhone')).toMatchObject({ source: 'recorded', value: { text: '030 123 45 67' } });
    // Someone else notifies: the officer's e-mail address is not theirs.
    expect(find(named, 'notifierEmail')).toMatchObject({ source: 'missing' });
  });

  it('says whether the breach still goes on: derived from the report, recorded from the register', () => {
    expect(find(apFormView(input()), 'ongoing')).toMatchObject({ source: 'derived', value: { type: 'choice', labels: 'ongoing', keys: ['no'] } });
    const going = apFormView(input({ register: { ...register, ongoing: 'yes' } }));
    expect(find(going, 'ongoing')).toMatchObject({ source: 'recorded', value: { keys: ['yes'] } });
    expect(find(going, 'endedAt')).toMatchObject({ applies: false });
    const asked = apFormView(input({ register: null, report: { ...report, ongoing: 'unknown' } }));
    expect(find(asked, 'ongoing')).toMatchObject({ source: 'derived', value: { keys: ['unknown'] } });
  });

  it('maps data partly lost for good to "permanently unavailable" for the lost part', () => {
    const partial = apFormView(input({ register: { ...register, classification: ['availability'], availabilityLoss: 'partial' } }));
    expect(find(partial, 'nature')).toMatchObject({ value: { keys: ['permanentlyUnavailable'] } });
    const temporary = apFormView(input({ register: { ...register, classification: ['availability'], availabilityLoss: 'temporary' } }));
    expect(find(temporary, 'nature')).toMatchObject({ value: { keys: ['temporarilyUnavailable'] } });
  });

  it('answers "are the people informed?" with yes (and the date), planned (and the date) or no (and why)', () => {
    const informedAt = new Date('2026-04-03T10:00:00Z');
    const informing = { notifyAp: true, informSubjects: true };
    const yes = apFormView(
      input({ decision: informing, timeline: { awareAt: aware, awareConfirmed: true, apNotifiedAt: null, lateReason: null, subjectsInformedAt: informedAt } }),
    );
    expect(find(yes, 'subjectsInformed')).toMatchObject({ source: 'recorded', value: { labels: 'subjectsInformedAnswers', keys: ['yes'] } });
    expect(find(yes, 'subjectsInformedAt')).toMatchObject({ source: 'recorded', value: { type: 'moment', at: informedAt.toISOString() } });
    expect(find(yes, 'notInformedReason')).toMatchObject({ applies: false });

    const planned = apFormView(input({ decision: informing, register: { ...register, subjectsInformPlannedFor: '2026-04-04T09:00:00+02:00' } }));
    expect(find(planned, 'subjectsInformed')).toMatchObject({ value: { keys: ['planned'] } });
    expect(find(planned, 'subjectsInformedAt')).toMatchObject({ source: 'recorded', value: { at: '2026-04-04T09:00:00+02:00' } });
    const undated = apFormView(input({ decision: informing }));
    expect(find(undated, 'subjectsInformed')).toMatchObject({ value: { keys: ['planned'] } });
    expect(find(undated, 'subjectsInformedAt')).toMatchObject({ applies: true, source: 'missing' });

    const no = apFormView(input({ register: { ...register, notInformedReason: 'Geen hoog risico: ontvanger is een huisarts.' } }));
    expect(find(no, 'subjectsInformed')).toMatchObject({ value: { keys: ['no'] } });
    expect(find(no, 'subjectsInformedAt')).toMatchObject({ applies: false });
    expect(find(no, 'notInformedReason')).toMatchObject({ source: 'recorded', value: { text: 'Geen hoog risico: ontvanger is een huisarts.' } });
  });
});
