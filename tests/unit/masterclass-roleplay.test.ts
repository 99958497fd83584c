import { describe, expect, it } from 'vitest';
import { roleplayDefaultQuestions } from '#content/masterclass/default-questions.js';
import { PERSONAS } from '#content/masterclass/personas.js';
import { COMB_FACTORS } from '#core/comb.js';
import {
  assignRoles,
  interviewerGuide,
  OBSERVER_CRITERIA,
  ObserverScoresInput,
  pickPersona,
  ROLEPLAY_ROLES,
  summariseScores,
  type PersonaRef,
} from '#core/masterclass/roleplay.js';
import { emptyFactorResearch, type FactorResearch } from '#core/research/interviews.js';

const rolesOf = (ids: string[], round: number) => Object.fromEntries(assignRoles(ids, round)!.map((a) => [a.participantId, a.role]));

describe('the roles of a round', () => {
  it('in a group of three, gives everyone each role once over three rounds', () => {
    const ids = ['ann', 'bo', 'cas'];
    expect(rolesOf(ids, 0)).toEqual({ ann: 'interviewer', bo: 'colleague', cas: 'observer' });
    expect(rolesOf(ids, 1)).toEqual({ ann: 'observer', bo: 'interviewer', cas: 'colleague' });
    expect(rolesOf(ids, 2)).toEqual({ ann: 'colleague', bo: 'observer', cas: 'interviewer' });
    expect(rolesOf(ids, 3)).toEqual(rolesOf(ids, 0));
    for (const start of [0, 1, 5]) {
      for (const id of ids) {
        const played = [start, start + 1, start + 2].map((round) => rolesOf(ids, round)[id]);
        expect([...played].sort()).toEqual([...ROLEPLAY_ROLES].sort());
      }
    }
  });

  it('in a larger group, has one interviewer and one colleague; the others observe', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(rolesOf(ids, 3)).toEqual({ a: 'colleague', b: 'observer', c: 'observer', d: 'interviewer' });
    const interviewers = [0, 1, 2, 3].map((round) => assignRoles(ids, round)!.find((r) => r.role === 'interviewer')!.participantId);
    expect(interviewers).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses a group of fewer than three, or with someone twice, with null', () => {
    expect(assignRoles(['a', 'b'], 0)).toBeNull();
    expect(assignRoles([], 0)).toBeNull();
    expect(assignRoles(['a', 'b', 'a'], 0)).toBeNull();
  });

  it('takes a round number only when it is whole', () => {
    expect(() => assignRoles(['a', 'b', 'c'], 1.5)).toThrow(RangeError);
  });
});

const allScores = (score: 0 | 1 | 2) => Object.fromEntries(OBSERVER_CRITERIA.map((c) => [c, { score }]));
const valid = () => ({ scores: allScores(2), factorsCovered: [...COMB_FACTORS], notes: '' });

