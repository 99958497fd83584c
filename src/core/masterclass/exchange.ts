import { z } from 'zod';
import { COMB_FACTORS, type CombFactor } from '../comb.js';
import { BehaviourTags, EFFORTS, FunctionTags, TARGET_BEHAVIOURS, type OwnIntervention } from '../interventions/library.js';
import { SECTORS } from '../sector.js';
import { Line, Paragraph, plainText } from '../worksheets/fields.js';

/**
 * The cohort's exchange (issue 21, point 6): an organisation publishes an intervention it ran, with the
 * context another needs to judge whether it fits theirs (setting, target behaviour, the COM-B barrier
 * it addressed, what they did, the effort) and, when measured, its effect as the organisation itself
 * measured it (its own 0- and 1-meting of step 6.1). It is their figure, shown as theirs, not a result
 * Wegwijs computed or compares.
 */

/** Cross-organisation figures only over at least this many organisations (issue 21; the survey's default minimum group, core/survey/anonymity.ts). */
export const MIN_ORGANISATIONS = 5;

const Figure = z.number().finite().min(-1e9).max(1e9);

export const ExchangeEffect = z
  .object({
    /** What was measured, e.g. "share of screens locked at the spot check". */
    measure: Line.min(1),
    before: Figure,
    after: Figure,
    unit: plainText().trim().max(20),
  })
  .strict();
export type ExchangeEffect = z.infer<typeof ExchangeEffect>;

/** A stored effect read back: anything that is no longer a valid effect reads as "not measured". */
export const readExchangeEffect = (value: unknown): ExchangeEffect | null =>
  ExchangeEffect.nullable()
    .catch(null)
    .parse(value ?? null);

export const ExchangeInput = z
  .object({
    title: Line.min(1),
    setting: z.enum(SECTORS),
    targetBehaviour: z.enum(TARGET_BEHAVIOURS),
    behaviour: Line.min(1),
    barrier: z.enum(COMB_FACTORS),
    whatWeDid: Paragraph.min(1),
    functions: FunctionTags.min(1),
    effort: z.enum(EFFORTS),
    effect: ExchangeEffect.nullable().default(null),
  })
  .strict();
export type ExchangeInput = z.infer<typeof ExchangeInput>;

/**
 * A published intervention as it lands in another organisation's own library: the context becomes the
 * description and example; tagged with the barrier and behaviour it was published for. The effect
 * is not copied: it was measured in the other organisation.
 */
export function asOwnIntervention(item: ExchangeInput & { publishedBy: string }): OwnIntervention {
  return {
    title: item.title,
    description: item.whatWeDid,
    example: `${item.behaviour} (${item.publishedBy})`.slice(0, 4_000),
    functions: item.functions,
    factors: [item.barrier],
    fits: BehaviourTags.parse([item.targetBehaviour]),
    effort: item.effort,
    bcts: [],
  };
}

/** A count of organisations, or "fewer than the minimum" (null), never the small number itself. */
export const countOrganisations = (organisationIds: readonly string[]): number | null => {
  const n = new Set(organisationIds).size;
  return n >= MIN_ORGANISATIONS ? n : null;
};

/**
 * How many organisations copied an item, rounded down to a step of MIN_ORGANISATIONS (5, 10, 15 …,
 * read as "5 or more", "10 or more"), or null below the minimum. Never the exact count: the list is
 * read again and again, and each +1 next to the moment it appeared would point at who copied
 * (small-number inference, the same reason as MIN_ORGANISATIONS; docs/masterclass.md, threat model).
 */
export const copiedAtLeast = (organisationIds: readonly string[]): number | null => {
  const n = countOrganisations(organisationIds);
  return n === null ? null : Math.floor(n / MIN_ORGANISATIONS) * MIN_ORGANISATIONS;
};

export interface BarrierFigure {
  barrier: CombFactor;
  /** Organisations that published an intervention on this barrier; null below the minimum. */
  organisations: number | null;
  /** Organisations among them that also published a measured effect; null below the minimum. */
  measured: number | null;
}

/**
 * The cohort's figures per COM-B barrier: only counts of organisations, each shown only when at least
 * MIN_ORGANISATIONS organisations stand behind it, so no figure points at one organisation's work.
 */
export function barrierFigures(items: readonly { organisationId: string; barrier: string; effect: ExchangeEffect | null }[]): BarrierFigure[] {
  return COMB_FACTORS.map((barrier) => {
    const on = items.filter((i) => i.barrier === barrier);
    const organisations = countOrganisations(on.map((i) => i.organisationId));
    return {
      barrier,
      organisations,
      measured: organisations === null ? null : countOrganisations(on.filter((i) => i.effect !== null).map((i) => i.organisationId)),
    };
  });
}
