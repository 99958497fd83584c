import { z } from 'zod';
import { COMB_FACTORS } from '#core/comb.js';
import { INTERVENTION_FUNCTIONS } from '#core/interventions/functions.js';
import { EFFORTS, TARGET_BEHAVIOURS } from '#core/interventions/library.js';
import { MIN_ORGANISATIONS } from '#core/masterclass/exchange.js';
import { SECTORS } from '#core/sector.js';
import { Instant, type Json } from './common.js';

/** The cohort's exchange (issue 21, point 6; docs/masterclass.md): interventions the participating organisations published. */

/** A count of organisations, or null when fewer than MIN_ORGANISATIONS stand behind it (never the small number). */
const OrganisationCount = z.number().int().min(MIN_ORGANISATIONS).nullable();

export const ExchangeItem = z.object({
  id: z.uuid(),
  /** The publishing organisation: publishing is done under its name. */
  organisationName: z.string(),
  title: z.string(),
  setting: z.enum(SECTORS),
  targetBehaviour: z.enum(TARGET_BEHAVIOURS),
  behaviour: z.string(),
  barrier: z.enum(COMB_FACTORS),
  whatWeDid: z.string(),
  functions: z.array(z.enum(INTERVENTION_FUNCTIONS)),
  effort: z.enum(EFFORTS),
  /** The organisation's own 0- and 1-meting as it published them; null when not measured. */
  effect: z.object({ measure: z.string(), before: z.number(), after: z.number(), unit: z.string() }).nullable(),
  publishedAt: Instant,
  /** Published by the caller's organisation. */
  mine: z.boolean(),
  /** The caller's organisation copied it into its own library. */
  copiedByMe: z.boolean(),
  /**
   * How many organisations copied it, in steps of MIN_ORGANISATIONS (5, 10, 15 …: "5 or more", "10 or
   * more"), never the exact number (core/masterclass/exchange.ts copiedAtLeast); null below the minimum.
   */
  copiedBy: z.number().int().min(MIN_ORGANISATIONS).multipleOf(MIN_ORGANISATIONS).nullable(),
  /** The caller may take it back (the publishing organisation's duo or admin). */
  canWithdraw: z.boolean(),
});
export type ExchangeItem = Json<typeof ExchangeItem>;

export const ExchangeBarrierFigure = z.object({
  barrier: z.enum(COMB_FACTORS),
  organisations: OrganisationCount,
  measured: OrganisationCount,
});

export const Exchange = z.object({
  /**
   * Always true: publishing is the sharing act. What an organisation publishes here is visible to
   * every participant and trainer of the cohort at once, under its name; no share setting applies.
   */
  publishingSharesWithCohort: z.literal(true),
  minOrganisations: z.number().int(),
  /** The caller may publish (the duo, while the cohort runs). */
  canPublish: z.boolean(),
  /** The caller may copy others' items into the organisation's own library. */
  canCopy: z.boolean(),
  items: z.array(ExchangeItem),
  figures: z.object({
    /** Organisations that published, over all barriers; null below MIN_ORGANISATIONS. */
    organisations: OrganisationCount,
    barriers: z.array(ExchangeBarrierFigure),
  }),
});
export type Exchange = Json<typeof Exchange>;

/** A published item's copy in the caller's own library. */
export const ExchangeCopy = z.object({ itemId: z.uuid(), interventionId: z.uuid() });
export type ExchangeCopy = Json<typeof ExchangeCopy>;
