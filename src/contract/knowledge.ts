import { z } from 'zod';
import { SCENARIO_KINDS } from '#core/knowledge/definition.js';
import { CheckResults } from '#core/knowledge/results.js';
import { Instant, type Json } from './common.js';

/** Knowledge checks: the team's side (build, open, close, results) and the anonymous staff member's. */

export const CheckStatus = z.enum(['draft', 'open', 'closed']);
export type CheckStatus = Json<typeof CheckStatus>;

/**
 * A check's scenarios (keys of the built-in set, in the order asked) and its departments
 * (core/knowledge/definition.ts); the service reads stored definitions against the set.
 */
export const CheckDefinition = z.object({
  scenarios: z.array(z.string()),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type CheckDefinition = Json<typeof CheckDefinition>;

/** A knowledge check as the team sees it, with its number of answers. */
export const KnowledgeCheck = z.object({
  id: z.uuid(),
  title: z.string(),
  /** The programme it serves, if one. */
  programmeId: z.uuid().nullable(),
  status: CheckStatus,
  publicSlug: z.string(),
  definition: CheckDefinition,
  /** While open: rounded down to the minimum and counted up to yesterday. */
  responses: z.number().int(),
  countRounded: z.boolean(),
  /** Fixed when the check opens; null for a draft. */
  minGroupSize: z.number().int().nullable(),
  createdAt: Instant,
  openedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
});
export type KnowledgeCheck = Json<typeof KnowledgeCheck>;

/** The organisation's checks, and whether this user may build and run them. */
export const CheckList = z.object({ checks: z.array(KnowledgeCheck), canManage: z.boolean() });
export type CheckList = Json<typeof CheckList>;

/** Results exist only once a check is closed; before that, only the number of answers. */
export const CheckResultsView = z.discriminatedUnion('available', [
  z.object({ available: z.literal(false), responses: z.number().int(), countRounded: z.boolean() }),
  CheckResults.extend({ available: z.literal(true) }),
]);
export type CheckResultsView = Json<typeof CheckResultsView>;

/** A text in both languages (the respond page switches between them). */
const Bilingual = z.object({ nl: z.string(), en: z.string() });

/**
 * A check as the anonymous respond page shows it: without the right answers or sources. `order`
 * lists the option indices in the order to show them; answers name the index in `options`.
 */
export const PublicCheck = z.object({
  title: z.string(),
  /** Whose check it is, shown under the title. */
  organisation: z.string(),
  /** The organisation's breach report form (/melden/<slug>), linked from the feedback. */
  breachReportPath: z.string(),
  /** Open or closed: a draft's link is not found. */
  status: CheckStatus,
  departments: CheckDefinition.shape.departments,
  scenarios: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(SCENARIO_KINDS),
      situation: Bilingual,
      question: Bilingual,
      options: z.array(Bilingual),
      order: z.array(z.number().int()),
    }),
  ),
});
export type PublicCheck = Json<typeof PublicCheck>;

/**
 * What answering returns: the score, and per scenario the right option, why, and the source of the
 * rule. A withdrawn scenario has no right option (null) and is not in the score: `total` counts the
 * scored scenarios, `score` is null when there are none.
 */
export const CheckFeedback = z.object({
  correct: z.number().int(),
  total: z.number().int(),
  score: z.number().nullable(),
  feedback: z.array(z.object({ key: z.string(), chosen: z.number().int(), right: z.number().int().nullable(), explanation: Bilingual, source: Bilingual })),
});
export type CheckFeedback = Json<typeof CheckFeedback>;
