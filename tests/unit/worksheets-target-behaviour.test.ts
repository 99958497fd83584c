import { describe, expect, it } from 'vitest';
import {
  TARGET_BEHAVIOUR_REQUIRED,
  TargetBehaviour,
  emptyTargetBehaviour,
  targetBehaviourMissing,
  targetBehaviourSummary,
} from '#core/worksheets/target-behaviour.js';
import { readFields } from '#core/worksheets/index.js';

const spec = (patch: Partial<TargetBehaviour> = {}): TargetBehaviour => ({
  ...emptyTargetBehaviour(),
  targetGroup: 'Verpleegkundigen',
  action: 'vergrendelen het scherm',
  ...patch,
});

describe('targetBehaviourSummary', () => {
  it('is null without who or without what', () => {
    expect(targetBehaviourSummary(emptyTargetBehaviour())).toBeNull();
    expect(targetBehaviourSummary(spec({ targetGroup: '' }))).toBeNull();
    expect(targetBehaviourSummary(spec({ action: '  ' }))).toBeNull();
    expect(targetBehaviourSummary(spec({ targetGroup: '', when: 'altijd', where: 'overal' }))).toBeNull();
  });

  it('is who and what with a full stop when nothing else is known', () => {
    expect(targetBehaviourSummary(spec())).toBe('Verpleegkundigen vergrendelen het scherm.');
  });

  it('puts the departments in parentheses after who', () => {
    expect(targetBehaviourSummary(spec({ departments: 'afdeling A en B' }))).toBe('Verpleegkundigen (afdeling A en B) vergrendelen het scherm.');
  });

  it('adds when, where, how often and with what in that order, separated by commas', () => {
    const t = spec({ departments: 'SEH', when: 'als ze de werkplek verlaten', where: 'op de afdeling', howOften: 'elke keer', withWhat: 'met Windows+L' });
    expect(targetBehaviourSummary(t)).toBe(
      'Verpleegkundigen (SEH) vergrendelen het scherm, als ze de werkplek verlaten, op de afdeling, elke keer, met Windows+L.',
    );
  });

  it('skips optional parts that are empty', () => {
    expect(targetBehaviourSummary(spec({ where: 'op de afdeling', withWhat: 'met Windows+L' }))).toBe(
      'Verpleegkundigen vergrendelen het scherm, op de afdeling, met Windows+L.',
    );
    expect(targetBehaviourSummary(spec({ when: '  ', howOften: 'elke keer' }))).toBe('Verpleegkundigen vergrendelen het scherm, elke keer.');
  });

  it('trims every part', () => {
    expect(targetBehaviourSummary(spec({ targetGroup: ' Artsen ', departments: ' OK ', action: ' sluiten af ', when: ' na gebruik ' }))).toBe(
      'Artsen (OK) sluiten af, na gebruik.',
    );
  });

  it('does not double a closing full stop, and keeps ! or ?', () => {
    expect(targetBehaviourSummary(spec({ action: 'vergrendelen het scherm.' }))).toBe('Verpleegkundigen vergrendelen het scherm.');
    expect(targetBehaviourSummary(spec({ withWhat: 'met Windows+L.' }))).toBe('Verpleegkundigen vergrendelen het scherm, met Windows+L.');
    expect(targetBehaviourSummary(spec({ howOften: 'altijd!' }))).toBe('Verpleegkundigen vergrendelen het scherm, altijd!');
  });

  // Each part is typed in its own field, where people end with a full stop; joined, that gives ".,".
  it('does not leave a full stop before a comma when a middle part ends with one', () => {
    expect(targetBehaviourSummary(spec({ action: 'vergrendelen het scherm.', when: 'als ze weglopen.', where: 'op de afdeling' }))).toBe(
      'Verpleegkundigen vergrendelen het scherm, als ze weglopen, op de afdeling.',
    );
  });

  it('leaves professions, size and the situations out of the sentence', () => {
    expect(targetBehaviourSummary(spec({ professions: 'V&V', size: 120, currentSituation: 'Nu niet', desiredSituation: 'Altijd' }))).toBe(
      'Verpleegkundigen vergrendelen het scherm.',
    );
  });
});

describe('targetBehaviourMissing', () => {
  it('requires who, what, when, where, how often and the desired situation, in that order', () => {
    expect(TARGET_BEHAVIOUR_REQUIRED).toEqual(['targetGroup', 'action', 'when', 'where', 'howOften', 'desiredSituation']);
    expect(targetBehaviourMissing(emptyTargetBehaviour())).toEqual(TARGET_BEHAVIOUR_REQUIRED.map((field) => ({ code: 'fieldRequired', field })));
  });

  it('counts white space as empty and does not require the optional fields', () => {
    expect(targetBehaviourMissing(spec({ when: ' ', where: 'SEH', howOften: 'altijd', desiredSituation: 'Iedereen vergrendelt' }))).toEqual([
      { code: 'fieldRequired', field: 'when' },
    ]);
    expect(targetBehaviourMissing(spec({ when: 'bij weglopen', where: 'SEH', howOften: 'altijd', desiredSituation: 'Iedereen vergrendelt' }))).toEqual([]);
  });
});

describe('TargetBehaviour schema', () => {
  it('accepts the empty start and refuses bad sizes and unknown keys', () => {
    expect(TargetBehaviour.safeParse(emptyTargetBehaviour()).success).toBe(true);
    expect(TargetBehaviour.safeParse(spec({ size: 1 })).success).toBe(true);
    expect(TargetBehaviour.safeParse(spec({ size: 0 })).success).toBe(false);
    expect(TargetBehaviour.safeParse(spec({ size: 2.5 })).success).toBe(false);
    expect(TargetBehaviour.safeParse(spec({ size: 1_000_001 })).success).toBe(false);
    expect(TargetBehaviour.safeParse({ ...spec(), who: 'x' }).success).toBe(false);
  });

  it('takes the behaviour’s two phrases for the survey, and reads a worksheet saved before them', () => {
    const phrases = { infinitive: 'het scherm vergrendelen', teInfinitive: 'het scherm te vergrendelen' };
    expect(TargetBehaviour.parse(spec(phrases))).toMatchObject(phrases);
    const { infinitive, teInfinitive, ...before } = TargetBehaviour.parse(spec());
    expect([infinitive, teInfinitive]).toEqual([undefined, undefined]);
    expect(readFields('2.3', before)).toEqual(before);
    expect(TargetBehaviour.safeParse(spec({ infinitive: 'x'.repeat(301) })).success).toBe(false);
  });
});
