import { z } from 'zod';
import { SurveyDefinition, SurveyText } from '#core/survey/definition.js';
import { SurveyResults as Results } from '#core/survey/results.js';
import { Instant, type Json } from './common.js';

export const SurveyStatus = z.enum(['draft', 'open', 'closed']);
export type SurveyStatus = Json<typeof SurveyStatus>;

/** A survey as the team sees it, with the counts it may see (docs/anonymity.md). */
export const Survey = z.object({
  id: z.uuid(),
  title: z.string(),
  status: SurveyStatus,
  linkEnabled: z.boolean(),
  publicSlug: z.string(),
  definition: SurveyDefinition,
  /** Set on a follow-up ("1-meting"): the survey it repeats. */
  baselineSurveyId: z.uuid().nullable(),
  createdAt: Instant,
  openedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  /** Fixed when the survey opens; null for a draft. */
  minGroupSize: z.number().int().nullable(),
  /** While open: rounded down to the minimum and counted up to yesterday. */
  responses: z.number().int(),
  countRounded: z.boolean(),
  invited: z.number().int(),
  /** Null while open (it would show when someone answered). */
  invitationsUsed: z.number().int().nullable(),
});
export type Survey = Json<typeof Survey>;

export const SurveyList = z.object({ surveys: z.array(Survey) });
export type SurveyList = Json<typeof SurveyList>;

/** Results exist only once a survey is closed; before that, only the number of answers. */
export const SurveyResultsView = z.discriminatedUnion('available', [
  z.object({ available: z.literal(false), responses: z.number().int(), countRounded: z.boolean() }),
  Results.extend({ available: z.literal(true) }),
]);
export type SurveyResultsView = Json<typeof SurveyResultsView>;

/** The answer to a batch of invitations (202): how many mails were queued and what is left of today's limit. */
export const InvitationResult = z.object({
  queued: z.number().int(),
  allowance: z.object({ perDay: z.number().int(), max: z.number().int(), usedToday: z.number().int(), remaining: z.number().int() }),
});
export type InvitationResult = Json<typeof InvitationResult>;

/** The questionnaire as the respondent page shows it, in both languages; also the team's preview. */
export const Questionnaire = z.object({
  title: z.string(),
  organisation: z.string(),
  status: SurveyStatus,
  linkEnabled: z.boolean(),
  scale: SurveyDefinition.shape.scale,
  intro: SurveyDefinition.shape.intro,
  items: z.array(z.object({ id: z.string(), text: SurveyText })),
  groups: z.array(z.object({ id: z.string(), question: SurveyText, options: z.array(z.object({ id: z.string(), label: SurveyText })) })),
});
export type Questionnaire = Json<typeof Questionnaire>;

/** A public answer was stored. */
export const Stored = z.object({ ok: z.literal(true) });
export type Stored = Json<typeof Stored>;
