import { describe, expect, it } from 'vitest';
import { OFFERED_SCENARIOS } from '#content/knowledge-scenarios.js';
import { displayOrder } from '#core/knowledge/display-order.js';

/** Where the page shows a scenario's right option in a check with this link (0 = first). */
const shownAt = (slug: string, s: (typeof OFFERED_SCENARIOS)[number]) => displayOrder(s.options.length, `${slug}/${s.key}`).indexOf(s.right);
const slugs = Array.from({ length: 600 }, (_, i) => `Check${i}Link${(i * 7919).toString(36)}`);

describe('the order a check shows options in', () => {
  it('shows every option once, the same way each time for the same check and scenario', () => {
    for (const count of [2, 3, 4]) {
      const order = displayOrder(count, 'abc/breach-wrong-gp');
      expect([...order].sort()).toEqual(Array.from({ length: count }, (_, i) => i));
      expect(displayOrder(count, 'abc/breach-wrong-gp')).toEqual(order);
    }
  });

  it('does not put the right option in one place across the set, within one check', () => {
    for (const slug of slugs.slice(0, 20)) {
      const places = new Set(OFFERED_SCENARIOS.map((s) => shownAt(slug, s)));
      expect(places.size, slug).toBeGreaterThan(1);
    }
  });

  it('puts each scenario’s right option in every place about equally often over many checks', () => {
    for (const s of OFFERED_SCENARIOS) {
      const counts = Array<number>(s.options.length).fill(0);
      for (const slug of slugs) {
        const at = shownAt(slug, s);
        counts[at] = (counts[at] ?? 0) + 1;
      }
      const expected = slugs.length / s.options.length;
      // Binomial spread at 600 draws is about ±12–20; ±30% of the expectation is far outside it.
      for (const n of counts) expect(Math.abs(n - expected), `${s.key}: ${counts}`).toBeLessThan(0.3 * expected);
    }
  });

  it('makes no place ("always pick the second") score better than chance over the set', () => {
    for (const place of [0, 1, 2, 3]) {
      const chance = OFFERED_SCENARIOS.reduce((sum, s) => sum + (place < s.options.length ? 1 / s.options.length : 0), 0);
      const mean = slugs.slice(0, 50).reduce((sum, slug) => sum + OFFERED_SCENARIOS.filter((s) => shownAt(slug, s) === place).length, 0) / 50;
      expect(Math.abs(mean - chance), `place ${place}`).toBeLessThan(2);
    }
  });
});
