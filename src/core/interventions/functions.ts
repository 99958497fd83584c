import { COMB_COMPONENTS, COMB_FACTORS, type CombFactor, type TdfDomain } from '../comb.js';

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
 * (Michie, Atkins & West, The Behaviour Change Wheel: A Guide to Designing Interventions, 2014,
 * chapter 2: which intervention functions can change each COM-B component), in the order of INTERVENTION_FUNCTIONS.
 */
export const BCW_MATRIX: Record<CombFactor, readonly InterventionFunction[]> = {
  'C-psy': ['education', 'training', 'enablement'],
  'C-phy': ['training', 'enablement'],
  'O-phy': ['training', 'restriction', 'environmentalRestructuring', 'enablement'],
  'O-soc': ['restriction', 'environmentalRestructuring', 'modelling', 'enablement'],
  'M-ref': ['education', 'persuasion', 'incentivisation', 'coercion'],
  'M-aut': ['persuasion', 'incentivisation', 'coercion', 'training', 'environmentalRestructuring', 'modelling', 'enablement'],
};

/**
 * Which functions can address a TDF domain: the BCW guide's matrix linking TDF domains to
 * intervention functions (Michie, Atkins & West 2014, step 5). Memory, attention and decision
 * processes link to training, environmental restructuring and enablement: a forgotten or overlooked
 * step also calls for a prompt at the right moment, which its factor's row (C-psy) does not offer.
 */
export const TDF_MATRIX: Record<TdfDomain, readonly InterventionFunction[]> = {
  memoryAttentionDecision: ['training', 'environmentalRestructuring', 'enablement'],
};

/** A barrier from the diagnosis, as far as proposing functions needs it. */
export interface BarrierRef {
  id: string;
  factor: CombFactor;
  /** The TDF domain it was narrowed down to, if any (it belongs to `factor`). */
  tdf?: TdfDomain | null;
  description: string;
  /** 1 (a little) to 5 (decisive); unweighted barriers count as 1. */
  weight: number | null;
}

/** The functions the matrix links to a barrier: its TDF domain's row when it has one, else its factor's. */
const functionsFor = (barrier: Pick<BarrierRef, 'factor' | 'tdf'>): readonly InterventionFunction[] =>
  barrier.tdf ? TDF_MATRIX[barrier.tdf] : BCW_MATRIX[barrier.factor];

/**
 * What enablement goes beyond, per COM-B factor. The BCW defines enablement as "increasing
 * means/reducing barriers to increase capability (beyond education and training) or opportunity
 * (beyond environmental restructuring)" (Michie, Atkins & West 2014, table of intervention
 * functions; Michie, van Stralen & West 2011, Implementation Science 6:42, table 1). Physical
 * capability is the exception: a body that cannot (eyesight, hands, stamina) is not trained away, and
 * the 2011 paper's own example of enablement there is a prosthesis, so for C-phy enablement stands
 * beside training. For motivation the definition names nothing to go beyond.
 */
const ENABLEMENT_BEYOND: Record<CombFactor, readonly InterventionFunction[]> = {
  'C-psy': ['education', 'training'],
  'C-phy': [],
  'O-phy': ['environmentalRestructuring'],
  'O-soc': ['environmentalRestructuring'],
  'M-ref': [],
  'M-aut': [],
};

/** How strongly the matrix links a function to a barrier (see `linkOf`). */
export type Link = 'primary' | 'secondary';

/**
 * How a function addresses a barrier: `primary` when the matrix links it, `secondary` for enablement
 * when the same row holds a function its definition says it goes beyond (then enablement is what
 * comes after those), null when the matrix does not link it at all.
 */
export function linkOf(fn: InterventionFunction, barrier: Pick<BarrierRef, 'factor' | 'tdf'>): Link | null {
  const row = functionsFor(barrier);
  if (!row.includes(fn)) return null;
  const beyond = fn === 'enablement' && ENABLEMENT_BEYOND[barrier.factor].some((f) => row.includes(f));
  return beyond ? 'secondary' : 'primary';
}

export interface FunctionProposal {
  fn: InterventionFunction;
  /** The barriers this function could address, primary links and heaviest first: the "why". */
  because: { barrierId: string; factor: CombFactor; tdf: TdfDomain | null; description: string; weight: number; link: Link }[];
  /** The share (0 to 1) of the barriers' total weight for which it is a primary option. */
  coverage: number;
  /** The share for which it is a secondary option. */
  secondaryCoverage: number;
}

/**
 * The intervention functions the matrices propose for a diagnosis's barriers, best fit first, each
 * with the barriers that make it a candidate. Ranked by how well a function addresses the diagnosis,
 * not by how many rows it sits in: enablement sits in five of the six COM-B rows, so a sum of weights
 * put it first in almost every diagnosis. In order:
 * 1. coverage: the share of the barriers' weight for which it is a primary option (the BCW's step 5
 *    asks which functions can change the COM-B components or TDF domains that need to change);
 * 2. the heaviest barrier it addresses as a primary option, so of two that cover as much the one that
 *    takes on the most decisive barrier comes first;
 * 3. the share for which it is a secondary option (enablement beyond the more specific functions);
 * 4. the order of the nine functions.
 * The team then weighs the candidates on APEASE (step 4.3); the order is where to start reading.
 */
export function proposeFunctions(barriers: readonly BarrierRef[]): FunctionProposal[] {
  const total = barriers.reduce((a, b) => a + (b.weight ?? 1), 0);
  const proposals = INTERVENTION_FUNCTIONS.map((fn) => {
    const because = barriers
      .flatMap((b) => {
        const link = linkOf(fn, b);
        return link ? [{ barrierId: b.id, factor: b.factor, tdf: b.tdf ?? null, description: b.description, weight: b.weight ?? 1, link }] : [];
      })
      .sort((a, b) => (a.link === b.link ? 0 : a.link === 'primary' ? -1 : 1) || b.weight - a.weight);
    const weightOf = (link: Link) => because.filter((b) => b.link === link).reduce((a, b) => a + b.weight, 0);
    const heaviest = Math.max(0, ...because.filter((b) => b.link === 'primary').map((b) => b.weight));
    return { fn, because, primary: weightOf('primary'), heaviest, secondary: weightOf('secondary') };
  });
  return proposals
    .filter((p) => p.because.length > 0)
    .sort(
      (a, b) =>
        b.primary - a.primary ||
        b.heaviest - a.heaviest ||
        b.secondary - a.secondary ||
        INTERVENTION_FUNCTIONS.indexOf(a.fn) - INTERVENTION_FUNCTIONS.indexOf(b.fn),
    )
    .map((p) => ({ fn: p.fn, because: p.because, coverage: p.primary / total, secondaryCoverage: p.secondary / total }));
}

/** The factors a function can address (the matrix read by column). */
export const factorsFor = (fn: InterventionFunction): CombFactor[] => COMB_FACTORS.filter((f) => BCW_MATRIX[f].includes(fn));
