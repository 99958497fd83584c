import { describe, expect, it } from 'vitest';
import { dueReminders, type ReminderAction, type ReminderProgramme, type Recipient } from '#core/execution/reminders.js';
import { emptyPlanning } from '#core/worksheets/planning.js';

const anna: Recipient = { userId: 'u-anna', email: 'anna@zorg.invalid', name: 'Anna', locale: 'nl' };
const bram: Recipient = { userId: 'u-bram', email: 'bram@zorg.invalid', name: 'Bram', locale: 'en' };

/** Meetings every two weeks from Wednesday 10 March 2027, three in all. */
const programme = (over: Partial<ReminderProgramme> = {}): ReminderProgramme => ({
  id: 'p1',
  title: 'Phishing melden',
  meetings: { ...emptyPlanning().meetings, firstDate: '2027-03-10', startTime: '09:30', intervalWeeks: 2, count: 3, location: ' Zaal B2 ' },
  team: [anna, bram],
  ...over,
});
const action = (over: Partial<ReminderAction> = {}): ReminderAction => ({
  id: 'a1',
  programmeId: 'p1',
  title: 'Meldknop uitrollen',
  status: 'todo',
  due: '2027-03-20',
  owner: anna,
  ...over,
});

const keysOn = (today: string, input: { programmes?: ReminderProgramme[]; actions?: ReminderAction[] }) =>
  dueReminders({ today, programmes: input.programmes ?? [programme()], actions: input.actions ?? [] }).map((r) => r.key);

describe('check-in reminders', () => {
  it('go to every team member from the day before a meeting until the meeting day', () => {
    expect(keysOn('2027-03-08', {})).toEqual([]);
    const dayBefore = ['checkin:p1:2027-03-24:u-anna', 'checkin:p1:2027-03-24:u-bram'];
    expect(keysOn('2027-03-23', {})).toEqual(dayBefore);
    expect(keysOn('2027-03-24', {})).toEqual(dayBefore);
    expect(keysOn('2027-03-25', {})).toEqual([]);
    expect(keysOn('2027-03-09', {})).toEqual(['checkin:p1:2027-03-10:u-anna', 'checkin:p1:2027-03-10:u-bram']);
  });

  it('say which meeting, when and where', () => {
    const [first] = dueReminders({ today: '2027-03-09', programmes: [programme()], actions: [] });
    expect(first).toEqual({
      kind: 'checkin',
      key: 'checkin:p1:2027-03-10:u-anna',
      to: anna,
      programme: { id: 'p1', title: 'Phishing melden' },
      meeting: { title: '', day: '2027-03-10', startTime: '09:30', location: 'Zaal B2' },
    });
  });

  it('stop after the last meeting, and need a planned series and a team', () => {
    expect(keysOn('2027-04-06', {})).toHaveLength(2);
    expect(keysOn('2027-04-08', {})).toEqual([]);
    expect(keysOn('2027-03-09', { programmes: [programme({ meetings: { ...programme().meetings, firstDate: null } })] })).toEqual([]);
    expect(keysOn('2027-03-09', { programmes: [programme({ team: [] })] })).toEqual([]);
  });
});

describe('action reminders', () => {
  const none = programme({ team: [] });

  it('go to the owner from two days before the due day until the due day', () => {
    expect(keysOn('2027-03-17', { programmes: [none], actions: [action()] })).toEqual([]);
    for (const today of ['2027-03-18', '2027-03-19', '2027-03-20']) {
      expect(keysOn(today, { programmes: [none], actions: [action()] })).toEqual(['action:a1:2027-03-20:u-anna']);
    }
    expect(keysOn('2027-03-21', { programmes: [none], actions: [action()] }), 'overdue: on the agenda instead').toEqual([]);
  });

  it('remind again when the due day moves, under a new key', () => {
    expect(keysOn('2027-03-22', { programmes: [none], actions: [action({ due: '2027-03-23' })] })).toEqual(['action:a1:2027-03-23:u-anna']);
  });

  it('only for open actions with a due day, an owner with an account, in a programme given', () => {
    const actions = [
      action({ id: 'done', status: 'done' }),
      action({ id: 'dropped', status: 'dropped' }),
      action({ id: 'nameOnly', owner: null }),
      action({ id: 'noDue', due: null }),
      action({ id: 'archived', programmeId: 'p-archived' }),
      action({ id: 'doing', status: 'doing', owner: bram }),
    ];
    const reminders = dueReminders({ today: '2027-03-19', programmes: [none], actions });
    expect(reminders).toEqual([
      {
        kind: 'action',
        key: 'action:doing:2027-03-20:u-bram',
        to: bram,
        programme: { id: 'p1', title: 'Phishing melden' },
        action: { id: 'doing', title: 'Meldknop uitrollen', due: '2027-03-20' },
      },
    ]);
  });
});
