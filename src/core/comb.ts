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
