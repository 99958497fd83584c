import { describe, expect, it } from 'vitest';
import { isSubstepKey, nextSubstep, programmeProgress, STEP_NUMBERS, STEPS, stepOf, SUBSTEP_KEYS, type SubstepKey, type SubstepStatus } from '#core/steps.js';

const all = (status: SubstepStatus) => Object.fromEntries(SUBSTEP_KEYS.map((k) => [k, status])) as Record<SubstepKey, SubstepStatus>;
const withStatus = (status: SubstepStatus, keys: SubstepKey[]) =>
  Object.fromEntries(keys.map((k) => [k, status])) as Partial<Record<SubstepKey, SubstepStatus>>;

/** Shaped like the demo programme (setup/demo.ts): 3.2 left out, step 4 done, steps 5 and 6 under way. */
const demo = {
  ...withStatus('done', ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4']),
  ...withStatus('in_progress', ['5.1', '5.2', '5.3', '6.1', '6.2']),
};

describe('the steps of the Wegwijzer', () => {
  it('has six steps with 21 sub-steps in reading order', () => {
    expect(STEP_NUMBERS).toEqual([1, 2, 3, 4, 5, 6]);
    expect(SUBSTEP_KEYS).toHaveLength(21);
    expect(SUBSTEP_KEYS).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '5.1',
      '5.2',
      '5.3',
      '6.1',
      '6.2',
      '6.3',
    ]);
  });

  it('knows which step a sub-step belongs to', () => {
    expect(stepOf('1.1')).toBe(1);
    expect(stepOf('3.4')).toBe(3);
    expect(stepOf('6.3')).toBe(6);
    for (const n of STEP_NUMBERS) for (const key of STEPS[n]) expect(stepOf(key)).toBe(n);
  });

  it('recognises existing sub-step keys only', () => {
    expect(isSubstepKey('1.1')).toBe(true);
    expect(isSubstepKey('6.3')).toBe(true);
    for (const key of ['1.5', '2.4', '7.1', '0.1', '1', '1.1 ', '', '__proto__', 'toString']) expect(isSubstepKey(key)).toBe(false);
  });
});

describe('programme progress', () => {
  it('a new programme has done nothing and works on step 1', () => {
    const progress = programmeProgress({});
    expect(progress.overall).toEqual({ done: 0, inProgress: 0, total: 21, percent: 0 });
    expect(progress.currentStep).toBe(1);
    expect(progress.openBehind).toEqual([]);
    expect(progress.steps[1]).toEqual({ done: 0, inProgress: 0, total: 4, percent: 0 });
    expect(progress.steps[2].total).toBe(3);
  });

  it('counts done and in-progress sub-steps, in-progress as half', () => {
    const progress = programmeProgress({ '1.1': 'done', '1.2': 'in_progress', '1.3': 'not_started' });
    expect(progress.overall).toEqual({ done: 1, inProgress: 1, total: 21, percent: 7 }); // 1.5 / 21 = 7.1 %
    expect(progress.steps[1]).toEqual({ done: 1, inProgress: 1, total: 4, percent: 38 }); // 1.5 / 4 = 37.5 %
    expect(progress.steps[2].percent).toBe(0);
  });

  it('one sub-step done out of 21 is 5 %', () => {
    expect(programmeProgress({ '4.2': 'done' }).overall.percent).toBe(5);
  });

  it('only counts a step as finished when every sub-step in it is done', () => {
    const nearly = programmeProgress({ '1.1': 'done', '1.2': 'done', '1.3': 'done', '1.4': 'in_progress' });
    expect(nearly.currentStep).toBe(1);
    expect(nearly.steps[1].percent).toBe(88); // 3.5 / 4
  });

  it('the current step is the furthest step with work, and the skipped sub-steps before it are open behind', () => {
    const progress = programmeProgress({ '1.1': 'done', '1.2': 'done', '1.3': 'done', '1.4': 'done', '3.1': 'done' });
    expect(progress.steps[1].percent).toBe(100);
    expect(progress.currentStep).toBe(3);
    expect(progress.openBehind).toEqual(['2.1', '2.2', '2.3']);
  });

  it('places the demo programme in step 6 with 3.2 not done yet, not in step 3', () => {
    const progress = programmeProgress(demo);
    expect(progress.currentStep).toBe(6);
    expect(progress.openBehind).toEqual(['3.2']);
  });

  it('counts a sub-step in progress as work in its step, and never as left behind', () => {
    expect(programmeProgress({ '2.1': 'in_progress' })).toMatchObject({ currentStep: 2, openBehind: ['1.1', '1.2', '1.3', '1.4'] });
    expect(programmeProgress({ '1.1': 'in_progress', '2.1': 'done' })).toMatchObject({ currentStep: 2, openBehind: ['1.2', '1.3', '1.4'] });
    expect(programmeProgress({ '4.2': 'not_started' })).toMatchObject({ currentStep: 1, openBehind: [] });
  });

  it('a programme with everything in progress is at 50 % and in the last step', () => {
    const progress = programmeProgress(all('in_progress'));
    expect(progress.overall).toEqual({ done: 0, inProgress: 21, total: 21, percent: 50 });
    expect(progress.currentStep).toBe(6);
    expect(progress.openBehind).toEqual([]);
  });

  it('a finished programme is at 100 % and stays on the last step', () => {
    const progress = programmeProgress(all('done'));
    expect(progress.overall).toEqual({ done: 21, inProgress: 0, total: 21, percent: 100 });
    for (const n of STEP_NUMBERS) expect(progress.steps[n].percent).toBe(100);
    expect(progress.currentStep).toBe(6);
  });

  it('ignores statuses of keys that are not sub-steps', () => {
    const progress = programmeProgress({ '9.9': 'done' } as unknown as Record<SubstepKey, SubstepStatus>);
    expect(progress.overall.done).toBe(0);
  });
});

describe('what to do next', () => {
  it('is the first sub-step of the current step that is not done', () => {
    expect(nextSubstep(demo, 6)).toBe('6.1');
    expect(nextSubstep({}, 1)).toBe('1.1');
    expect(nextSubstep({ '1.1': 'done', '1.2': 'in_progress' }, 1)).toBe('1.2');
  });

  it('is a sub-step left behind once the current step is done', () => {
    expect(nextSubstep({ ...demo, '6.1': 'done', '6.2': 'done', '6.3': 'done' }, 6)).toBe('3.2');
  });

  it('is the next step once everything up to the current step is done', () => {
    expect(nextSubstep({ '1.1': 'done', '1.2': 'done', '1.3': 'done', '1.4': 'done' }, 1)).toBe('2.1');
  });

  it('is nothing when every sub-step is done', () => {
    expect(nextSubstep(all('done'), 6)).toBeNull();
  });
});
