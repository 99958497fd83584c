import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  ActionInput,
  actionSummary,
  boardColumns,
  isDueSoon,
  isOpen,
  isOverdue,
  sortForList,
  type ActionState,
} from '#core/execution/actions.js';

const TODAY = '2027-03-10';
const UUID = '3f2b8c1e-5d4a-4b6f-9a7e-1c2d3e4f5a6b';

let seq = 0;
const action = (over: Partial<ActionState> = {}): ActionState => ({
  id: `a${++seq}`,
  title: 'Actie',
  status: 'todo',
  due: null,
  owner: { userId: null, name: 'Anna' },
  candidateId: null,
  ...over,
});

const valid = {
  title: 'Phishingtest voorbereiden',
  description: 'Met ICT afstemmen',
  candidateId: UUID,
  owner: { userId: null, name: 'Anna de Vries' },
  due: '2027-04-01',
  status: 'todo',
  channel: 'teamoverleg',
};

describe('ActionInput', () => {
  it('accepts a complete action, a free action without due day and an empty channel', () => {
    expect(ActionInput.safeParse(valid).success).toBe(true);
    expect(ActionInput.safeParse({ ...valid, candidateId: null, due: null, channel: '', owner: { userId: UUID, name: 'Bob' } }).success).toBe(true);
  });

  it('trims text', () => {
    expect(ActionInput.parse({ ...valid, title: '  Poster ophangen ' }).title).toBe('Poster ophangen');
  });

  it('takes the check-in it was agreed at as an optional uuid or null', () => {
    expect(ActionInput.safeParse({ ...valid, checkinId: UUID }).success).toBe(true);
    expect(ActionInput.safeParse({ ...valid, checkinId: null }).success).toBe(true);
    expect(ActionInput.parse(valid).checkinId).toBeUndefined();
    expect(ActionInput.safeParse({ ...valid, checkinId: 'overleg-1' }).success).toBe(false);
  });

  it.each([
    ['empty title', { title: '' }],
    ['blank title', { title: '   ' }],
    ['title too long', { title: 'x'.repeat(301) }],
    ['NUL in description', { description: 'a\u0000b' }],
    ['impossible day', { due: '2027-02-30' }],
    ['not a day', { due: '10-03-2027' }],
    ['a moment instead of a day', { due: '2027-03-10T09:00:00Z' }],
    ['unknown status', { status: 'blocked' }],
    ['candidate id that is not a uuid', { candidateId: 'cand-1' }],
    ['owner without name', { owner: { userId: null, name: ' ' } }],
    ['owner user id that is not a uuid', { owner: { userId: '42', name: 'Anna' } }],
    ['extra key on the owner', { owner: { userId: null, name: 'Anna', email: 'a@b.nl' } }],
    ['extra key', { priority: 'high' }],
  ])('refuses %s', (_, over) => {
    expect(ActionInput.safeParse({ ...valid, ...over }).success).toBe(false);
  });

  it('refuses missing fields', () => {
    const { channel: _channel, ...withoutChannel } = valid;
    expect(ActionInput.safeParse(withoutChannel).success).toBe(false);
    expect(ActionInput.safeParse({ ...valid, due: undefined }).success).toBe(false);
  });

  it('accepts a leap day only in a leap year', () => {
    expect(ActionInput.safeParse({ ...valid, due: '2028-02-29' }).success).toBe(true);
    expect(ActionInput.safeParse({ ...valid, due: '2027-02-29' }).success).toBe(false);
  });
});

describe('isOpen, isOverdue, isDueSoon', () => {
  it('counts todo and doing as open, done and dropped not', () => {
    expect(ACTION_STATUSES.filter((status) => isOpen(action({ status })))).toEqual(['todo', 'doing']);
  });

  it('is overdue only when open and due before today', () => {
    expect(isOverdue(action({ due: '2027-03-09' }), TODAY)).toBe(true);
    expect(isOverdue(action({ due: '2027-03-09', status: 'doing' }), TODAY)).toBe(true);
    expect(isOverdue(action({ due: TODAY }), TODAY)).toBe(false);
    expect(isOverdue(action({ due: '2027-03-11' }), TODAY)).toBe(false);
    expect(isOverdue(action({ due: null }), TODAY)).toBe(false);
    expect(isOverdue(action({ due: '2027-01-01', status: 'done' }), TODAY)).toBe(false);
    expect(isOverdue(action({ due: '2027-01-01', status: 'dropped' }), TODAY)).toBe(false);
  });

  it('compares across month and year ends', () => {
    expect(isOverdue(action({ due: '2026-12-31' }), '2027-01-01')).toBe(true);
    expect(isDueSoon(action({ due: '2027-01-03' }), '2026-12-30', 4)).toBe(true);
    expect(isDueSoon(action({ due: '2027-03-01' }), '2027-02-27', 2)).toBe(true);
    expect(isDueSoon(action({ due: '2027-03-02' }), '2027-02-27', 2)).toBe(false);
  });

  it('is due soon when open, not overdue and due within the window, both ends included', () => {
    expect(isDueSoon(action({ due: TODAY }), TODAY, 7)).toBe(true);
    expect(isDueSoon(action({ due: '2027-03-17' }), TODAY, 7)).toBe(true);
    expect(isDueSoon(action({ due: '2027-03-18' }), TODAY, 7)).toBe(false);
    expect(isDueSoon(action({ due: '2027-03-09' }), TODAY, 7)).toBe(false);
    expect(isDueSoon(action({ due: null }), TODAY, 7)).toBe(false);
    expect(isDueSoon(action({ due: '2027-03-12', status: 'done' }), TODAY, 7)).toBe(false);
    expect(isDueSoon(action({ due: '2027-03-12', status: 'dropped' }), TODAY, 7)).toBe(false);
    expect(isDueSoon(action({ due: TODAY }), TODAY, 0)).toBe(true);
    expect(isDueSoon(action({ due: '2027-03-11' }), TODAY, 0)).toBe(false);
  });
});

