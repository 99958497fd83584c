/**
 * The COM-B model (Michie, Atkins & West 2014): behaviour happens when people are able
 * (capability), get the chance (opportunity) and want to (motivation). Six factors, in the
 * order the method always lists them. Texts live in src/content/comb.ts.
 */
export const COMB_FACTORS = ['C-psy', 'C-phy', 'O-phy', 'O-soc', 'M-ref', 'M-aut'] as const;
export type CombFactor = (typeof COMB_FACTORS)[number];

export const COMB_COMPONENTS = {
  C: ['C-psy', 'C-phy'],
  O: ['O-phy', 'O-soc'],
  M: ['M-ref', 'M-aut'],
} as const satisfies Record<string, readonly CombFactor[]>;

export function isCombFactor(value: string): value is CombFactor {
  return (COMB_FACTORS as readonly string[]).includes(value);
}

/**
 * Domains of the Theoretical Domains Framework (TDF; Cane, O'Connor & Michie 2012, Implementation
 * Science 7:37): a finer reading of a COM-B factor (Michie, Atkins & West 2014, The Behaviour Change
 * Wheel, step 4a; Atkins et al. 2017, Implementation Science 12:77). Wegwijs carries a domain where
 * the finer reading changes which intervention functions fit and the survey measures it apart:
 * memory, attention and decision processes ("do they remember to do it?"), which the statements
 * `cpsy-remember` and `cpsy-attention` ask about.
 */
export const TDF_DOMAINS = ['memoryAttentionDecision'] as const;
export type TdfDomain = (typeof TDF_DOMAINS)[number];

/** The COM-B factor a domain refines, as the BCW guide maps the TDF onto COM-B (step 4a). */
export const TDF_FACTOR: Record<TdfDomain, CombFactor> = { memoryAttentionDecision: 'C-psy' };

export const tdfDomainsOf = (factor: CombFactor): TdfDomain[] => TDF_DOMAINS.filter((d) => TDF_FACTOR[d] === factor);
