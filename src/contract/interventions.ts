import { z } from 'zod';
import { COMB_FACTORS, TDF_DOMAINS } from '#core/comb.js';
import { APEASE_CRITERIA, type ApeaseCriterion } from '#core/interventions/apease.js';
import { DECISIONS, Plan } from '#core/interventions/candidates.js';
import { INTERVENTION_FUNCTIONS } from '#core/interventions/functions.js';
import { EFFORTS, TARGET_BEHAVIOURS } from '#core/interventions/library.js';
import type { Json } from './common.js';

/** Step 4: the intervention library, the functions the diagnosis proposes, and a programme's candidates. */

const Functions = z.array(z.enum(INTERVENTION_FUNCTIONS));
const Factors = z.array(z.enum(COMB_FACTORS));
const Criterion = z.enum(APEASE_CRITERIA);

/** A library intervention in the reader's language: built in (a text id) or the organisation's own (a uuid). */
export const LibraryItem = z.object({
  id: z.string(),
  source: z.enum(['builtin', 'own']),
  title: z.string(),
  description: z.string(),
  example: z.string(),
  functions: Functions,
  factors: Factors,
  fits: z.array(z.enum(TARGET_BEHAVIOURS)),
  effort: z.enum(EFFORTS),
  bcts: z.array(z.string()),
});
export type LibraryItem = Json<typeof LibraryItem>;

export const Library = z.object({ interventions: z.array(LibraryItem), canEdit: z.boolean() });
export type Library = Json<typeof Library>;

/** An intervention function the BCW matrices propose (core/interventions/functions.ts), with the barriers that make it one. */
export const FunctionProposal = z.object({
  fn: z.enum(INTERVENTION_FUNCTIONS),
  because: z.array(
    z.object({
      barrierId: z.string(),
      factor: z.enum(COMB_FACTORS),
      tdf: z.enum(TDF_DOMAINS).nullable(),
      description: z.string(),
      weight: z.number(),
      link: z.enum(['primary', 'secondary']),
    }),
  ),
  coverage: z.number(),
  secondaryCoverage: z.number(),
});
export type FunctionProposal = Json<typeof FunctionProposal>;

/** How many barriers of the diagnosis (3.4) count, and the functions proposed for them. */
export const FunctionProposals = z.object({ barriers: z.number().int(), proposals: z.array(FunctionProposal) });
export type FunctionProposals = Json<typeof FunctionProposals>;

/** One member's APEASE ratings of a candidate: 1 (poor) to 5 (good), null for "don't know". */
export const Rating = z.object({
  ...(Object.fromEntries(APEASE_CRITERIA.map((c) => [c, z.number().int().nullable()])) as Record<ApeaseCriterion, z.ZodNullable<z.ZodNumber>>),
  note: z.string(),
});
export type Rating = Json<typeof Rating>;

/** How the team rated one criterion of a candidate (core/interventions/apease.ts). */
export const CriterionView = z.object({
  criterion: Criterion,
  mean: z.number().nullable(),
  raters: z.number().int(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** How many members gave each score: counts[0] is the number of 1s. */
  counts: z.array(z.number().int()),
  disagreement: z.boolean(),
});
export type CriterionView = Json<typeof CriterionView>;

/** The team's combined APEASE view of one candidate. */
export const CandidateView = z.object({
  candidateId: z.uuid(),
  criteria: z.array(CriterionView),
  overall: z.number().nullable(),
  concerns: z.array(Criterion),
  disagreements: z.array(Criterion),
});
export type CandidateView = Json<typeof CandidateView>;

/** A candidate intervention of a programme with its dots, every member's ratings and the combined view. */
export const Candidate = z.object({
  id: z.uuid(),
  /** Where it was copied from, or null for the team's own idea. */
  libraryId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  functions: Functions,
  factors: Factors,
  bcts: z.array(z.string()),
  /** The 3.4 barriers (entry ids) it is meant to address. */
  barrierIds: z.array(z.string()),
  shortlisted: z.boolean(),
  decision: z.enum(DECISIONS).nullable(),
  rationale: z.string(),
  /** The service reads stored plans with this same schema. */
  plan: Plan.nullable(),
  votes: z.number().int(),
  myVote: z.boolean(),
  myRating: Rating.nullable(),
  ratings: z.array(Rating.extend({ userId: z.uuid(), name: z.string() })),
  apease: CandidateView,
});
export type Candidate = Json<typeof Candidate>;

export const CandidateList = z.object({
  candidates: z.array(Candidate),
  votesPerMember: z.number().int(),
  /** The caller's dots left; 0 for whoever may only read. */
  votesLeft: z.number().int(),
  /** The behaviour change techniques the chosen interventions use, each with the candidates using it. */
  techniques: z.array(z.object({ bct: z.string(), by: z.array(z.uuid()) })),
});
export type CandidateList = Json<typeof CandidateList>;

/** A candidate was added or changed: the web reloads the list. */
export const CandidateRef = z.object({ id: z.uuid() });
export type CandidateRef = Json<typeof CandidateRef>;

export const VotesLeft = z.object({ votesLeft: z.number().int() });
export type VotesLeft = Json<typeof VotesLeft>;
