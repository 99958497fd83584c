import { describe, expect, it } from 'vitest';
import { Stakeholders, emptyStakeholders, stakeholderStrategy, stakeholdersMissing, type Stakeholder } from '#core/worksheets/stakeholders.js';

const stakeholder = (id: string, patch: Partial<Stakeholder> = {}): Stakeholder => ({
  id,
  name: `Partij ${id}`,
  interest: '',
  interestLevel: 3,
  influenceLevel: 3,
  involvement: 'Maandelijks overleg',
  when: '',
  ...patch,
});

describe('stakeholderStrategy', () => {
  it.each([
    [5, 5, 'manageClosely'],
    [4, 4, 'manageClosely'],
    [1, 5, 'keepSatisfied'],
    [3, 4, 'keepSatisfied'],
    [5, 1, 'keepInformed'],
    [4, 3, 'keepInformed'],
    [3, 3, 'monitor'],
    [1, 1, 'monitor'],
  ] as const)('interest %i, influence %i → %s', (interestLevel, influenceLevel, strategy) => {
    expect(stakeholderStrategy({ interestLevel, influenceLevel })).toBe(strategy);
  });

  it('is null until both axes are rated', () => {
    expect(stakeholderStrategy({ interestLevel: null, influenceLevel: 5 })).toBeNull();
    expect(stakeholderStrategy({ interestLevel: 5, influenceLevel: null })).toBeNull();
    expect(stakeholderStrategy({ interestLevel: null, influenceLevel: null })).toBeNull();
  });
});

describe('stakeholdersMissing', () => {
  it('reports an empty list', () => {
    expect(stakeholdersMissing(emptyStakeholders())).toEqual([{ code: 'noStakeholders', field: 'stakeholders' }]);
  });

  it('is empty when every stakeholder has a name, a placement and an involvement', () => {
    expect(stakeholdersMissing({ stakeholders: [stakeholder('a'), stakeholder('b', { interestLevel: 1, influenceLevel: 5 })] })).toEqual([]);
  });

  it('reports each gap per stakeholder, with a 1-based number', () => {
    const data = {
      stakeholders: [stakeholder('a'), stakeholder('b', { name: ' ', influenceLevel: null, involvement: '' }), stakeholder('c', { interestLevel: null })],
    };
    expect(stakeholdersMissing(data)).toEqual([
      { code: 'stakeholderName', field: 'stakeholders.1.name', params: { n: 2 } },
      { code: 'stakeholderPlacement', field: 'stakeholders.1', params: { n: 2 } },
      { code: 'stakeholderInvolvement', field: 'stakeholders.1.involvement', params: { n: 2 } },
      { code: 'stakeholderPlacement', field: 'stakeholders.2', params: { n: 3 } },
    ]);
  });
});

describe('Stakeholders schema', () => {
  it('accepts the empty start and unrated stakeholders', () => {
    expect(Stakeholders.safeParse(emptyStakeholders()).success).toBe(true);
    expect(Stakeholders.safeParse({ stakeholders: [stakeholder('a', { interestLevel: null, influenceLevel: null })] }).success).toBe(true);
  });
  it('refuses ratings outside 1–5, duplicate ids and unknown keys', () => {
    expect(Stakeholders.safeParse({ stakeholders: [stakeholder('a', { interestLevel: 0 })] }).success).toBe(false);
    expect(Stakeholders.safeParse({ stakeholders: [stakeholder('a', { influenceLevel: 6 })] }).success).toBe(false);
    expect(Stakeholders.safeParse({ stakeholders: [stakeholder('a'), stakeholder('a')] }).error?.issues[0]).toMatchObject({ message: 'duplicateId' });
    expect(Stakeholders.safeParse({ stakeholders: [], more: [] }).success).toBe(false);
  });
});