describe("the observer's scores", () => {
  it('sums them, in the order of the checklist', () => {
    const input = ObserverScoresInput.parse({
      ...valid(),
      scores: { ...allScores(1), openQuestions: { score: 2, note: '  Goede vragen  ' }, noLeading: { score: 0 } },
      factorsCovered: ['O-phy', 'C-psy'],
    });
    const summary = summariseScores(input);
    expect(summary.total).toBe(6);
    expect(summary.max).toBe(12);
    expect(summary.perCriterion).toEqual([
      { criterion: 'openQuestions', score: 2, note: 'Goede vragen' },
      { criterion: 'noLeading', score: 0 },
      { criterion: 'asksExamples', score: 1 },
      { criterion: 'neutral', score: 1 },
      { criterion: 'coversFactors', score: 1 },
      { criterion: 'closesProperly', score: 1 },
    ]);
    expect(summary.missingFactors).toEqual(['C-phy', 'O-soc', 'M-ref', 'M-aut']);
    expect(summary.consistent).toBe(true);
  });

  it('flags, and keeps, a factors score that the ticked factors do not support', () => {
    const allCoveredButPartly = summariseScores(ObserverScoresInput.parse({ ...valid(), scores: { ...allScores(2), coversFactors: { score: 1 } } }));
    expect(allCoveredButPartly).toMatchObject({ missingFactors: [], expectedCoversFactors: 2, consistent: false });
    expect(allCoveredButPartly.perCriterion.find((c) => c.criterion === 'coversFactors')!.score).toBe(1);
    const fiveButWell = summariseScores(ObserverScoresInput.parse({ ...valid(), factorsCovered: COMB_FACTORS.slice(1) }));
    expect(fiveButWell).toMatchObject({ missingFactors: ['C-psy'], expectedCoversFactors: 1, consistent: false });
    const noneNotSeen = summariseScores(ObserverScoresInput.parse({ ...valid(), scores: allScores(0), factorsCovered: [] }));
    expect(noneNotSeen).toMatchObject({ total: 0, missingFactors: [...COMB_FACTORS], expectedCoversFactors: 0, consistent: true });
  });

  it('takes the notes as optional', () => {
    const { notes: _notes, ...withoutNotes } = valid();
    expect(ObserverScoresInput.parse(withoutNotes).notes).toBe('');
  });

  const refusal = (input: unknown) => {
    const result = ObserverScoresInput.safeParse(input);
    expect(result.success).toBe(false);
    return result.error!.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
  };

  it('refuses an unknown criterion', () => {
    expect(refusal({ ...valid(), scores: { ...allScores(2), smiles: { score: 2 } } })).toEqual([
      expect.objectContaining({ path: 'scores', code: 'unrecognized_keys' }),
    ]);
    expect(refusal({ ...valid(), extra: true })).toEqual([expect.objectContaining({ path: '', code: 'unrecognized_keys' })]);
  });

  it('refuses a missing criterion and a score of 3', () => {
    const { closesProperly: _closes, ...five } = allScores(2);
    expect(refusal({ ...valid(), scores: five })).toEqual([expect.objectContaining({ path: 'scores.closesProperly' })]);
    expect(refusal({ ...valid(), scores: { ...allScores(2), neutral: { score: 3 } } })).toEqual([
      expect.objectContaining({ path: 'scores.neutral.score', code: 'invalid_value' }),
    ]);
    expect(refusal({ ...valid(), scores: { ...allScores(2), neutral: { score: 1.5 } } })).toHaveLength(1);
  });

  it('refuses a factor twice and an unknown factor', () => {
    expect(refusal({ ...valid(), factorsCovered: ['C-psy', 'C-psy'] })).toEqual([{ path: 'factorsCovered', code: 'custom', message: 'duplicateFactor' }]);
    expect(refusal({ ...valid(), factorsCovered: ['C-psy', 'X'] })).toEqual([expect.objectContaining({ path: 'factorsCovered.1' })]);
  });

  it('refuses a note over 600 characters and notes over 2000, after trimming', () => {
    expect(ObserverScoresInput.safeParse({ ...valid(), scores: { ...allScores(2), neutral: { score: 2, note: `${'x'.repeat(600)}   ` } } }).success).toBe(true);
    expect(refusal({ ...valid(), scores: { ...allScores(2), neutral: { score: 2, note: 'x'.repeat(601) } } })).toEqual([
      expect.objectContaining({ path: 'scores.neutral.note', code: 'too_big' }),
    ]);
    expect(refusal({ ...valid(), notes: 'x'.repeat(2001) })).toEqual([expect.objectContaining({ path: 'notes', code: 'too_big' })]);
    expect(refusal({ ...valid(), notes: 'a\u0000b' })).toEqual([expect.objectContaining({ path: 'notes', message: 'unstorableCharacter' })]);
  });
});

const guide = (questions: FactorResearch['guide']['questions']): FactorResearch['guide'] => ({
  behaviour: 'het scherm vergrendelen',
  opening: 'Welkom.',
  closing: 'Dank je wel.',
  questions,
  tips: [],
});

