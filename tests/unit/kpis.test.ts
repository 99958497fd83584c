import { describe, expect, it } from 'vitest';
import {
  KPI_DIRECTIONS,
  KpiInput,
  MeasurementInput,
  defaultDirection,
  kpiMissing,
  kpiProgress,
  kpiSuggestions,
  series,
  surveyPoints,
  type Measurement,
} from '#core/measurement/kpis.js';

const kpi = (over: Partial<KpiInput> = {}): KpiInput => ({
  name: 'Gemelde phishingmails',
  unit: '%',
  indicator: 'phishingReportRate',
  factor: null,
  measures: null,
  candidateId: null,
  direction: 'increase',
  baseline: 20,
  baselineDate: '2027-01-01',
  target: 60,
  targetDate: '2027-12-31',
  notes: '',
  ...over,
});
const m = (date: string, value: number): Measurement => ({ date, value });
const issues = (input: unknown) => KpiInput.safeParse(input).error?.issues.map((i) => ({ path: i.path, message: i.message })) ?? [];

describe('the KPI schema', () => {
  it('accepts a complete KPI, a free KPI and one without baseline or target yet', () => {
    expect(KPI_DIRECTIONS).toEqual(['increase', 'decrease']);
    expect(KpiInput.safeParse(kpi()).success).toBe(true);
    expect(KpiInput.safeParse(kpi({ indicator: null, measures: 'behaviour', direction: 'decrease', baseline: 12, target: 3 })).success).toBe(true);
    // A KPI of the team's own says what it measures: no default.
    expect(issues(kpi({ indicator: null }))).toEqual([{ path: ['measures'], message: 'kpiMeasuresRequired' }]);
    expect(KpiInput.safeParse(kpi({ baseline: null, baselineDate: null, target: null, targetDate: null })).success).toBe(true);
    expect(KpiInput.safeParse(kpi({ baseline: null, target: -5 })).success).toBe(true);
  });

  it('trims text and refuses an empty name or unit', () => {
    expect(KpiInput.parse(kpi({ name: '  Klikratio  ' })).name).toBe('Klikratio');
    expect(issues(kpi({ name: '   ' }))[0]?.path).toEqual(['name']);
    expect(issues(kpi({ unit: '' }))[0]?.path).toEqual(['unit']);
  });

  it('refuses a target date before the baseline date, but allows the same day or a missing date', () => {
    expect(issues(kpi({ targetDate: '2026-12-31' }))).toEqual([{ path: ['targetDate'], message: 'endBeforeStart' }]);
    expect(KpiInput.safeParse(kpi({ targetDate: '2027-01-01' })).success).toBe(true);
    expect(KpiInput.safeParse(kpi({ baselineDate: null, targetDate: '2020-01-01' })).success).toBe(true);
    expect(KpiInput.safeParse(kpi({ baselineDate: '2030-01-01', targetDate: null })).success).toBe(true);
  });

  it('refuses a target that does not lie in the direction of the KPI, including one equal to the baseline', () => {
    const wrong = [{ path: ['target'], message: 'targetWrongDirection' }];
    expect(issues(kpi({ direction: 'increase', baseline: 20, target: 10 }))).toEqual(wrong);
    expect(issues(kpi({ direction: 'decrease', baseline: 10, target: 20 }))).toEqual(wrong);
    expect(issues(kpi({ direction: 'increase', baseline: 20, target: 20 }))).toEqual(wrong);
    expect(issues(kpi({ direction: 'decrease', baseline: 20, target: 20 }))).toEqual(wrong);
    expect(KpiInput.safeParse(kpi({ direction: 'decrease', baseline: 0, target: -1 })).success).toBe(true);
  });

  it('asks a survey-score KPI for its COM-B factor, and refuses a factor on any other KPI', () => {
    const survey = kpi({ indicator: 'surveyFactorScore', unit: 'score 1–5', baseline: 2.8, target: 3.5 });
    expect(issues(survey)).toEqual([{ path: ['factor'], message: 'kpiFactorRequired' }]);
    expect(KpiInput.safeParse({ ...survey, factor: 'M-ref' }).success).toBe(true);
    expect(issues(kpi({ factor: 'M-ref' }))).toEqual([{ path: ['factor'], message: 'kpiFactorNotAllowed' }]);
    expect(issues(kpi({ indicator: null, measures: 'behaviour', factor: 'C-psy' }))).toEqual([{ path: ['factor'], message: 'kpiFactorNotAllowed' }]);
    expect(KpiInput.safeParse({ ...survey, factor: 'Motivation' }).success).toBe(false);
  });

  it('links a KPI to an intervention by id, or to none', () => {
    expect(KpiInput.safeParse(kpi({ candidateId: '7d1f3c52-9a4e-4b8e-8f0e-2c6d5a4b3e21' })).success).toBe(true);
    expect(issues(kpi({ candidateId: 'meldknop' }))[0]?.path).toEqual(['candidateId']);
  });

  it('reports both refusals at once', () => {
    expect(
      issues(kpi({ target: 0, targetDate: '2000-01-01' }))
        .map((i) => i.message)
        .sort(),
    ).toEqual(['endBeforeStart', 'targetWrongDirection']);
  });

  it('refuses infinite and non-numbers, extra keys, unknown indicators and directions, and malformed days', () => {
    for (const bad of [
      { baseline: Infinity },
      { target: -Infinity },
      { baseline: Number.NaN },
      { target: '60' },
      { indicator: 'coffeeConsumption' },
      { direction: 'up' },
      { baselineDate: '2027-13-01' },
      { targetDate: '31-12-2027' },
      { notes: 'a\u0000b' },
      { extra: 1 },
    ]) {
      expect(KpiInput.safeParse({ ...kpi(), ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    const { notes: _notes, ...withoutNotes } = kpi();
    expect(KpiInput.safeParse(withoutNotes).success).toBe(false);
    const { factor: _factor, ...withoutFactor } = kpi();
    expect(KpiInput.safeParse(withoutFactor).success).toBe(false);
  });
});

describe('defaultDirection', () => {
  it('takes fewer clicks, unlocked screens and misdirected mails as better, and more of the rest', () => {
    expect((['phishingClickRate', 'unlockedScreens', 'misdirectedMail'] as const).map((i) => defaultDirection(i))).toEqual([
      'decrease',
      'decrease',
      'decrease',
    ]);
    expect((['surveyFactorScore', 'breachReports', 'phishingReportRate', 'trainingCompletion'] as const).map((i) => defaultDirection(i))).toEqual([
      'increase',
      'increase',
      'increase',
      'increase',
    ]);
  });
});

describe('the measurement schema', () => {
  it('accepts a day, a finite number (zero and negatives too) and a note', () => {
    expect(MeasurementInput.safeParse({ date: '2027-03-01', value: 0, note: '' }).success).toBe(true);
    expect(MeasurementInput.safeParse({ date: '2027-03-01', value: -2.5, note: 'na campagne' }).success).toBe(true);
  });

  it('refuses infinite values, bad days, long notes and extra keys', () => {
    const base = { date: '2027-03-01', value: 1, note: '' };
    for (const bad of [
      { value: Infinity },
      { value: Number.NaN },
      { value: 1e308 },
      { value: -1e13 },
      { date: '2027-02-30' },
      { date: '' },
      { note: 'x'.repeat(301) },
      { id: 'a' },
    ]) {
      expect(MeasurementInput.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('series', () => {
  it('sorts by date ascending without touching the input, keeping the order of equal days', () => {
    const input = [m('2027-03-01', 3), m('2027-01-01', 1), m('2027-03-01', 4), m('2027-02-01', 2), m('2027-01-01', 0)];
    const copy = structuredClone(input);
    expect(series(input)).toEqual([m('2027-01-01', 1), m('2027-01-01', 0), m('2027-02-01', 2), m('2027-03-01', 3), m('2027-03-01', 4)]);
    expect(input).toEqual(copy);
    expect(series([])).toEqual([]);
  });

  it('keeps extra fields of the measurements', () => {
    expect(
      series([
        { date: '2027-02-01', value: 2, note: 'b' },
        { date: '2027-01-01', value: 1, note: 'a' },
      ]).map((x) => x.note),
    ).toEqual(['a', 'b']);
  });
});

describe('kpiProgress', () => {
  const up = { direction: 'increase' as const, baseline: 20, target: 60 };
  const down = { direction: 'decrease' as const, baseline: 30, target: 10 };

  it('leaves out a change or share that overflows (values stored before the bound), instead of Infinity or NaN', () => {
    expect(kpiProgress({ direction: 'increase', baseline: -1e308, target: 1e308 }, [m('2027-02-01', 1e308)])).toEqual({
      latest: m('2027-02-01', 1e308),
      change: null,
      share: null,
      status: 'reached',
    });
  });

  it('has no data without measurements, whatever the target', () => {
    expect(kpiProgress(up, [])).toEqual({ latest: null, change: null, share: null, status: 'noData' });
    expect(kpiProgress({ ...up, baseline: null, target: null }, [])).toEqual({ latest: null, change: null, share: null, status: 'noData' });
  });

  it('has no target when the baseline or the target is missing, but still shows the change when it can', () => {
    expect(kpiProgress({ ...up, target: null }, [m('2027-02-01', 25)])).toEqual({ latest: m('2027-02-01', 25), change: 5, share: null, status: 'noTarget' });
    expect(kpiProgress({ ...up, baseline: null }, [m('2027-02-01', 25)])).toEqual({
      latest: m('2027-02-01', 25),
      change: null,
      share: null,
      status: 'noTarget',
    });
  });

  it('follows an increasing KPI: on track, reached at and beyond the target, worse below the baseline', () => {
    expect(kpiProgress(up, [m('2027-02-01', 40)])).toEqual({ latest: m('2027-02-01', 40), change: 20, share: 0.5, status: 'onTrack' });
    expect(kpiProgress(up, [m('2027-02-01', 20)])).toMatchObject({ change: 0, share: 0, status: 'onTrack' });
    expect(kpiProgress(up, [m('2027-02-01', 60)])).toMatchObject({ change: 40, share: 1, status: 'reached' });
    expect(kpiProgress(up, [m('2027-02-01', 70)])).toMatchObject({ change: 50, share: 1.25, status: 'reached' });
    expect(kpiProgress(up, [m('2027-02-01', 10)])).toMatchObject({ change: -10, share: 0, status: 'worse' });
  });

  it('follows a decreasing KPI the same way, mirrored', () => {
    expect(kpiProgress(down, [m('2027-02-01', 25)])).toEqual({ latest: m('2027-02-01', 25), change: -5, share: 0.25, status: 'onTrack' });
    expect(kpiProgress(down, [m('2027-02-01', 30)])).toMatchObject({ change: 0, share: 0, status: 'onTrack' });
    expect(kpiProgress(down, [m('2027-02-01', 10)])).toMatchObject({ change: -20, share: 1, status: 'reached' });
    expect(kpiProgress(down, [m('2027-02-01', 5)])).toMatchObject({ change: -25, share: 1.25, status: 'reached' });
    expect(kpiProgress(down, [m('2027-02-01', 35)])).toMatchObject({ change: 5, share: 0, status: 'worse' });
  });

  it('clamps the share to [0, 1.5]', () => {
    expect(kpiProgress(up, [m('2027-02-01', 200)]).share).toBe(1.5);
    expect(kpiProgress(up, [m('2027-02-01', 80)]).share).toBe(1.5);
    expect(kpiProgress(up, [m('2027-02-01', 79)]).share).toBeCloseTo(1.475);
    expect(kpiProgress(up, [m('2027-02-01', -1000)]).share).toBe(0);
    expect(kpiProgress(down, [m('2027-02-01', -100)]).share).toBe(1.5);
    expect(kpiProgress(down, [m('2027-02-01', 1000)]).share).toBe(0);
  });

  it('gives no share when baseline and target are equal, and judges only by the target then', () => {
    const flat = { direction: 'increase' as const, baseline: 50, target: 50 };
    expect(kpiProgress(flat, [m('2027-02-01', 50)])).toMatchObject({ change: 0, share: null, status: 'reached' });
    expect(kpiProgress(flat, [m('2027-02-01', 55)])).toMatchObject({ change: 5, share: null, status: 'reached' });
    expect(kpiProgress(flat, [m('2027-02-01', 45)])).toMatchObject({ change: -5, share: null, status: 'worse' });
    expect(kpiProgress({ ...flat, direction: 'decrease' }, [m('2027-02-01', 45)])).toMatchObject({ share: null, status: 'reached' });
  });

  it('handles a baseline or target of zero as set', () => {
    expect(kpiProgress({ direction: 'decrease', baseline: 4, target: 0 }, [m('2027-02-01', 0)])).toMatchObject({ change: -4, share: 1, status: 'reached' });
    expect(kpiProgress({ direction: 'increase', baseline: 0, target: 10 }, [m('2027-02-01', 5)])).toMatchObject({ change: 5, share: 0.5, status: 'onTrack' });
  });

  it('takes the measurement with the latest date, not the last entered', () => {
    const ms = [m('2027-05-01', 50), m('2027-02-01', 10), m('2027-03-01', 30)];
    expect(kpiProgress(up, ms)).toMatchObject({ latest: m('2027-05-01', 50), change: 30, status: 'onTrack' });
  });

  it('of several measurements on the latest day, takes the last in the list', () => {
    const ms = [m('2027-05-01', 70), m('2027-01-01', 90), m('2027-05-01', 10)];
    expect(kpiProgress(up, ms)).toMatchObject({ latest: m('2027-05-01', 10), change: -10, status: 'worse' });
    expect(kpiProgress(up, [m('2027-05-01', 10), m('2027-01-01', 90), m('2027-05-01', 70)])).toMatchObject({ latest: m('2027-05-01', 70), status: 'reached' });
  });

  it('returns the measurement object itself as latest', () => {
    const last = { date: '2027-06-01', value: 40, note: 'juni' };
    expect(kpiProgress(up, [m('2027-01-01', 1), last]).latest).toBe(last);
  });
});

describe('kpiMissing', () => {
  it('asks for baseline, target and target date until they are set', () => {
    expect(kpiMissing(kpi())).toEqual([]);
    expect(kpiMissing(kpi({ baseline: null, target: null, targetDate: null }))).toEqual([
      { code: 'fieldRequired', field: 'baseline' },
      { code: 'fieldRequired', field: 'target' },
      { code: 'fieldRequired', field: 'targetDate' },
    ]);
    expect(kpiMissing(kpi({ targetDate: null }))).toEqual([{ code: 'fieldRequired', field: 'targetDate' }]);
  });

  it('counts zero as a value and does not require the baseline date', () => {
    expect(kpiMissing(kpi({ baseline: 0, target: 0, baselineDate: null }))).toEqual([]);
  });
});

describe('surveyPoints', () => {
  const closed = (id: string, date: string, factors: { factor: 'C-psy' | 'M-ref'; mean: number }[] | null) => ({
    id,
    title: `Vragenlijst ${id}`,
    date,
    factors,
  });

  it('takes one point per survey that measured the factor, skipping withheld and other surveys', () => {
    const surveys = [
      closed('a', '2027-01-10', [
        { factor: 'C-psy', mean: 2.5 },
        { factor: 'M-ref', mean: 3 },
      ]),
      closed('b', '2027-03-01', null),
      closed('c', '2027-06-01', [{ factor: 'M-ref', mean: 3.4 }]),
      closed('d', '2027-09-01', [{ factor: 'C-psy', mean: 3.1 }]),
    ];
    expect(surveyPoints('C-psy', surveys)).toEqual([
      { surveyId: 'a', title: 'Vragenlijst a', date: '2027-01-10', value: 2.5 },
      { surveyId: 'd', title: 'Vragenlijst d', date: '2027-09-01', value: 3.1 },
    ]);
    expect(surveyPoints('O-soc', surveys)).toEqual([]);
  });
});

describe('kpiSuggestions', () => {
  const plans = [
    { id: 'c1', title: 'Meldknop', indicators: ['phishingReportRate', 'surveyFactorScore'] as const },
    { id: 'c2', title: 'Oefenphishing', indicators: ['phishingClickRate', 'phishingReportRate'] as const },
    { id: 'c3', title: 'Posters', indicators: [] as const },
  ];

  it('lists each indicator the plans name, with the interventions that name it, in the order of the indicators', () => {
    expect(kpiSuggestions(plans, [])).toEqual([
      { indicator: 'surveyFactorScore', candidates: [{ id: 'c1', title: 'Meldknop' }] },
      {
        indicator: 'phishingReportRate',
        candidates: [
          { id: 'c1', title: 'Meldknop' },
          { id: 'c2', title: 'Oefenphishing' },
        ],
      },
      { indicator: 'phishingClickRate', candidates: [{ id: 'c2', title: 'Oefenphishing' }] },
    ]);
  });

  it('leaves out an indicator once a KPI uses it; free KPIs change nothing', () => {
    expect(kpiSuggestions(plans, [{ indicator: 'phishingReportRate' }, { indicator: null }]).map((s) => s.indicator)).toEqual([
      'surveyFactorScore',
      'phishingClickRate',
    ]);
    expect(kpiSuggestions([], [])).toEqual([]);
  });
});
