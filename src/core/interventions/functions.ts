import { COMB_FACTORS, type CombFactor } from '../comb.js';

/** The nine intervention functions of the Behaviour Change Wheel (Michie, Atkins & West 2014). */
export const INTERVENTION_FUNCTIONS = [
  'education',
  'persuasion',
  'incentivisation',
  'coercion',
  'training',
  'restriction',
  'environmentalRestructuring',
  'modelling',
  'enablement',
] as const;
export type InterventionFunction = (typeof INTERVENTION_FUNCTIONS)[number];

/**
 * Which functions can address which COM-B factor: the BCW matrix as the method uses it
 * (../shared/domain/README.md), in the order of INTERVENTION_FUNCTIONS.
 */
export const BCW_MATRIX: Record<CombFactor, readonly InterventionFunction[]> = {
  'C-psy': ['education', 'training', 'enablement'],
  'C-phy': ['training', 'enablement'],
  'O-phy': ['training', 'restriction', 'environmentalRestructuring', 'enablement'],
  'O-soc': ['restriction', 'environmentalRestructuring', 'modelling', 'enablement'],
  'M-ref': ['education', 'persuasion', 'incentivisation', 'coercion'],
  'M-aut': ['persuasion', 'incentivisation', 'coercion', 'training', 'environmentalRestructuring', 'modelling', 'enablement'],
};

/** A barrier from the diagnosis, as far as proposing functions needs it. */
export interface BarrierRef {
  id: string;
  factor: CombFactor;
  description: string;
  /** 1 (a little) to 5 (decisive); unweighted barriers count as 1. */
  weight: number | null;
}

export interface FunctionProposal {
  fn: InterventionFunction;
  /** The barriers this function could address, with the factor that links them: the "why". */
  because: { barrierId: string; factor: CombFactor; description: string; weight: number }[];
  /** Sum of the weights of those barriers: functions that address more, and heavier, barriers first. */
  score: number;
}

/**
 * The intervention functions the matrix proposes for a diagnosis's barriers, strongest first
 * (ties in the matrix's order), each with the barriers and factors that make it a candidate.
 */
export function proposeFunctions(barriers: readonly BarrierRef[]): FunctionProposal[] {
  const proposals = INTERVENTION_FUNCTIONS.map((fn) => {
    const because = barriers
      .filter((b) => BCW_MATRIX[b.factor].includes(fn))
      .map((b) => ({ barrierId: b.id, factor: b.factor, description: b.description, weight: b.weight ?? 1 }));
    return { fn, because, score: because.reduce((a, b) => a + b.weight, 0) };
  });
  return proposals.filter((p) => p.because.length > 0).sort((a, b) => b.score - a.score || INTERVENTION_FUNCTIONS.indexOf(a.fn) - INTERVENTION_FUNCTIONS.indexOf(b.fn));
}

/** The factors a function can address (the matrix read by column). */
export const factorsFor = (fn: InterventionFunction): CombFactor[] => COMB_FACTORS.filter((f) => BCW_MATRIX[f].includes(fn));
