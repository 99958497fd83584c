import { describe, expect, it } from 'vitest';
import { worksheetChanges } from '#core/worksheets/changes.js';
import { emptyBehaviourList } from '#core/worksheets/behaviours.js';
import { emptyCoreTeam } from '#core/worksheets/core-team.js';
import { emptyPrioritisation } from '#core/worksheets/prioritisation.js';
import { emptyStakeholders } from '#core/worksheets/stakeholders.js';
import { emptyTargetBehaviour } from '#core/worksheets/target-behaviour.js';

const row = (id: string, text = id) => ({ id, text });

describe('worksheetChanges', () => {
  it('reports nothing for identical versions', () => {
    const v = { notes: 'n', fields: { rows: [row('a')], meetings: { count: 3 }, rationale: 'x' } };
    expect(worksheetChanges(v, structuredClone(v))).toEqual([]);
  });

  it('counts rows added, removed and changed by id', () => {
    const before = { fields: { behaviours: [row('1'), row('2'), row('3'), row('4')] } };
    const after = { fields: { behaviours: [row('1'), row('2', 'anders'), row('4', 'ook anders'), row('5'), row('6')] } };
    expect(worksheetChanges(before, after)).toEqual([{ field: 'fields.behaviours', kind: 'rows', added: 2, removed: 1, changed: 2 }]);
  });

  it('does not report rows that only moved', () => {
    expect(worksheetChanges({ list: [row('a'), row('b'), row('c')] }, { list: [row('c'), row('a'), row('b')] })).toEqual([]);
  });

  it('reports moved rows that also changed, counting only the changed ones', () => {
    expect(worksheetChanges({ list: [row('a'), row('b')] }, { list: [row('b', 'x'), row('a')] })).toEqual([
      { field: 'list', kind: 'rows', added: 0, removed: 0, changed: 1 },
    ]);
  });

  it('reports all rows removed and the first rows added', () => {
    expect(worksheetChanges({ list: [row('a'), row('b')] }, { list: [] })).toEqual([{ field: 'list', kind: 'rows', added: 0, removed: 2, changed: 0 }]);
    expect(worksheetChanges({ list: [] }, { list: [row('a')] })).toEqual([{ field: 'list', kind: 'rows', added: 1, removed: 0, changed: 0 }]);
  });

  it('names changed values, top-level and nested', () => {
    const before = { notes: 'oud', fields: { rationale: 'a', chosenId: null, size: 10 } };
    const after = { notes: 'nieuw', fields: { rationale: 'b', chosenId: 'p1', size: 10 } };
    expect(worksheetChanges(before, after)).toEqual([
      { field: 'notes', kind: 'value' },
      { field: 'fields.rationale', kind: 'value' },
      { field: 'fields.chosenId', kind: 'value' },
    ]);
  });

  it('compares the nested meetings group field by field', () => {
    const meetings = { title: 'Kernteam', firstDate: '2026-03-03', startTime: '09:00', durationMinutes: 60, intervalWeeks: 2, count: 12, location: '' };
    const before = { fields: { meetings } };
    const after = { fields: { meetings: { ...meetings, startTime: '10:30', count: 10 } } };
    expect(worksheetChanges(before, after)).toEqual([
      { field: 'fields.meetings.startTime', kind: 'value' },
      { field: 'fields.meetings.count', kind: 'value' },
    ]);
  });

  it('treats a value list that is not a list of rows (chosenIds) as one value', () => {
    expect(worksheetChanges({ chosenIds: ['a'] }, { chosenIds: ['a', 'b'] })).toEqual([{ field: 'chosenIds', kind: 'value' }]);
    expect(worksheetChanges({ chosenIds: ['a'] }, { chosenIds: [] })).toEqual([{ field: 'chosenIds', kind: 'value' }]);
    expect(worksheetChanges({ chosenIds: [] }, { chosenIds: ['a'] })).toEqual([{ field: 'chosenIds', kind: 'value' }]);
  });

  it('treats the ratings record as one value, however many ratings changed', () => {
    const before = {
      fields: { ratings: { a: { impact: 1, changeability: 2, measurability: 3 }, b: { impact: null, changeability: null, measurability: null } } },
    };
    const after = { fields: { ratings: { a: { impact: 5, changeability: 2, measurability: 3 }, b: { impact: 2, changeability: 2, measurability: 2 } } } };
    expect(worksheetChanges(before, after)).toEqual([{ field: 'fields.ratings', kind: 'value' }]);
  });

  it('treats a scores record as one value, and a score change inside a row as a changed row', () => {
    expect(worksheetChanges({ scores: { impact: 1, urgency: 2 } }, { scores: { impact: 3, urgency: 4 } })).toEqual([{ field: 'scores', kind: 'value' }]);
    const p = (impact: number) => ({ id: 'p', title: 'x', scores: { impact } });
    expect(worksheetChanges({ fields: { problems: [p(1)] } }, { fields: { problems: [p(4)] } })).toEqual([
      { field: 'fields.problems', kind: 'rows', added: 0, removed: 0, changed: 1 },
    ]);
  });

  it('does not report empty fields on a first save', () => {
    expect(worksheetChanges(null, { notes: '', fields: { rationale: '', chosenId: null, problems: [], size: null } })).toEqual([]);
    expect(worksheetChanges(null, { notes: '', fields: emptyCoreTeam() })).toEqual([]);
    expect(worksheetChanges(null, { notes: '', fields: emptyStakeholders() })).toEqual([]);
    expect(worksheetChanges(null, { notes: '', fields: emptyBehaviourList() })).toEqual([]);
    expect(worksheetChanges(null, { notes: '', fields: emptyTargetBehaviour() })).toEqual([]);
  });

  // The empty start of 2.2 has `ratings: {}`: as empty as `[]` or '', but reported as a change
  // (src/core/worksheets/changes.ts, the "appears empty" condition only knows '', null and []).
  it('does not report the empty ratings record on a first save of 2.2', () => {
    expect(worksheetChanges(null, { notes: '', fields: emptyPrioritisation() })).toEqual([]);
  });

  it('does report what is filled in on a first save', () => {
    expect(worksheetChanges(null, { notes: 'Start', fields: { rationale: 'Omdat', behaviours: [row('a'), row('b')] } })).toEqual([
      { field: 'notes', kind: 'value' },
      { field: 'fields.rationale', kind: 'value' },
      { field: 'fields.behaviours', kind: 'rows', added: 2, removed: 0, changed: 0 },
    ]);
  });

  it('reports a value that was emptied later', () => {
    expect(worksheetChanges({ rationale: 'Omdat' }, { rationale: '' })).toEqual([{ field: 'rationale', kind: 'value' }]);
  });
});
