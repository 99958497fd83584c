import { describe, expect, it } from 'vitest';
import type { ActionState } from '#core/execution/actions.js';
import { AGENDA_HORIZON_DAYS, CheckinInput, decisionsOf, generateAgenda, lastCheckin, nextCheckin, type Decision } from '#core/execution/checkins.js';
import { meetingDates } from '#core/worksheets/planning.js';

const TODAY = '2027-03-10';

const action = (id: string, over: Partial<ActionState> = {}): ActionState => ({
  id,
  title: id,
  status: 'todo',
  due: null,
  owner: { userId: null, name: 'Anna' },
  candidateId: null,
  ...over,
});
const decision = (id: string, over: Partial<Decision> = {}): Decision => ({ id, text: `Besluit ${id}`, open: true, due: null, ...over });
const agenda = (over: Partial<Parameters<typeof generateAgenda>[0]>) =>
  generateAgenda({ actions: [], decisions: [], today: TODAY, nextMeeting: null, lastMeeting: null, ...over });

describe('nextCheckin', () => {
  const days = ['2027-03-01', '2027-03-15', '2027-03-29'];

  it('finds the first meeting on or after today', () => {
    expect(nextCheckin(days, '2027-03-10')).toBe('2027-03-15');
    expect(nextCheckin(days, '2027-03-15')).toBe('2027-03-15');
    expect(nextCheckin(days, '2027-03-16')).toBe('2027-03-29');
    expect(nextCheckin(days, '2027-01-01')).toBe('2027-03-01');
  });

  it('is null after the last meeting and without meetings', () => {
    expect(nextCheckin(days, '2027-03-30')).toBeNull();
    expect(nextCheckin([], TODAY)).toBeNull();
  });

  it('does not rely on the days being sorted', () => {
    expect(nextCheckin(['2027-03-29', '2027-03-15', '2027-03-01'], TODAY)).toBe('2027-03-15');
  });

  it('works with the planned meeting series', () => {
    const series = meetingDates({
      title: 'Voortgangsoverleg',
      firstDate: '2027-01-04',
      startTime: '09:00',
      durationMinutes: 60,
      intervalWeeks: 2,
      count: 12,
      location: '',
    });
    expect(nextCheckin(series, TODAY)).toBe('2027-03-15');
  });
});

describe('lastCheckin', () => {
  const series = ['2027-02-24', '2027-03-10', '2027-03-24'];

  it('takes the latest recorded check-in on or before today', () => {
    expect(lastCheckin(['2027-02-20', '2027-03-03', '2027-03-20'], series, TODAY)).toBe('2027-03-03');
    expect(lastCheckin(['2027-03-03', TODAY], series, TODAY)).toBe(TODAY);
  });

  it('falls back to the latest planned meeting before today', () => {
    expect(lastCheckin([], series, TODAY)).toBe('2027-02-24');
    expect(lastCheckin(['2027-03-20'], series, TODAY)).toBe('2027-02-24');
  });

  it('is null without a check-in and without a past meeting', () => {
    expect(lastCheckin([], [], TODAY)).toBeNull();
    expect(lastCheckin([], ['2027-03-10', '2027-03-24'], TODAY)).toBeNull();
  });
});

describe('decisionsOf', () => {
  it('gives every decision an id unique over all check-ins, so the agenda lists each', () => {
    const decisions = decisionsOf([
      { id: 'c1', decisions: [decision('d1'), decision('d2', { open: false })] },
      { id: 'c2', decisions: [decision('d1', { text: 'Ander besluit' })] },
    ]);
    expect(decisions.map((d) => d.id)).toEqual(['c1:d1', 'c1:d2', 'c2:d1']);
    expect(agenda({ decisions }).map((i) => [i.refId, i.title])).toEqual([
      ['c1:d1', 'Besluit d1'],
      ['c2:d1', 'Ander besluit'],
    ]);
  });
});

