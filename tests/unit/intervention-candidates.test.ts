import { describe, expect, it } from 'vitest';
import {
  CandidateFields,
  DecisionInput,
  Plan,
  RatingInput,
  choiceMissing,
  emptyPlan,
  plansMissing,
  shortlistMissing,
  techniquesUsed,
  toApeaseRating,
  type CandidateState,
} from '#core/interventions/candidates.js';

const candidate = (over: Partial<CandidateState> = {}): CandidateState => ({
  title: 'Meldknop',
  shortlisted: false,
  decision: null,
  raters: 0,
  plan: null,
  ...over,
});
const fullPlan = {
  ...emptyPlan(),
  what: 'Knop in Outlook',
  forWhom: 'Alle medewerkers',
  byWhom: 'ICT',
  start: '2027-01-10',
  indicators: ['phishingReportRate' as const],
};

describe('the candidate schemas', () => {
  it('refuses tags that are not functions or factors, repeated tags and malformed technique ids', () => {
    const base = { title: 'x', description: '', functions: ['training'], factors: ['C-psy'], bcts: ['4.1'], barrierIds: [] };
    expect(CandidateFields.safeParse(base).success).toBe(true);
    for (const bad of [{ functions: ['lecturing'] }, { factors: ['C-soc'] }, { functions: ['training', 'training'] }, { bcts: ['4'] }, { title: '  ' }]) {
      expect(CandidateFields.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('asks for a reason with every decision, but not for reopening', () => {
    expect(DecisionInput.safeParse({ decision: 'chosen', rationale: ' ' }).error?.issues[0]?.path).toEqual(['rationale']);
    expect(DecisionInput.safeParse({ decision: 'rejected', rationale: 'Te duur' }).success).toBe(true);
    expect(DecisionInput.safeParse({ decision: null, rationale: '' }).success).toBe(true);
  });

  it('refuses a plan that ends before it starts', () => {
    expect(Plan.safeParse({ ...fullPlan, end: '2027-01-09' }).error?.issues[0]?.path).toEqual(['end']);
    expect(Plan.safeParse({ ...fullPlan, end: '2027-01-10' }).success).toBe(true);
  });

  it('keeps only the rated criteria as the APEASE rating', () => {
    const input = RatingInput.parse({ affordability: 4, practicability: null, effectiveness: 2, acceptability: null, sideEffects: 5, equity: null, note: '' });
    expect(toApeaseRating(input)).toEqual({ affordability: 4, effectiveness: 2, sideEffects: 5 });
  });
});

describe('when step 4’s sub-steps are complete', () => {
  it('4.2 needs ideas and a shortlist', () => {
    expect(shortlistMissing([])).toEqual([{ code: 'candidatesRequired' }]);
    expect(shortlistMissing([candidate()])).toEqual([{ code: 'shortlistRequired' }]);
    expect(shortlistMissing([candidate(), candidate({ shortlisted: true })])).toEqual([]);
  });

  it('4.3 needs a rated choice and a decision on every shortlisted candidate', () => {
    expect(choiceMissing([candidate()])).toEqual([{ code: 'choiceRequired' }]);
    expect(choiceMissing([candidate({ shortlisted: true, decision: 'chosen' }), candidate({ title: 'Poster', shortlisted: true })])).toEqual([
      { code: 'ratingRequired', params: { title: 'Meldknop' } },
      { code: 'decisionOpen', params: { title: 'Poster' } },
    ]);
    expect(choiceMissing([candidate({ shortlisted: true, decision: 'chosen', raters: 2 }), candidate({ shortlisted: true, decision: 'rejected' })])).toEqual(
      [],
    );
  });

  it('4.4 needs what, for whom, by whom, a start and a measurement for each chosen intervention', () => {
    expect(plansMissing([candidate({ decision: 'rejected' })])).toEqual([{ code: 'choiceRequired' }]);
    expect(plansMissing([candidate({ decision: 'chosen' })]).map((m) => m.field)).toEqual([
      'plan.what',
      'plan.forWhom',
      'plan.byWhom',
      'plan.start',
      'plan.measurement',
    ]);
    expect(plansMissing([candidate({ decision: 'chosen', plan: fullPlan }), candidate({ decision: 'rejected' })])).toEqual([]);
    expect(plansMissing([candidate({ decision: 'chosen', plan: { ...fullPlan, indicators: [], measurement: 'Telling per maand' } })])).toEqual([]);
  });
});

describe('the techniques a plan uses', () => {
  it('lists each technique once, in the taxonomy’s order, with the interventions that use it', () => {
    expect(
      techniquesUsed([
        { id: 'a', bcts: ['12.1', '2.2'] },
        { id: 'b', bcts: ['2.2', '4.1'] },
      ]),
    ).toEqual([
      { bct: '2.2', by: ['a', 'b'] },
      { bct: '4.1', by: ['b'] },
      { bct: '12.1', by: ['a'] },
    ]);
  });
});
