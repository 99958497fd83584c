import { z } from 'zod';
import { COMB_FACTORS, type CombFactor } from '../comb.js';
import { Factors, type FactorResearch, type GuideQuestion } from '../research/interviews.js';
import type { Sector } from '../sector.js';
import { plainText } from '../worksheets/fields.js';

/**
 * The masterclass's interview practice (issue 21, point 5): after steps 3 and 4, participants
 * practise the interviews of sub-step 3.2 in threes. One interviews, one plays a colleague from a
 * persona, one observes with a checklist. Interviewing is a craft whose techniques are learnt by
 * practice (Kvale & Brinkmann, InterViews, 2nd ed. 2009, "Conducting an interview" and "Interview
 * quality"); the questions are the COM-B questions per factor of the Wegwijzer informatieveilig
 * gedrag (IVGZ), stap 3.
 * Texts (personas, checklist, default questions) live in src/content/masterclass.
 */

export const ROLEPLAY_ROLES = ['interviewer', 'colleague', 'observer'] as const;
export type RoleplayRole = (typeof ROLEPLAY_ROLES)[number];

/**
 * What the observer looks at, in the order of an interview. Open, non-leading questions that ask
 * for concrete examples, and a neutral listener: Kvale & Brinkmann 2009, "Conducting an interview"
 * (question types) and "Interview quality" (leading questions); the last time it happened after the
 * critical incident technique (Flanagan 1954, Psychological Bulletin 51(4):327–358). All six factors:
 * the interview guide of IVGZ stap 3 asks per COM-B factor (Michie, van Stralen & West 2011,
 * Implementation Science 6:42). Closing: the debriefing (Kvale & Brinkmann 2009, as above).
 */
export const OBSERVER_CRITERIA = ['openQuestions', 'noLeading', 'asksExamples', 'neutral', 'coversFactors', 'closesProperly'] as const;
export type ObserverCriterion = (typeof OBSERVER_CRITERIA)[number];

/** 0 not seen, 1 partly, 2 well. Labels in src/content/masterclass/observer-checklist.ts. */
export const OBSERVER_SCORES = [0, 1, 2] as const;
export type ObserverScore = (typeof OBSERVER_SCORES)[number];
const MAX_SCORE: ObserverScore = 2;

const CriterionScore = z
  .object({
    score: z.literal(OBSERVER_SCORES),
    note: plainText().trim().max(600).optional(),
  })
  .strict();

const criterionShape = Object.fromEntries(OBSERVER_CRITERIA.map((c) => [c, CriterionScore])) as Record<ObserverCriterion, typeof CriterionScore>;

/** What the observer fills in after one round. Free text is for feedback on the interview, not for patient data. */
export const ObserverScoresInput = z
  .object({
    scores: z.object(criterionShape).strict(),
    /** The factors the interviewer asked about (the refusal of a double is `duplicateFactor`, as in 3.2). */
    factorsCovered: Factors,
    notes: plainText().trim().max(2_000).default(''),
  })
  .strict();
export type ObserverScoresInput = z.infer<typeof ObserverScoresInput>;

export interface ScoreSummary {
  total: number;
  max: number;
  perCriterion: { criterion: ObserverCriterion; score: ObserverScore; note?: string }[];
  /** The factors the interviewer did not ask about, in COM-B order. */
  missingFactors: CombFactor[];
  /** What the ticked factors point to for `coversFactors`: 2 when all six, 0 when none, 1 in between. */
  expectedCoversFactors: ObserverScore;
  /** False when the observer's `coversFactors` score differs from that: shown, never overridden. */
  consistent: boolean;
}

