import { describe, expect, it } from 'vitest';
import { en } from '#web/i18n/en/index.js';
import { nl } from '#web/i18n/nl/index.js';

/**
 * WCAG 2.5.3 (Label in Name): a button that says "KPI verwijderen" and tells screen readers which
 * row it is about ("…For" texts, e.g. `removeFor`) must keep its visible words in that name, so
 * "click KPI verwijderen" by voice still finds it. Found by axe on the 6.1 page of the demo.
 */
function pairs(texts: unknown, path = ''): { key: string; visible: string; named: string }[] {
  if (typeof texts !== 'object' || texts === null) return [];
  const entries = Object.entries(texts as Record<string, unknown>);
  const here = entries.flatMap(([key, value]) => {
    const named = (texts as Record<string, unknown>)[`${key}For`];
    return typeof value === 'string' && typeof named === 'string' ? [{ key: `${path}${key}`, visible: value, named }] : [];
  });
  return [...here, ...entries.flatMap(([key, value]) => pairs(value, `${path}${key}.`))];
}

describe.each([
  ['nl', nl],
  ['en', en],
])('the %s texts', (_, texts) => {
  it('finds the button pairs (a check on this test)', () => {
    expect(pairs(texts).length).toBeGreaterThan(15);
  });

  it("keep a button's visible words in the name it has for screen readers", () => {
    const normal = (text: string) => text.toLocaleLowerCase().replace(/\s+/g, ' ');
    expect(pairs(texts).filter(({ visible, named }) => !normal(named).includes(normal(visible)))).toEqual([]);
  });
});
