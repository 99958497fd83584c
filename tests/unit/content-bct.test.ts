import { describe, expect, it } from 'vitest';
import { BCT_GROUPS, BCTS, FREQUENT_BCTS, bctById } from '#content/bct-taxonomy.js';

describe('BCT Taxonomy v1', () => {
  it('has 93 techniques in 16 groups, numbered as the taxonomy numbers them', () => {
    expect(BCT_GROUPS.map((g) => g.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(BCTS).toHaveLength(93);
    const perGroup = BCT_GROUPS.map((g) => BCTS.filter((b) => b.group === g.number).length);
    expect(perGroup).toEqual([9, 7, 3, 4, 6, 3, 8, 7, 3, 11, 4, 6, 5, 10, 4, 3]);
    expect(new Set(BCTS.map((b) => b.id)).size).toBe(93);
  });

  it('carries the taxonomy’s labels', () => {
    expect(
      Object.fromEntries(['1.1', '2.2', '4.1', '6.1', '7.1', '8.3', '9.1', '10.4', '12.5', '13.2', '14.2', '16.3'].map((id) => [id, bctById(id)?.label.en])),
    ).toEqual({
      '1.1': 'Goal setting (behavior)',
      '2.2': 'Feedback on behavior',
      '4.1': 'Instruction on how to perform the behavior',
      '6.1': 'Demonstration of the behavior',
      '7.1': 'Prompts/cues',
      '8.3': 'Habit formation',
      '9.1': 'Credible source',
      '10.4': 'Social reward',
      '12.5': 'Adding objects to the environment',
      '13.2': 'Framing/reframing',
      '14.2': 'Punishment',
      '16.3': 'Vicarious consequences',
    });
    expect(bctById('17.1')).toBeUndefined();
  });

  it('lists real techniques per intervention function, none for restriction (BCW guide, table 3.3)', () => {
    for (const [fn, ids] of Object.entries(FREQUENT_BCTS)) for (const id of ids) expect(bctById(id), `${fn}: ${id}`).toBeDefined();
    expect(FREQUENT_BCTS.restriction).toEqual([]);
    expect(FREQUENT_BCTS.environmentalRestructuring).toEqual(['12.5', '7.1', '12.1']);
  });

  it('has every label in Dutch and English', () => {
    for (const item of [...BCT_GROUPS, ...BCTS]) for (const text of Object.values(item.label)) expect(text).toMatch(/\S/);
    expect(BCTS.filter((b) => b.label.nl === b.label.en).map((b) => b.id)).toEqual(['2.6']);
  });
});