describe("the interviewer's guide", () => {
  it('groups the questions per factor in COM-B order and names the factors without one', () => {
    const result = interviewerGuide(
      guide([
        { id: 'q1', factor: 'M-aut', text: 'Gewoonte?' },
        { id: 'q2', factor: 'C-psy', text: 'Weet je hoe?' },
        { id: 'q3', factor: 'M-aut', text: 'Gevoel?' },
        { id: 'q4', factor: 'O-soc', text: 'Collega’s?' },
      ]),
    );
    expect(result.questionsByFactor.map((g) => [g.factor, g.questions.map((q) => q.id)])).toEqual([
      ['C-psy', ['q2']],
      ['C-phy', []],
      ['O-phy', []],
      ['O-soc', ['q4']],
      ['M-ref', []],
      ['M-aut', ['q1', 'q3']],
    ]);
    expect(result.factorsWithoutQuestions).toEqual(['C-phy', 'O-phy', 'M-ref']);
    expect(result).toMatchObject({ behaviour: 'het scherm vergrendelen', opening: 'Welkom.', closing: 'Dank je wel.', fromContent: false });
  });

  it('ignores the defaults when the guide has questions', () => {
    const defaults = roleplayDefaultQuestions('nl', 'hospital', 'x');
    const result = interviewerGuide(guide([{ id: 'q1', factor: 'C-psy', text: 'Eigen vraag?' }]), defaults);
    expect(result.fromContent).toBe(false);
    expect(result.questionsByFactor.flatMap((g) => g.questions.map((q) => q.text))).toEqual(['Eigen vraag?']);
  });

  it('says an empty guide needs the content questions, and uses them when given', () => {
    const empty = emptyFactorResearch().guide;
    expect(interviewerGuide(empty)).toMatchObject({ fromContent: true, factorsWithoutQuestions: [...COMB_FACTORS] });
    const persona = PERSONAS.find((p) => p.sector === 'vvt')!;
    const result = interviewerGuide(empty, roleplayDefaultQuestions('nl', 'vvt', persona.behaviour.nl));
    expect(result.fromContent).toBe(true);
    expect(result.factorsWithoutQuestions).toEqual([]);
    for (const group of result.questionsByFactor) {
      expect(group.questions).toHaveLength(2);
      for (const q of group.questions) {
        expect(q.factor).toBe(group.factor);
        expect(q.text).toContain(persona.behaviour.nl);
        expect(q.text).not.toMatch(/\{/);
      }
    }
    expect(result.questionsByFactor[0]!.questions[0]!.id).toBe('default-C-psy-1');
    expect(roleplayDefaultQuestions('nl', 'vvt', 'x')['M-ref'].join(' ')).toContain('cliënten');
    expect(roleplayDefaultQuestions('en', 'hospital', 'lock the screen')['C-psy'][0]).toBe('What do you need to know or be able to do to lock the screen?');
  });
});

describe('the persona of a group', () => {
  const refs: PersonaRef[] = [
    { key: 'h1', sector: 'hospital' },
    { key: 'g1', sector: 'ggz' },
    { key: 'h2', sector: 'hospital' },
    { key: 'v1', sector: 'vvt' },
  ];

  it('is the same for the same seed', () => {
    expect(pickPersona(refs, 'hospital', 'programme-1:group-2')).toBe(pickPersona(refs, 'hospital', 'programme-1:group-2'));
  });

  it("comes from the programme's sector when there is one, and varies with the seed", () => {
    const picked = new Set(Array.from({ length: 40 }, (_, i) => pickPersona(refs, 'hospital', i)));
    expect(picked).toEqual(new Set(['h1', 'h2']));
    expect(new Set(Array.from({ length: 10 }, (_, i) => pickPersona(refs, 'vvt', `s${i}`)))).toEqual(new Set(['v1']));
  });

  it('comes from any sector when none is of the programme’s, and is null without personas', () => {
    const picked = new Set(Array.from({ length: 60 }, (_, i) => pickPersona(refs, 'forensic', i)));
    expect(picked).toEqual(new Set(['h1', 'g1', 'h2', 'v1']));
    expect(pickPersona([], 'hospital', 1)).toBeNull();
  });

  it('works with the real personas', () => {
    const key = pickPersona(PERSONAS, 'forensic', 'seed');
    expect(PERSONAS.find((p) => p.key === key)?.sector).toBe('forensic');
  });
});
