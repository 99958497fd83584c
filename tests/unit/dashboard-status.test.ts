import { describe, expect, it } from 'vitest';
import { programmeStatus, type ProgrammeStatusFacts } from '#core/dashboard/status.js';

const TODAY = '2027-03-10';

/** A programme in step 5 with nothing to worry about: a check-in ahead, no overdue work, KPIs on their way. */
const facts = (over: Partial<ProgrammeStatusFacts> = {}, attention: Partial<ProgrammeStatusFacts['attention']> = {}): ProgrammeStatusFacts => ({
  archived: false,
  currentStep: 5,
  kpis: [{ status: 'onTrack', targetDate: '2027-12-31' }],
  today: TODAY,
  ...over,
  attention: { overdueActions: 0, nextCheckin: '2027-03-17', openDecisions: 0, openBehind: [], ...attention },
});

describe('the status of a programme on the board dashboard', () => {
  it('is on track without any reason', () => {
    expect(programmeStatus(facts())).toEqual({ status: 'onTrack', reasons: [] });
  });

  it('has none once archived, whatever its facts', () => {
    expect(programmeStatus(facts({ archived: true }, { overdueActions: 3, nextCheckin: null }))).toBeNull();
  });

  it('needs attention for overdue actions, with their number', () => {
    expect(programmeStatus(facts({}, { overdueActions: 2 }))).toEqual({ status: 'needsAttention', reasons: [{ code: 'overdueActions', count: 2 }] });
  });

  it('needs attention without a next check-in in steps 5 and 6, not before', () => {
    for (const currentStep of [5, 6] as const) {
      expect(programmeStatus(facts({ currentStep }, { nextCheckin: null }))?.reasons).toEqual([{ code: 'noCheckinPlanned' }]);
    }
    for (const currentStep of [1, 2, 3, 4] as const) expect(programmeStatus(facts({ currentStep }, { nextCheckin: null }))?.status).toBe('onTrack');
  });

  it('needs attention for a KPI worse than its 0-meting', () => {
    const kpis = [
      { status: 'worse', targetDate: '2027-12-31' },
      { status: 'worse', targetDate: null },
      { status: 'reached', targetDate: '2027-01-01' },
    ] as const;
    expect(programmeStatus(facts({ kpis }))?.reasons).toEqual([{ code: 'kpisWorse', count: 2 }]);
  });

  it('needs attention for a KPI still on its way once its target day has passed; on that day itself not yet', () => {
    const kpis = [
      { status: 'onTrack', targetDate: '2027-03-09' },
      { status: 'onTrack', targetDate: TODAY },
      { status: 'worse', targetDate: '2027-01-01' }, // counted once, as worse
      { status: 'noData', targetDate: '2027-01-01' },
      { status: 'noTarget', targetDate: '2027-01-01' },
    ] as const;
    expect(programmeStatus(facts({ kpis }))?.reasons).toEqual([
      { code: 'kpisWorse', count: 1 },
      { code: 'kpisTargetMissed', count: 1 },
    ]);
  });

  it('needs attention for sub-steps left behind and open decisions', () => {
    expect(programmeStatus(facts({}, { openBehind: ['3.2'], openDecisions: 1 }))?.reasons).toEqual([
      { code: 'openBehind', keys: ['3.2'] },
      { code: 'openDecisions', count: 1 },
    ]);
  });

  it('gives every reason at once, the most pressing first (the demo programme and then some)', () => {
    const status = programmeStatus(
      facts(
        {
          currentStep: 6,
          kpis: [
            { status: 'worse', targetDate: null },
            { status: 'onTrack', targetDate: '2027-01-01' },
          ],
        },
        { overdueActions: 1, nextCheckin: null, openDecisions: 1, openBehind: ['3.2'] },
      ),
    );
    expect(status?.status).toBe('needsAttention');
    expect(status?.reasons.map((r) => r.code)).toEqual(['overdueActions', 'kpisWorse', 'kpisTargetMissed', 'noCheckinPlanned', 'openBehind', 'openDecisions']);
  });
});
