import { describe, expect, it } from 'vitest';
import { attention, type AttentionSource } from '#core/execution/attention.js';
import { programmeProgress, type SubstepKey, type SubstepStatus } from '#core/steps.js';

const TODAY = '2027-03-10';

/** Shaped like the demo programme (setup/demo.ts): 3.2 left out, step 4 done, steps 5 and 6 under way. */
const demo: Partial<Record<SubstepKey, SubstepStatus>> = {
  ...Object.fromEntries(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4'].map((k) => [k, 'done'])),
  ...Object.fromEntries(['5.1', '5.2', '5.3', '6.1', '6.2'].map((k) => [k, 'in_progress'])),
};

const source = (over: Partial<AttentionSource> = {}): AttentionSource => ({
  statuses: demo,
  progress: programmeProgress(demo),
  actions: [],
  decisions: [],
  meetingDays: [],
  today: TODAY,
  ...over,
});

describe('what needs attention in a programme', () => {
  it('for the demo programme: what to do in step 6, and 3.2 left behind', () => {
    expect(attention(source())).toEqual({ overdueActions: 0, nextCheckin: null, openDecisions: 0, openBehind: ['3.2'], next: '6.1' });
  });

  it('counts open actions past their due day only', () => {
    const actions = [
      { status: 'todo', due: '2027-03-09' },
      { status: 'doing', due: '2027-02-01' },
      { status: 'todo', due: TODAY }, // due today is not late yet
      { status: 'done', due: '2027-03-01' },
      { status: 'dropped', due: '2027-03-01' },
      { status: 'todo', due: null },
    ] as const;
    expect(attention(source({ actions })).overdueActions).toBe(2);
  });

  it('takes the next planned check-in on or after today', () => {
    expect(attention(source({ meetingDays: ['2027-02-24', TODAY, '2027-03-24'] })).nextCheckin).toBe(TODAY);
    expect(attention(source({ meetingDays: ['2027-02-24'] })).nextCheckin).toBeNull();
  });

  it('counts the decisions still open', () => {
    expect(attention(source({ decisions: [{ open: true }, { open: false }, { open: true }] })).openDecisions).toBe(2);
  });

  it('says nothing is left to do when every sub-step is done', () => {
    const statuses = Object.fromEntries(
      Object.keys(demo)
        .concat('3.2', '6.3')
        .map((k) => [k, 'done']),
    ) as Partial<Record<SubstepKey, SubstepStatus>>;
    expect(attention(source({ statuses, progress: programmeProgress(statuses) }))).toMatchObject({ next: null, openBehind: [] });
  });
});
