import { z } from 'zod';
import { COMB_FACTORS } from '#core/comb.js';
import { OBSERVER_CRITERIA, OBSERVER_SCORES, ROLEPLAY_ROLES } from '#core/masterclass/roleplay.js';
import { SECTORS } from '#core/sector.js';
import { Instant, type Json } from './common.js';

/** The masterclass's interview practice (issue 21 point 5; src/core/masterclass/roleplay.ts): rounds for three within a subgroup. */

const Factor = z.enum(COMB_FACTORS);
const Score = z.literal(OBSERVER_SCORES);

/** Someone of the subgroup; null for an account removed since. */
const Player = z.object({ userId: z.uuid(), name: z.string(), organisationName: z.string() });
export const RoundPeople = z.object({ interviewer: Player.nullable(), colleague: Player.nullable(), observer: Player.nullable() });

/** What `summariseScores` gives: trainers get it without the notes, only when the interviewer shared it. */
export const ScoreSummary = z.object({
  total: z.number().int(),
  max: z.number().int(),
  perCriterion: z.array(z.object({ criterion: z.enum(OBSERVER_CRITERIA), score: Score, note: z.string().optional() })),
  missingFactors: z.array(Factor),
  expectedCoversFactors: Score,
  consistent: z.boolean(),
});
export type ScoreSummary = Json<typeof ScoreSummary>;

export const RoundStarted = z.object({ id: z.uuid(), subgroupId: z.uuid(), createdAt: Instant, people: RoundPeople });
export type RoundStarted = Json<typeof RoundStarted>;

/** A subgroup as its members see it for the practice: who is in it, and the rounds the caller plays in. */
export const SubgroupRounds = z.object({
  subgroupId: z.uuid(),
  name: z.string(),
  people: z.array(Player),
  /** How many rounds the subgroup played, the caller's or not: "Wissel de rollen" takes the next turn from it. */
  roundsPlayed: z.number().int(),
  rounds: z.array(z.object({ id: z.uuid(), createdAt: Instant, you: z.enum(ROLEPLAY_ROLES), people: RoundPeople, scored: z.boolean() })),
});
export type SubgroupRounds = Json<typeof SubgroupRounds>;

/**
 * One round as one of its three people sees it, in the caller's language. Which parts are filled
 * depends on the role (`you`): the colleague gets the briefing and the persona's hidden answers per
 * factor; the interviewer the guide; the observer the checklist and the factor list. Once scored,
 * the hidden answers go to all three (the debrief) and the scores to the interviewer and observer.
 */
export const RoundView = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  subgroupId: z.uuid(),
  subgroupName: z.string(),
  createdAt: Instant,
  you: z.enum(ROLEPLAY_ROLES),
  task: z.string(),
  people: RoundPeople,
  /** What everyone in the group may know of the colleague they interview. */
  persona: z.object({ key: z.string(), name: z.string(), sector: z.enum(SECTORS), role: z.string(), situation: z.string(), behaviour: z.string() }),
  briefing: z.string().nullable(),
  hiddenFactors: z.array(z.object({ factor: Factor, name: z.string(), kind: z.enum(['barrier', 'enabler', 'neutral']), reveals: z.string() })).nullable(),
  guide: z
    .object({
      /** 'programme': the interviewer's own 3.2 guide; 'defaults': the content's questions for the persona's behaviour, for `reason`. */
      source: z.enum(['programme', 'defaults']),
      reason: z.enum(['emptyGuide', 'otherBehaviour', 'guideUnreadable']).nullable(),
      behaviour: z.string(),
      opening: z.string(),
      closing: z.string(),
      questionsByFactor: z.array(z.object({ factor: Factor, name: z.string(), questions: z.array(z.object({ id: z.string(), text: z.string() })) })),
      factorsWithoutQuestions: z.array(Factor),
    })
    .nullable(),
  checklist: z.array(z.object({ criterion: z.enum(OBSERVER_CRITERIA), label: z.string(), lookFor: z.string() })).nullable(),
  scale: z.array(z.object({ score: Score, label: z.string() })).nullable(),
  factors: z.array(z.object({ factor: Factor, name: z.string(), lookFor: z.string() })).nullable(),
  scoredAt: Instant.nullable(),
  sharedWithTrainers: z.boolean(),
  scores: z.object({ summary: ScoreSummary, factorsCovered: z.array(Factor), notes: z.string() }).nullable(),
});
export type RoundView = Json<typeof RoundView>;

export const RoundShared = z.object({ id: z.uuid(), sharedWithTrainers: z.boolean() });
export type RoundShared = Json<typeof RoundShared>;

/** The trainers' view: per subgroup that rounds happened; a summary only where the interviewer shared it. */
export const RoleplayOverview = z.object({
  subgroups: z.array(
    z.object({
      subgroupId: z.uuid(),
      assignmentId: z.uuid(),
      name: z.string(),
      count: z.number().int(),
      rounds: z.array(z.object({ id: z.uuid(), createdAt: Instant, scored: z.boolean(), scoredAt: Instant.nullable(), summary: ScoreSummary.nullable() })),
    }),
  ),
});
export type RoleplayOverview = Json<typeof RoleplayOverview>;