export function summariseScores(input: ObserverScoresInput): ScoreSummary {
  const perCriterion = OBSERVER_CRITERIA.map((criterion) => {
    const { score, note } = input.scores[criterion];
    return note === undefined ? { criterion, score } : { criterion, score, note };
  });
  const missingFactors = COMB_FACTORS.filter((f) => !input.factorsCovered.includes(f));
  const expectedCoversFactors: ObserverScore = missingFactors.length === 0 ? 2 : missingFactors.length === COMB_FACTORS.length ? 0 : 1;
  return {
    total: perCriterion.reduce((sum, c) => sum + c.score, 0),
    max: OBSERVER_CRITERIA.length * MAX_SCORE,
    perCriterion,
    missingFactors,
    expectedCoversFactors,
    consistent: input.scores.coversFactors.score === expectedCoversFactors,
  };
}

export interface RoleplayGuide {
  behaviour: string;
  opening: string;
  closing: string;
  /** Every factor in COM-B order, with its questions (possibly none). */
  questionsByFactor: { factor: CombFactor; questions: GuideQuestion[] }[];
  /** Factors the guide has no question for, so the interviewer knows the gap. */
  factorsWithoutQuestions: CombFactor[];
  /** True when the programme's guide has no questions: the questions, if any, are the content's defaults. */
  fromContent: boolean;
}

/**
 * The programme's 3.2 interview guide as the interviewer uses it in the role-play. A guide without
 * any question falls back on `defaults` (src/content/masterclass/default-questions.ts); without
 * defaults its factors stay empty and `fromContent` tells the caller to supply them.
 */
export function interviewerGuide(guide: FactorResearch['guide'], defaults?: Readonly<Record<CombFactor, readonly string[]>>): RoleplayGuide {
  const fromContent = guide.questions.length === 0;
  const questions: GuideQuestion[] = fromContent
    ? COMB_FACTORS.flatMap((factor) => (defaults?.[factor] ?? []).map((text, i) => ({ id: `default-${factor}-${i + 1}`, factor, text })))
    : guide.questions;
  const questionsByFactor = COMB_FACTORS.map((factor) => ({ factor, questions: questions.filter((q) => q.factor === factor) }));
  return {
    behaviour: guide.behaviour,
    opening: guide.opening,
    closing: guide.closing,
    questionsByFactor,
    factorsWithoutQuestions: questionsByFactor.filter((g) => g.questions.length === 0).map((g) => g.factor),
    fromContent,
  };
}

export interface RoleAssignment {
  participantId: string;
  role: RoleplayRole;
}

/**
 * The roles of one round for a subgroup, in the order the participants are given. Round n shifts the
 * roles by n places: participant (n mod k) interviews, the next one plays the colleague, everyone
 * else observes. In a group of three, any three consecutive rounds give everyone each role once; in
 * a group of k, any k consecutive rounds give everyone the interviewer and the colleague once.
 * Returns null for a group that cannot play (fewer than three, or someone listed twice): the caller
 * refuses it. A round number that is not a whole number is a programming error (RangeError).
 */
export function assignRoles(participantIds: readonly string[], roundNumber: number): RoleAssignment[] | null {
  if (!Number.isSafeInteger(roundNumber)) throw new RangeError(`round number ${roundNumber} is not a whole number`);
  const k = participantIds.length;
  if (k < ROLEPLAY_ROLES.length || new Set(participantIds).size !== k) return null;
  const interviewer = ((roundNumber % k) + k) % k;
  return participantIds.map((participantId, i) => {
    const place = (i - interviewer + k) % k;
    return { participantId, role: place === 0 ? 'interviewer' : place === 1 ? 'colleague' : 'observer' };
  });
}

/** A persona as core needs it to choose one: its key and the sector it is set in. */
export interface PersonaRef {
  key: string;
  sector: Sector;
}

/** FNV-1a (32 bits): a stable spread of the seed, the same on every server and browser. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A persona for a subgroup: the same seed always gives the same one. Personas of the programme's
 * sector come first, so the colleague works where the participants work; with none of that sector,
 * any persona. Null only for an empty list.
 */
export function pickPersona(personas: readonly PersonaRef[], sector: Sector, seed: string | number): string | null {
  const own = personas.filter((p) => p.sector === sector);
  const pool = own.length > 0 ? own : personas;
  if (pool.length === 0) return null;
  return pool[hash(String(seed)) % pool.length]!.key;
}
