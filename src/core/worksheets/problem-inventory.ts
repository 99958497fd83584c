import { z } from 'zod';
import { ItemId, Line, Paragraph, Rating, filled, rows, type Missing } from './fields.js';

/** Where a candidate problem came from (steps.md, 1.1), plus "other" with the team's own words. */
export const PROBLEM_SOURCES = [
  'board',
  'brainstorm',
  'risk_analysis',
  'internal_audit',
  'monitoring',
  'management_review',
  'external_audit',
  'project_risks',
  'incidents',
  'complaints',
  'other',
] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

/** The criteria a new inventory starts with; a team may rename, weigh, remove or add criteria. */
export const DEFAULT_CRITERIA = ['impact', 'behaviourShare', 'urgency', 'support'] as const;

const Criterion = z.object({
  id: ItemId,
  /** Empty for a default criterion (its id names it and the interface translates it). */
  label: Line,
  /** How much the criterion counts relative to the others. */
  weight: z.number().int().min(1).max(3),
});

const CandidateProblem = z.object({
  id: ItemId,
  title: Line,
  source: z.enum(PROBLEM_SOURCES),
  sourceOther: Line,
  description: Paragraph,
  whyItMatters: Paragraph,
  behaviour: Paragraph,
  /** Rating per criterion id; criteria not yet rated are absent or null. */
  scores: z.record(ItemId, Rating),
});

export const ProblemInventory = z
  .object({
    criteria: rows(Criterion, 10),
    problems: rows(CandidateProblem),
    chosenId: ItemId.nullable(),
    rationale: Paragraph,
  })
  .strict();
export type ProblemInventory = z.infer<typeof ProblemInventory>;
export type CandidateProblem = z.infer<typeof CandidateProblem>;
export type Criterion = z.infer<typeof Criterion>;

export const emptyProblemInventory = (): ProblemInventory => ({
  criteria: DEFAULT_CRITERIA.map((id) => ({ id, label: '', weight: 1 })),
  problems: [],
  chosenId: null,
  rationale: '',
});

export interface RankedProblem {
  problem: CandidateProblem;
  /** Weighted mean of the ratings given, on the 1–5 scale; null when nothing is rated yet. */
  score: number | null;
  /** Every criterion rated. */
  complete: boolean;
  /** 1-based position; problems with equal scores share a rank. */
  rank: number;
}

/** Weighted mean over the rated criteria, rounded to two decimals so equal work ranks equal. */
export function problemScore(problem: CandidateProblem, criteria: readonly Criterion[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const rating = problem.scores[c.id];
    if (rating == null) continue;
    sum += rating * c.weight;
    weights += c.weight;
  }
  return weights === 0 ? null : Math.round((sum / weights) * 100) / 100;
}

/**
 * The ranked table: highest score first; fully rated problems before partly rated ones with the
 * same score (a partial score is less certain); unrated ones last, in the order they were added.
 */
export function rankProblems(inventory: ProblemInventory): RankedProblem[] {
  const scored = inventory.problems.map((problem, order) => ({
    problem,
    order,
    score: problemScore(problem, inventory.criteria),
    complete: inventory.criteria.length > 0 && inventory.criteria.every((c) => problem.scores[c.id] != null),
  }));
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || Number(b.complete) - Number(a.complete) || a.order - b.order);
  let rank = 0;
  return scored.map((s, i) => {
    const prev = scored[i - 1];
    if (!prev || prev.score !== s.score || prev.complete !== s.complete) rank = i + 1;
    return { problem: s.problem, score: s.score, complete: s.complete, rank };
  });
}

export function chosenProblem(inventory: ProblemInventory): CandidateProblem | null {
  return inventory.problems.find((p) => p.id === inventory.chosenId) ?? null;
}

/** The programme's problem statement, taken from the chosen problem. */
export function problemStatement(problem: CandidateProblem): string {
  return [problem.title, problem.description].filter(filled).join('\n\n');
}

/** The statement 1.1 proposes for the programme: the chosen problem's, or '' while none is chosen. */
const proposedStatement = (inventory: ProblemInventory | undefined) => {
  const chosen = inventory && chosenProblem(inventory);
  return chosen ? problemStatement(chosen) : '';
};

/**
 * The programme's problem after saving 1.1: an empty one takes the chosen problem's statement, a
 * written one is replaced only when the team said so (`replace`), never silently (issue 18).
 */
export function problemAfterSave(current: string, inventory: ProblemInventory, replace: boolean): string {
  const proposed = proposedStatement(inventory);
  if (!proposed || proposed === current) return current;
  return current.trim() === '' || replace ? proposed : current;
}

/**
 * The statement to ask about before saving 1.1, or null: only one that would replace a written
 * problem, and that differs from what the saved version already proposed (once kept, not asked again).
 */
export function problemToConfirm(current: string, saved: ProblemInventory | undefined, next: ProblemInventory): string | null {
  const proposed = proposedStatement(next);
  if (!proposed || proposed === current || current.trim() === '' || proposed === proposedStatement(saved)) return null;
  return proposed;
}

export function problemInventoryMissing(inventory: ProblemInventory): Missing[] {
  const missing: Missing[] = [];
  if (inventory.problems.length === 0) missing.push({ code: 'noProblems', field: 'problems' });
  inventory.problems.forEach((p, i) => {
    if (!filled(p.title)) missing.push({ code: 'problemTitle', field: `problems.${i}.title`, params: { n: i + 1 } });
    if (p.source === 'other' && !filled(p.sourceOther)) missing.push({ code: 'problemSourceOther', field: `problems.${i}.sourceOther`, params: { n: i + 1 } });
  });
  if (inventory.criteria.length === 0) missing.push({ code: 'noCriteria', field: 'criteria' });
  inventory.criteria.forEach((c, i) => {
    if (!DEFAULT_CRITERIA.includes(c.id as (typeof DEFAULT_CRITERIA)[number]) && !filled(c.label)) {
      missing.push({ code: 'criterionLabel', field: `criteria.${i}.label`, params: { n: i + 1 } });
    }
  });
  const chosen = chosenProblem(inventory);
  if (!chosen) missing.push({ code: 'noChoice', field: 'chosenId' });
  else if (!inventory.criteria.every((c) => chosen.scores[c.id] != null)) missing.push({ code: 'chosenNotScored', field: 'chosenId' });
  if (!filled(inventory.rationale)) missing.push({ code: 'fieldRequired', field: 'rationale' });
  return missing;
}
