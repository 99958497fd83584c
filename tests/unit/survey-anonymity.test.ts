import { describe, expect, it } from 'vitest';
import { decideDisclosure, effectiveMinimum, showableOptions, type Cell } from '#core/survey/anonymity.js';

const sizes = (entries: [string | null, number][]) => new Map(entries);
const cells = (...list: [(string | null)[], number][]): Cell[] => list.map(([groups, n]) => ({ groups, n }));

describe('the minimum group size', () => {
  it('is the organisation’s own, but never below three', () => {
    expect(effectiveMinimum(5)).toBe(5);
    expect(effectiveMinimum(12)).toBe(12);
    expect(effectiveMinimum(2)).toBe(3);
    expect(effectiveMinimum(0)).toBe(3);
  });
});

describe('showableOptions: one grouping question', () => {
  it('shows every option of at least the minimum when nobody is left over', () => {
    expect(
      showableOptions(
        sizes([
          ['a', 5],
          ['b', 9],
        ]),
        5,
      ),
    ).toEqual(new Set(['a', 'b']));
  });

  it('hides options below the minimum', () => {
    expect(
      showableOptions(
        sizes([
          ['a', 6],
          ['b', 7],
          ['c', 5],
          ['d', 4],
          ['e', 1],
        ]),
        5,
      ),
    ).toEqual(new Set(['a', 'b', 'c']));
  });

  it('hides the smallest shown option too when the hidden rest would be small (everyone minus the shown)', () => {
    expect(
      showableOptions(
        sizes([
          ['a', 10],
          ['b', 6],
          ['c', 2],
        ]),
        5,
      ),
    ).toEqual(new Set(['a']));
    expect(
      showableOptions(
        sizes([
          ['a', 7],
          ['c', 2],
        ]),
        5,
      ),
    ).toEqual(new Set());
  });

  it('counts those who did not answer the question as part of the rest', () => {
    expect(
      showableOptions(
        sizes([
          ['a', 8],
          [null, 1],
        ]),
        5,
      ),
    ).toEqual(new Set());
    expect(
      showableOptions(
        sizes([
          ['a', 8],
          [null, 5],
        ]),
        5,
      ),
    ).toEqual(new Set(['a']));
  });
});

describe('decideDisclosure', () => {
  it('shows nothing, not even the total, below the minimum', () => {
    expect(decideDisclosure(cells([['a'], 4]), 1, 5)).toMatchObject({ overall: false, shown: [new Set()] });
  });

  it('shows two questions together when every combination holds none or enough people', () => {
    const all = cells([['a', 'x'], 5], [['a', 'y'], 5], [['b', 'x'], 6], [['b', 'y'], 0]);
    const d = decideDisclosure(all, 2, 5);
    expect(d.shown).toEqual([new Set(['a', 'b']), new Set(['x', 'y'])]);
    expect(d.withheld).toEqual([null, null]);
  });

  it('withholds one question when subtracting across questions would isolate someone', () => {
    // A: five nurses. B: one nurse and five doctors. "Nurses minus A" would be the lone nurse.
    const all = cells([['a', 'nurse'], 5], [['b', 'nurse'], 1], [['b', 'doctor'], 5]);
    const d = decideDisclosure(all, 2, 5);
    expect(d.overall).toBe(true);
    expect(d.shown.filter((s) => s.size > 0)).toHaveLength(1);
    expect(d.withheld.filter((w) => w === 'combination')).toHaveLength(1);
  });

  it('prefers the question that shows more groups', () => {
    const all = cells([['a', 'x'], 5], [['b', 'x'], 4], [['b', 'y'], 1], [['c', 'y'], 4], [['c', 'x'], 1]);
    const d = decideDisclosure(all, 2, 5);
    expect(d.shown[0]).toEqual(new Set(['a', 'b', 'c']));
    expect(d.shown[1]!.size).toBe(0);
  });

  it('is safe for any derived figure: every combination of shown groups (with "other") has none or enough people', () => {
    // Random surveys: whatever is shown, the combinations it is made of are never small.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 300; run++) {
      const list: Cell[] = [];
      for (let i = 0; i < 40; i++) {
        const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
        list.push({ groups: [pick(['a', 'b', 'c', null]), pick(['x', 'y', null]), pick(['p', 'q'])], n: 1 + Math.floor(random() * 3) });
      }
      const d = decideDisclosure(list, 3, 5);
      const shownDims = d.shown.map((s, i) => [s, i] as const).filter(([s]) => s.size > 0);
      const combos = new Map<string, number>();
      for (const c of list) {
        const key = shownDims.map(([s, i]) => (c.groups[i] !== null && s.has(c.groups[i]!) ? c.groups[i] : '*')).join('|');
        combos.set(key, (combos.get(key) ?? 0) + c.n);
      }
      for (const n of combos.values()) expect(n === 0 || n >= 5).toBe(true);
    }
  });
});