describe('generateAgenda', () => {
  it('is empty when there is nothing to discuss', () => {
    expect(agenda({})).toEqual([]);
  });

  it('lists overdue, due before the next meeting, open decisions, then done since the last meeting', () => {
    const items = agenda({
      nextMeeting: '2027-03-24',
      lastMeeting: '2027-02-24',
      actions: [
        action('done-recent', { status: 'done', due: '2027-03-01', doneOn: '2027-03-01' }),
        action('due-soon', { due: '2027-03-20', owner: { userId: null, name: 'Bob' } }),
        action('overdue', { status: 'doing', due: '2027-03-02' }),
      ],
      decisions: [decision('d1', { due: '2027-04-01' })],
    });
    expect(items).toEqual([
      { kind: 'overdue', refId: 'overdue', title: 'overdue', due: '2027-03-02', owner: 'Anna' },
      { kind: 'dueBeforeNext', refId: 'due-soon', title: 'due-soon', due: '2027-03-20', owner: 'Bob' },
      { kind: 'openDecision', refId: 'd1', title: 'Besluit d1', due: '2027-04-01' },
      { kind: 'doneSinceLast', refId: 'done-recent', title: 'done-recent', due: '2027-03-01', owner: 'Anna' },
    ]);
  });

  it('lists overdue actions oldest first, then by title', () => {
    const items = agenda({
      actions: [action('b', { due: '2027-03-05' }), action('c', { due: '2027-02-01' }), action('a', { due: '2027-03-05' })],
    });
    expect(items.map((i) => [i.kind, i.refId])).toEqual([
      ['overdue', 'c'],
      ['overdue', 'a'],
      ['overdue', 'b'],
    ]);
  });

  it('takes actions due on the next meeting day, not after it', () => {
    const items = agenda({
      nextMeeting: '2027-03-24',
      actions: [action('on', { due: '2027-03-24' }), action('after', { due: '2027-03-25' }), action('today', { due: TODAY })],
    });
    expect(items.map((i) => i.refId)).toEqual(['today', 'on']);
    expect(items.every((i) => i.kind === 'dueBeforeNext')).toBe(true);
  });

  it('looks 14 days ahead when no next meeting is planned', () => {
    expect(AGENDA_HORIZON_DAYS).toBe(14);
    const items = agenda({
      nextMeeting: null,
      actions: [action('day14', { due: '2027-03-24' }), action('day15', { due: '2027-03-25' })],
    });
    expect(items.map((i) => i.refId)).toEqual(['day14']);
  });

  it('leaves out actions without due day, done and dropped actions from the open headings', () => {
    const items = agenda({
      nextMeeting: '2027-03-24',
      actions: [
        action('no-due'),
        action('done-late', { status: 'done', due: '2027-03-01' }),
        action('dropped-late', { status: 'dropped', due: '2027-03-01' }),
        action('dropped-soon', { status: 'dropped', due: '2027-03-20' }),
      ],
    });
    expect(items).toEqual([]);
  });

  it('lists only open decisions, those with a due day first', () => {
    const items = agenda({
      decisions: [
        decision('none'),
        decision('closed', { open: false, due: '2027-03-01' }),
        decision('later', { due: '2027-05-01' }),
        decision('sooner', { due: '2027-03-01' }),
      ],
    });
    expect(items.map((i) => [i.kind, i.refId])).toEqual([
      ['openDecision', 'sooner'],
      ['openDecision', 'later'],
      ['openDecision', 'none'],
    ]);
    expect(items.every((i) => !('owner' in i))).toBe(true);
  });

  it('lists what was done on or after the last meeting day, nothing without a last meeting', () => {
    const actions = [
      action('before', { status: 'done', doneOn: '2027-02-23' }),
      action('on', { status: 'done', doneOn: '2027-02-24' }),
      action('after', { status: 'done', doneOn: '2027-03-09' }),
      action('unknown', { status: 'done', doneOn: null }),
      action('absent', { status: 'done' }),
      action('dropped', { status: 'dropped', doneOn: '2027-03-01' }),
    ];
    expect(agenda({ actions, lastMeeting: '2027-02-24' }).map((i) => [i.kind, i.refId])).toEqual([
      ['doneSinceLast', 'on'],
      ['doneSinceLast', 'after'],
    ]);
    expect(agenda({ actions, lastMeeting: null })).toEqual([]);
  });

  it('lists each action and decision once', () => {
    const overdue = action('x', { due: '2027-03-01' });
    const items = agenda({
      nextMeeting: '2027-03-24',
      lastMeeting: '2027-02-24',
      // The same action and decision twice, e.g. from a join.
      actions: [overdue, { ...overdue }, action('y', { due: '2027-03-20' }), action('y', { due: '2027-03-20' })],
      decisions: [decision('d'), decision('d')],
    });
    expect(items.map((i) => [i.kind, i.refId])).toEqual([
      ['overdue', 'x'],
      ['dueBeforeNext', 'y'],
      ['openDecision', 'd'],
    ]);
  });

  it('does not list an open action again as done, even with a done day', () => {
    const items = agenda({
      lastMeeting: '2027-02-24',
      actions: [action('reopened', { status: 'doing', due: '2027-03-01', doneOn: '2027-03-01' })],
    });
    expect(items.map((i) => [i.kind, i.refId])).toEqual([['overdue', 'reopened']]);
  });

  it('only lists overdue actions when the next meeting lies in the past', () => {
    const items = agenda({ nextMeeting: '2027-03-01', actions: [action('a', { due: '2027-03-05' }), action('b', { due: TODAY })] });
    expect(items.map((i) => [i.kind, i.refId])).toEqual([['overdue', 'a']]);
  });
});

