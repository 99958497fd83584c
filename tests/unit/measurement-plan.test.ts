import { describe, expect, it } from 'vitest';
import { INDICATORS } from '#core/interventions/indicators.js';
import { INDICATOR_MEASURES, kpiMeasures } from '#core/measurement/kpis.js';
import {
  MeasurementPlan,
  baselineReminder,
  emptyMeasurementPlan,
  fixedChanges,
  keepRecorded,
  measurementPlanMissing,
  measurementTrack,
  suggestedDecision,
  type OutcomeKpi,
} from '#core/measurement/plan.js';

const kpi = (over: Partial<OutcomeKpi> = {}): OutcomeKpi => ({
  direction: 'increase',
  baseline: 40,
  baselineDate: '2027-01-31',
  target: 80,
  measurements: [],
  ...over,
});
const planned = (): MeasurementPlan => ({
  ...emptyMeasurementPlan(),
  outcomeKpiId: '3f0c4d7e-2b1a-4c5d-8e9f-0a1b2c3d4e5f',
  method: 'observation',
  methodDetail: 'Twee keer per maand kijken of schermen vergrendeld zijn.',
  design: 'beforeAfter',
  population: 'Verpleegafdeling B3',
  baselinePlannedOn: '2027-01-31',
  followUpPlannedOn: '2027-06-30',
});

describe('what a KPI measures', () => {
  it('keeps survey and knowledge scores as determinants and training completion as reach; the rest count the behaviour', () => {
    expect(INDICATORS.filter((i) => INDICATOR_MEASURES[i] === 'determinant')).toEqual(['surveyFactorScore', 'knowledgeCheckScore']);
    expect(INDICATORS.filter((i) => INDICATOR_MEASURES[i] === 'reach')).toEqual(['trainingCompletion']);
    expect(kpiMeasures({ indicator: 'observedBehaviour', measures: null })).toBe('behaviour');
  });

  it('lets a KPI of the team’s own say it, and requires it to', () => {
    expect(kpiMeasures({ indicator: null, measures: 'determinant' })).toBe('determinant');
    // Saved before KPIs said it: no outcome until the team says so.
    expect(kpiMeasures({ indicator: null, measures: null })).toBeNull();
  });
});

describe('the measurement track', () => {
  it('counts the 0-meting done once the KPI has a baseline with its day', () => {
    expect(measurementTrack(null, planned())).toEqual({ baselineDone: false, followUp: null, interim: 0 });
    expect(measurementTrack(kpi({ baselineDate: null }), planned())).toEqual({ baselineDone: false, followUp: null, interim: 0 });
    expect(measurementTrack(kpi(), planned())).toEqual({ baselineDone: true, followUp: null, interim: 0 });
  });

  it('takes as the 1-meting the first measurement on or after its planned day; those before are interim, later ones do not move it', () => {
    const measurements = [
      { date: '2027-01-31', value: 41 },
      { date: '2027-07-31', value: 75 },
      { date: '2027-04-30', value: 60 },
      { date: '2027-06-30', value: 70 },
    ];
    expect(measurementTrack(kpi({ measurements }), planned())).toEqual({ baselineDone: true, followUp: { date: '2027-06-30', value: 70 }, interim: 1 });
    // Without a planned day there is no 1-meting yet, however many points a monthly count adds.
    expect(measurementTrack(kpi({ measurements }), { followUpPlannedOn: null })).toEqual({ baselineDone: true, followUp: null, interim: 3 });
  });

  it('reminds the team on 3.4 and 4.1 to plan the 0-meting, then to carry it out', () => {
    expect(baselineReminder(null, measurementTrack(null, null))).toBe('baselineNotPlanned');
    expect(baselineReminder(emptyMeasurementPlan(), measurementTrack(null, null))).toBe('baselineNotPlanned');
    expect(baselineReminder(planned(), measurementTrack(null, planned()))).toBe('baselineNotDone');
    expect(baselineReminder(null, measurementTrack(kpi(), null))).toBeNull();
  });

  it('asks for the method, design, group, KPI with a target and both dates; why self-report; which groups', () => {
    expect(measurementPlanMissing(planned(), kpi())).toEqual([]);
    expect(measurementPlanMissing(planned(), kpi({ target: null }))).toEqual([{ code: 'measurementTargetMissing', field: 'outcomeKpiId' }]);
    expect(measurementPlanMissing({ ...planned(), method: 'selfReport', design: 'groups' }, kpi()).map((m) => m.field)).toEqual(['selfReportReason', 'groups']);
    expect(measurementPlanMissing(emptyMeasurementPlan(), null).map((m) => m.field)).toEqual([
      'method',
      'methodDetail',
      'design',
      'population',
      'outcomeKpiId',
      'baselinePlannedOn',
      'followUpPlannedOn',
    ]);
    // A decision comes with its reasons.
    expect(measurementPlanMissing({ ...planned(), decision: 'anchor' }, kpi())).toEqual([{ code: 'fieldRequired', field: 'decisionReason' }]);
  });

  it('refuses a 1-meting planned on or before the 0-meting', () => {
    const result = MeasurementPlan.safeParse({ ...planned(), followUpPlannedOn: '2027-01-31' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['followUpPlannedOn', 'followUpBeforeBaseline']]);
  });
});

