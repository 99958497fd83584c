import { z } from 'zod';
import { COMB_FACTORS, TDF_DOMAINS } from '#core/comb.js';
import { FINDING_KINDS } from '#core/research/interviews.js';
import type { Json } from './common.js';

/** Step 3: what the interviews and the latest closed survey suggest for the diagnosis (3.4). */

/** A survey's score of a factor, or of its statements about one TDF domain (core/research/diagnosis.ts). */
const SurveyFactorScore = z.object({
  factor: z.enum(COMB_FACTORS),
  tdf: z.enum(TDF_DOMAINS).optional(),
  /** The domains whose statements were left out of this factor score: they are suggested on their own. */
  without: z.array(z.enum(TDF_DOMAINS)).optional(),
  mean: z.number(),
  scale: z.literal([5, 7]),
  n: z.number(),
  distribution: z.array(z.number()).readonly(),
  items: z.number().int(),
});

/** A candidate barrier or enabler, strongest first per factor. */
export const DiagnosisSuggestion = z.object({
  factor: z.enum(COMB_FACTORS),
  tdf: z.enum(TDF_DOMAINS).nullable(),
  kind: z.enum(FINDING_KINDS),
  /** The finding's words, or null for a survey score (the interface words it). */
  text: z.string().nullable(),
  source: z.enum(['interviews', 'survey']),
  /** In how many interviews it came up. */
  interviews: z.number().int(),
  survey: SurveyFactorScore.nullable(),
  weight: z.number(),
});
export type DiagnosisSuggestion = Json<typeof DiagnosisSuggestion>;

export const DiagnosisSuggestions = z.object({
  /** The survey whose scores were used, if any. */
  survey: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  suggestions: z.array(DiagnosisSuggestion),
});
export type DiagnosisSuggestions = Json<typeof DiagnosisSuggestions>;