describe('CheckinInput', () => {
  const valid = {
    date: TODAY,
    attendees: ['Anna', 'Bob'],
    minutes: 'Besproken: phishingtest.\nVolgende keer: evaluatie.',
    decisions: [
      { id: 'd1', text: 'Posters ophangen', open: false, due: null },
      { id: 'd2', text: 'Budget aanvragen', open: true, due: '2027-04-01' },
    ],
  };

  it('accepts a check-in, also an empty one', () => {
    expect(CheckinInput.safeParse(valid).success).toBe(true);
    expect(CheckinInput.safeParse({ date: TODAY, attendees: [], minutes: '', decisions: [] }).success).toBe(true);
  });

  it.each([
    ['impossible date', { date: '2027-02-30' }],
    ['missing date', { date: null }],
    ['empty attendee', { attendees: ['Anna', ' '] }],
    ['too many attendees', { attendees: Array.from({ length: 31 }, (_, i) => `P${i}`) }],
    ['NUL in the minutes', { minutes: 'a\u0000b' }],
    ['minutes too long', { minutes: 'x'.repeat(50_001) }],
    ['decision without text', { decisions: [{ id: 'd1', text: '', open: true, due: null }] }],
    ['decision with a bad id', { decisions: [{ id: 'd 1', text: 'x', open: true, due: null }] }],
    ['decision with a bad day', { decisions: [{ id: 'd1', text: 'x', open: true, due: '2027-13-01' }] }],
    ['decision with an extra key', { decisions: [{ id: 'd1', text: 'x', open: true, due: null, owner: 'Anna' }] }],
    [
      'decision ids repeated',
      {
        decisions: [
          { id: 'd1', text: 'x', open: true, due: null },
          { id: 'd1', text: 'y', open: false, due: null },
        ],
      },
    ],
    ['too many decisions', { decisions: Array.from({ length: 101 }, (_, i) => ({ id: `d${i}`, text: 'x', open: true, due: null })) }],
    ['extra key', { location: 'Kantoor' }],
  ])('refuses %s', (_, over) => {
    expect(CheckinInput.safeParse({ ...valid, ...over }).success).toBe(false);
  });

  it('accepts the limits themselves', () => {
    expect(
      CheckinInput.safeParse({
        ...valid,
        attendees: Array.from({ length: 30 }, (_, i) => `P${i}`),
        minutes: 'x'.repeat(50_000),
        decisions: Array.from({ length: 100 }, (_, i) => ({ id: `d${i}`, text: 'x', open: true, due: null })),
      }).success,
    ).toBe(true);
  });
});