describe('boardColumns', () => {
  it('has every column, also when empty', () => {
    expect(boardColumns([])).toEqual({ todo: [], doing: [], done: [], dropped: [] });
  });

  it('puts each action in its column, by due day (none last), then title', () => {
    const a = action({ title: 'Zeep', due: '2027-03-20' });
    const b = action({ title: 'Appel', due: null });
    const c = action({ title: 'Beker', due: '2027-03-20' });
    const d = action({ title: 'Aap', due: '2027-03-01' });
    const e = action({ title: 'Kast', status: 'doing', due: null });
    const f = action({ title: 'Deur', status: 'done', due: '2027-02-01' });
    const g = action({ title: 'Raam', status: 'dropped' });
    const board = boardColumns([a, b, c, d, e, f, g]);
    expect(board.todo.map((x) => x.title)).toEqual(['Aap', 'Beker', 'Zeep', 'Appel']);
    expect(board.doing).toEqual([e]);
    expect(board.done).toEqual([f]);
    expect(board.dropped).toEqual([g]);
  });

  it('orders titles the Dutch way, ignoring case', () => {
    const titles = ['beleid', 'Audit', 'écht', 'Zorg'].map((title) => action({ title }));
    expect(boardColumns(titles).todo.map((x) => x.title)).toEqual(['Audit', 'beleid', 'écht', 'Zorg']);
  });

  it('does not change the input', () => {
    const list = [action({ title: 'B' }), action({ title: 'A' })];
    const copy = [...list];
    boardColumns(list);
    expect(list).toEqual(copy);
  });
});

describe('sortForList', () => {
  it('lists overdue (oldest first), then open by due day (none last), then done, then dropped', () => {
    const list = [
      action({ title: 'dropped', status: 'dropped', due: '2027-01-01' }),
      action({ title: 'done', status: 'done', due: '2027-01-01' }),
      action({ title: 'open-none', due: null }),
      action({ title: 'open-later', status: 'doing', due: '2027-04-01' }),
      action({ title: 'open-today', due: TODAY }),
      action({ title: 'overdue-recent', due: '2027-03-09' }),
      action({ title: 'overdue-old', status: 'doing', due: '2027-02-01' }),
    ];
    expect(sortForList(list, TODAY).map((a) => a.title)).toEqual(['overdue-old', 'overdue-recent', 'open-today', 'open-later', 'open-none', 'done', 'dropped']);
  });

  it('breaks ties by title, and orders done and dropped by title whatever their due day', () => {
    const list = [
      action({ title: 'Bravo', due: '2027-03-01' }),
      action({ title: 'Alfa', due: '2027-03-01' }),
      action({ title: 'Delta', due: null }),
      action({ title: 'Charlie', due: null }),
      action({ title: 'Zulu', status: 'done', due: '2027-01-01' }),
      action({ title: 'Echo', status: 'done', due: null }),
      action({ title: 'Yankee', status: 'dropped', due: null }),
      action({ title: 'Fox', status: 'dropped', due: '2027-05-01' }),
    ];
    expect(sortForList(list, TODAY).map((a) => a.title)).toEqual(['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Zulu', 'Fox', 'Yankee']);
  });

  it('keeps the input order for equal actions and does not change the input', () => {
    const first = action({ title: 'Zelfde' });
    const second = action({ title: 'Zelfde' });
    const list = [first, second];
    expect(sortForList(list, TODAY)).toEqual([first, second]);
    expect(sortForList([], TODAY)).toEqual([]);
    expect(list[0]).toBe(first);
  });
});

describe('actionSummary', () => {
  it('counts and takes the done share of the actions not dropped', () => {
    const list = [
      action({ due: '2027-03-01' }),
      action({ status: 'doing', due: null }),
      action({ status: 'done' }),
      action({ status: 'dropped' }),
      action({ status: 'dropped', due: '2027-01-01' }),
    ];
    expect(actionSummary(list, TODAY)).toEqual({ total: 5, open: 2, overdue: 1, done: 1, dropped: 2, doneShare: 1 / 3 });
  });

  it('has no done share without actions, or when all were dropped', () => {
    expect(actionSummary([], TODAY)).toEqual({ total: 0, open: 0, overdue: 0, done: 0, dropped: 0, doneShare: null });
    expect(actionSummary([action({ status: 'dropped' })], TODAY).doneShare).toBeNull();
  });

  it('reaches a share of one when everything not dropped is done, and zero when nothing is', () => {
    expect(actionSummary([action({ status: 'done' }), action({ status: 'dropped' })], TODAY).doneShare).toBe(1);
    expect(actionSummary([action(), action({ status: 'doing' })], TODAY).doneShare).toBe(0);
  });
});