describe('the figures the 0-meting fixes', () => {
  const taken = { baseline: 40, baselineDate: '2027-01-31', target: 80 };

  it('names each figure that moves after the 0-meting, clearing included, from and to', () => {
    expect(fixedChanges(taken, taken)).toEqual([]);
    expect(fixedChanges(taken, { ...taken, target: 70 })).toEqual([{ field: 'target', before: 80, after: 70 }]);
    expect(fixedChanges(taken, { baseline: null, baselineDate: '2027-02-28', target: null })).toEqual([
      { field: 'baseline', before: 40, after: null },
      { field: 'baselineDate', before: '2027-01-31', after: '2027-02-28' },
      { field: 'target', before: 80, after: null },
    ]);
  });

  it('fixes nothing before the 0-meting, and counts a first streefwaarde after it as no change', () => {
    expect(fixedChanges({ ...taken, baselineDate: null }, { baseline: 10, baselineDate: '2027-01-31', target: 20 })).toEqual([]);
    expect(fixedChanges({ ...taken, target: null }, taken)).toEqual([]);
  });
});

describe('the deviations Wegwijs records', () => {
  const team = { id: 'd1', date: '2027-03-01', description: 'In maart geen oefenmail verstuurd.' };
  const recorded = {
    id: 'auto-0123456789abcdef0123456789abcdef',
    date: '2027-02-01',
    description: 'Streefwaarde veranderd van 80 naar 70 na de 0-meting. Reden: x',
  };

  it('keeps every stored one as stored, whatever the input says', () => {
    // A stale tab that never saw it: it comes back after the team's own.
    expect(keepRecorded([recorded], [team])).toEqual([team, recorded]);
    // An edited text is ignored; the order the team sent stays.
    expect(keepRecorded([team, recorded], [{ ...recorded, description: 'Niets aan de hand.' }, team])).toEqual([recorded, team]);
  });

  it('drops a recorded id the store does not hold, and leaves the team’s own deviations to the team', () => {
    expect(keepRecorded([team], [{ ...recorded, id: 'auto-made-up' }])).toEqual([]);
    expect(keepRecorded([team], [])).toEqual([]);
  });
});

describe('what the figures suggest after the 1-meting', () => {
  const after = (value: number, over: Partial<OutcomeKpi> = {}) =>
    suggestedDecision(kpi({ measurements: [{ date: '2027-06-30', value }], ...over }), planned());

  it('suggests nothing before there is a 1-meting, a baseline and a target', () => {
    expect(suggestedDecision(kpi(), planned())).toBeNull();
    expect(after(90, { target: null })).toBeNull();
    expect(suggestedDecision(kpi({ measurements: [{ date: '2027-05-31', value: 90 }] }), planned())).toBeNull();
  });

  it('suggests nothing for a design with groups: one line before and after cannot compare them', () => {
    expect(suggestedDecision(kpi({ measurements: [{ date: '2027-06-30', value: 90 }] }), { ...planned(), design: 'groups' })).toBeNull();
  });

  it('anchor when the target is reached, strengthen when better but short of it, analyse again when not better', () => {
    expect(after(80)).toEqual({ decision: 'anchor', reason: 'targetReached', baseline: 40, followUp: 80, target: 80 });
    expect(after(55)?.decision).toBe('strengthen');
    expect(after(40)?.decision).toBe('reanalyse');
    expect(after(30)?.reason).toBe('notImproved');
  });

  it('reads "better" in the KPI’s direction', () => {
    const lower = { direction: 'decrease' as const, baseline: 20, target: 5 };
    expect(after(4, lower)?.decision).toBe('anchor');
    expect(after(12, lower)?.decision).toBe('strengthen');
    expect(after(25, lower)?.decision).toBe('reanalyse');
  });
});
