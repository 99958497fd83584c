import { describe, expect, it } from 'vitest';
import { SUBSTEP_KEYS } from '#core/steps.js';
import { emptyBehaviourList } from '#core/worksheets/behaviours.js';
import { emptyCoreTeam } from '#core/worksheets/core-team.js';
import { WORKSHEET_KEYS, collectWorksheets, completeness, get, hasWorksheet, readFields, worksheetMissing } from '#core/worksheets/index.js';
import { emptyPlanning } from '#core/worksheets/planning.js';
import { emptyPrioritisation } from '#core/worksheets/prioritisation.js';
import { emptyProblemInventory } from '#core/worksheets/problem-inventory.js';
import { emptyStakeholders } from '#core/worksheets/stakeholders.js';
import { emptyTargetBehaviour } from '#core/worksheets/target-behaviour.js';

const behaviours = {
  behaviours: [
    { id: 'a', description: 'Scherm vergrendelen', link: '' },
    { id: 'b', description: 'Adres controleren', link: '' },
  ],
};

describe('hasWorksheet', () => {
  it('is true for 1.1–1.4, 2.1–2.3, 3.2 and 3.4 only', () => {
    expect(SUBSTEP_KEYS.filter(hasWorksheet)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.2', '3.4']);
    expect(WORKSHEET_KEYS).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.2', '3.4']);
  });
});

describe('get', () => {
  it('gives the empty start for a worksheet never saved', () => {
    expect(get({}, '1.1')).toEqual(emptyProblemInventory());
    expect(get({}, '1.2')).toEqual(emptyCoreTeam());
    expect(get({}, '1.3')).toEqual(emptyStakeholders());
    expect(get({}, '1.4')).toEqual(emptyPlanning());
    expect(get({}, '2.1')).toEqual(emptyBehaviourList());
    expect(get({}, '2.2')).toEqual(emptyPrioritisation());
    expect(get({}, '2.3')).toEqual(emptyTargetBehaviour());
  });

  it('gives a fresh empty start each time', () => {
    const set = {};
    get(set, '2.1').behaviours.push({ id: 'x', description: 'x', link: '' });
    expect(get(set, '2.1')).toEqual({ behaviours: [] });
  });

  it('gives the saved fields when there are some', () => {
    expect(get({ '2.1': behaviours }, '2.1')).toBe(behaviours);
  });
});

describe('readFields', () => {
  it('is undefined when nothing is stored', () => {
    expect(readFields('2.1', undefined)).toBeUndefined();
    expect(readFields('2.1', null)).toBeUndefined();
  });

  it('is undefined for stored data that no longer fits the schema', () => {
    expect(readFields('2.1', { behaviours: 'nope' })).toBeUndefined();
    expect(readFields('2.1', { behaviours: [], removedField: 1 })).toBeUndefined();
    expect(readFields('1.4', { ...emptyPlanning(), meetings: { ...emptyPlanning().meetings, startTime: '24:00' } })).toBeUndefined();
    expect(readFields('2.2', 'a string')).toBeUndefined();
  });

  it('gives the parsed fields for valid data, trimmed', () => {
    expect(readFields('2.1', { behaviours: [{ id: 'a', description: '  Scherm vergrendelen ', link: '' }] })).toEqual({
      behaviours: [{ id: 'a', description: 'Scherm vergrendelen', link: '' }],
    });
    expect(readFields('1.4', emptyPlanning())).toEqual(emptyPlanning());
  });
});

describe('collectWorksheets', () => {
  it('keeps known worksheets, ignores sub-steps without one and unknown keys', () => {
    const set = collectWorksheets([
      { key: '2.1', fields: behaviours },
      { key: '3.1', fields: { anything: true } },
      { key: 'nonsense', fields: {} },
    ]);
    expect(Object.keys(set)).toEqual(['2.1']);
    expect(set['2.1']).toEqual(behaviours);
  });

  it('lets an invalid stored worksheet start empty', () => {
    const set = collectWorksheets([{ key: '2.1', fields: { behaviours: [{ id: 'bad id!', description: 'x', link: '' }] } }]);
    expect(set['2.1']).toBeUndefined();
    expect(get(set, '2.1')).toEqual(emptyBehaviourList());
    expect(worksheetMissing('2.1', set)).toEqual([{ code: 'noBehaviours', field: 'behaviours' }]);
  });
});

describe('completeness and worksheetMissing', () => {
  it('has an entry for each worksheet, all incomplete for a programme without saves', () => {
    const result = completeness({});
    expect(Object.keys(result)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.2', '3.4']);
    expect(result['1.1'].map((m) => m.code)).toEqual(['noProblems', 'noChoice', 'fieldRequired']);
    expect(result['1.2'].map((m) => m.code)).toEqual(['teamTooSmall', 'noCoordinator']);
    expect(result['1.3'].map((m) => m.code)).toEqual(['noStakeholders']);
    expect(result['1.4']).toHaveLength(7);
    expect(result['2.1'].map((m) => m.code)).toEqual(['noBehaviours']);
    expect(result['2.2'].map((m) => m.code)).toEqual(['noBehavioursToRate', 'noBehaviourChosen', 'fieldRequired']);
    expect(result['2.3']).toHaveLength(6);
    expect(result['3.2'].map((m) => m.code)).toEqual(['noHypotheses', 'noMethods']);
    expect(result['3.4'].map((m) => m.code)).toEqual(['noBarriers']);
  });

  it('judges 2.2 against the behaviours of 2.1', () => {
    const prioritisation = { ratings: { a: { impact: 4, changeability: 4, measurability: 4 } }, chosenIds: ['a'], rationale: 'Haalbaar' };
    const withoutList = collectWorksheets([{ key: '2.2', fields: prioritisation }]);
    // The chosen behaviour is not in (the empty) 2.1, so it does not count as a choice either.
    expect(worksheetMissing('2.2', withoutList)).toEqual([{ code: 'noBehavioursToRate' }, { code: 'noBehaviourChosen', field: 'chosenIds' }]);

    const withList = collectWorksheets([
      { key: '2.1', fields: behaviours },
      { key: '2.2', fields: prioritisation },
    ]);
    expect(worksheetMissing('2.2', withList)).toEqual([{ code: 'behaviourNotRated', field: 'ratings.b', params: { n: 2 } }]);
    expect(completeness(withList)['2.2']).toEqual(worksheetMissing('2.2', withList));
    expect(completeness(withList)['2.1']).toEqual([]);
  });

  it('has no requirements for sub-steps without a worksheet', () => {
    expect(worksheetMissing('3.1', {})).toEqual([]);
    expect(worksheetMissing('6.3', {})).toEqual([]);
  });
});
