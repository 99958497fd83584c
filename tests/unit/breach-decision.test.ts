import { describe, expect, it } from 'vitest';
import { againstAdvice, DecisionBody, FgAdvice } from '#core/breach/decision.js';

const ADVICE = {
  notifyAp: true,
  informSubjects: false,
  advice: 'Melden: gezondheidsgegevens bij een onbekende derde.',
  by: 'A. de Vries (FG)',
  at: '2026-11-03T09:00:00+01:00',
};
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe("the FG's advice on a decision", () => {
  it('is optional: a decision stands without it', () => {
    expect(DecisionBody.parse({ notifyAp: false, informSubjects: false, reasoning: 'Versleuteld.' })).toEqual({
      notifyAp: false,
      informSubjects: false,
      reasoning: 'Versleuteld.',
    });
  });

  it('when given, answers both questions, with the advice, by whom and when', () => {
    expect(DecisionBody.parse({ notifyAp: true, informSubjects: true, reasoning: 'Hoog risico.', fgAdvice: ADVICE }).fgAdvice).toEqual(ADVICE);
    for (const field of ['notifyAp', 'informSubjects', 'advice', 'by', 'at'] as const) {
      const { [field]: _, ...without } = ADVICE;
      expect(FgAdvice.safeParse(without).success, field).toBe(false);
    }
  });

  it.each([
    ['an empty advice', { advice: '  ' }, 'advice'],
    ['no name', { by: '' }, 'by'],
    ['a moment without its offset', { at: '2026-11-03T09:00' }, 'at'],
  ])('refuses %s, naming the field', (_, change, field) => {
    const result = FgAdvice.safeParse({ ...ADVICE, ...change });
    expect(issues(result).map((i) => i.split(':')[0])).toEqual([field]);
  });

  it('refuses a field it does not have', () => {
    expect(FgAdvice.safeParse({ ...ADVICE, decidedBy: 'FG' }).success).toBe(false);
  });

  it('refuses advice given at a moment still to come, with its own message', () => {
    const tomorrow = new Date(Date.now() + 24 * 3_600_000).toISOString();
    expect(issues(FgAdvice.safeParse({ ...ADVICE, at: tomorrow }))).toEqual(['at: momentInFuture']);
  });

  it('says on which questions the controller went against it', () => {
    const advice = FgAdvice.parse(ADVICE);
    expect(againstAdvice({ notifyAp: true, informSubjects: false }, advice)).toEqual([]);
    expect(againstAdvice({ notifyAp: false, informSubjects: false }, advice)).toEqual(['notifyAp']);
    expect(againstAdvice({ notifyAp: false, informSubjects: true }, advice)).toEqual(['notifyAp', 'informSubjects']);
    expect(againstAdvice({ notifyAp: false, informSubjects: true }, null)).toEqual([]);
  });
});
