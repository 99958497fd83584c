import { describe, expect, it } from 'vitest';
import { ANCHORING_AREAS, AnchoringInput, STANDARD_AREAS, anchoringMissing, anchoringProgress, type AnchoringState } from '#core/anchoring/checklist.js';

const UUID = '3f2b8c1e-5d4a-4b6f-9a7e-1c2d3e4f5a6b';

const valid = {
  area: 'policy',
  description: 'Opnemen in het informatiebeveiligingsbeleid',
  owner: { userId: null, name: 'Manager informatiebeveiliging' },
  due: '2027-06-01',
  status: 'todo',
  note: '',
};

const item = (over: Partial<AnchoringState> = {}): AnchoringState => ({
  area: 'policy',
  description: 'Beleid',
  owner: { name: 'Anna' },
  status: 'done',
  ...over,
});
/** One settled item with an owner in every standard area: nothing missing. */
const complete = (): AnchoringState[] => STANDARD_AREAS.map((area) => item({ area, description: area }));

const issuesOf = (input: unknown) => {
  const parsed = AnchoringInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('AnchoringInput', () => {
  it('accepts an item with an owner by name, by account, or none yet, and without a due day', () => {
    expect(issuesOf(valid)).toEqual([]);
    expect(issuesOf({ ...valid, owner: { userId: UUID, name: 'Bob' }, due: null })).toEqual([]);
    expect(issuesOf({ ...valid, owner: { userId: null, name: '' } })).toEqual([]);
  });

  it('has the five standard areas and "other"', () => {
    expect(ANCHORING_AREAS).toEqual([...STANDARD_AREAS, 'other']);
    expect(issuesOf({ ...valid, area: 'other' })).toEqual([]);
  });

  it('trims text', () => {
    expect(AnchoringInput.parse({ ...valid, description: '  In het beleid ', note: ' Paragraaf 4 ' })).toMatchObject({
      description: 'In het beleid',
      note: 'Paragraaf 4',
    });
  });

  it('needs a reason to call an item not applicable, named on the note', () => {
    expect(issuesOf({ ...valid, status: 'notApplicable', note: '' })).toEqual([{ path: 'note', message: 'reasonRequired' }]);
    expect(issuesOf({ ...valid, status: 'notApplicable', note: '   ' })).toEqual([{ path: 'note', message: 'reasonRequired' }]);
    expect(issuesOf({ ...valid, status: 'notApplicable', note: 'Wij hebben geen eigen inwerkprogramma; dat doet de moederorganisatie.' })).toEqual([]);
    expect(issuesOf({ ...valid, status: 'done', note: '' })).toEqual([]);
  });

  it('needs a name with an account', () => {
    expect(issuesOf({ ...valid, owner: { userId: UUID, name: ' ' } })).toEqual([{ path: 'owner.name', message: 'required' }]);
  });

  it.each([
    ['empty description', { description: '' }],
    ['blank description', { description: '   ' }],
    ['description too long', { description: 'x'.repeat(4001) }],
    ['NUL in the note', { note: 'a\u0000b' }],
    ['unknown area', { area: 'pdca' }],
    ['unknown status', { status: 'doing' }],
    ['impossible day', { due: '2027-02-30' }],
    ['owner user id that is not a uuid', { owner: { userId: '42', name: 'Anna' } }],
    ['extra key on the owner', { owner: { userId: null, name: 'Anna', email: 'a@b.nl' } }],
    ['no owner at all', { owner: null }],
    ['extra key', { priority: 'high' }],
  ])('refuses %s', (_, over) => {
    expect(AnchoringInput.safeParse({ ...valid, ...over }).success).toBe(false);
  });
});

describe('anchoringMissing', () => {
  it('names every standard area without an item, and nothing else, for an empty list', () => {
    expect(anchoringMissing([])).toEqual(STANDARD_AREAS.map((area) => ({ code: 'anchoringAreaEmpty', field: 'area', params: { area } })));
  });

  it('finds nothing missing when every standard area has a settled item with an owner', () => {
    expect(anchoringMissing(complete())).toEqual([]);
  });

  it('does not require "other", but checks its items too', () => {
    expect(anchoringMissing([...complete(), item({ area: 'other', description: 'Intranet', status: 'todo', owner: { name: '' } })])).toEqual([
      { code: 'anchoringOwnerMissing', field: 'owner', params: { description: 'Intranet' } },
      { code: 'anchoringOpen', field: 'status', params: { description: 'Intranet' } },
    ]);
  });

  it('counts an area covered by an item that does not apply, and such an item as settled', () => {
    const items = complete().map((i) => (i.area === 'onboarding' ? { ...i, status: 'notApplicable' as const } : i));
    expect(anchoringMissing(items)).toEqual([]);
  });

  it('names items without an owner and items still to do', () => {
    const items = complete();
    items[0] = item({ area: 'policy', description: 'Beleid', owner: { name: '  ' } });
    items[1] = item({ area: 'onboarding', description: 'Introductiedag', status: 'todo' });
    expect(anchoringMissing(items)).toEqual([
      { code: 'anchoringOwnerMissing', field: 'owner', params: { description: 'Beleid' } },
      { code: 'anchoringOpen', field: 'status', params: { description: 'Introductiedag' } },
    ]);
  });

  it('is satisfied by one item per area however many others the area has, as long as all are settled', () => {
    const items = [...complete(), item({ area: 'training', description: 'E-learning', status: 'todo' })];
    expect(anchoringMissing(items).map((m) => m.code)).toEqual(['anchoringOpen']);
  });
});

describe('anchoringProgress', () => {
  it('counts done and not applicable as settled', () => {
    expect(anchoringProgress([])).toEqual({ total: 0, done: 0, notApplicable: 0, settled: 0 });
    expect(anchoringProgress([item({ status: 'done' }), item({ status: 'notApplicable' }), item({ status: 'todo' }), item({ status: 'done' })])).toEqual({
      total: 4,
      done: 2,
      notApplicable: 1,
      settled: 3,
    });
  });
});
