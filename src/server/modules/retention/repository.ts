import { and, eq, inArray, isNotNull, lt, or } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  cohortComments,
  exchangeItems,
  cohortParticipants,
  cohortParticipations,
  cohortSnapshots,
  cohortSubmissions,
  cohorts,
  knowledgeCheckResponses,
  knowledgeChecks,
  organisationRetention,
  roleplayRounds,
  surveyResponses,
  surveys,
} from '../../db/schema.js';

/**
 * The raw answers a retention covers, by the audit log's name for what they answer: the table of
 * what closes, and the table of its answers with the column that points at it.
 */
const ANSWERED = {
  survey: { closes: surveys, answers: surveyResponses, of: surveyResponses.surveyId },
  knowledge_check: { closes: knowledgeChecks, answers: knowledgeCheckResponses, of: knowledgeCheckResponses.checkId },
};
export type Answered = keyof typeof ANSWERED;
export const ANSWERED_KINDS = Object.keys(ANSWERED) as Answered[];

export const retentionRepository = {
  async get(db: Database, organisationId: string) {
    const [row] = await db.select().from(organisationRetention).where(eq(organisationRetention.organisationId, organisationId));
    return { surveyResponsesMonths: row?.surveyResponsesMonths ?? null, knowledgeResponsesMonths: row?.knowledgeResponsesMonths ?? null };
  },

  async set(db: Database, organisationId: string, settings: { surveyResponsesMonths: number | null; knowledgeResponsesMonths: number | null }) {
    await db
      .insert(organisationRetention)
      .values({ organisationId, ...settings })
      .onConflictDoUpdate({ target: organisationRetention.organisationId, set: { ...settings, updatedAt: new Date() } });
  },

  /** The organisations that delete raw answers after a while. */
  limited: (db: Database) =>
    db
      .select({
        organisationId: organisationRetention.organisationId,
        surveyResponsesMonths: organisationRetention.surveyResponsesMonths,
        knowledgeResponsesMonths: organisationRetention.knowledgeResponsesMonths,
      })
      .from(organisationRetention)
      .where(or(isNotNull(organisationRetention.surveyResponsesMonths), isNotNull(organisationRetention.knowledgeResponsesMonths))),

  /** The organisation's surveys or checks that closed before the cutoff: their tallies hold the results. */
  expired(db: Database, kind: Answered, organisationId: string, cutoff: Date) {
    const { closes } = ANSWERED[kind];
    return db
      .select({ id: closes.id })
      .from(closes)
      .where(and(eq(closes.organisationId, organisationId), eq(closes.status, 'closed'), lt(closes.closedAt, cutoff)));
  },

  /** Closed masterclasses; whether their retention has ended is core's rule (core/masterclass/cohort.ts readableUntil). */
  closedCohorts: (db: Database) =>
    db
      .select({ id: cohorts.id, organisationId: cohorts.organisationId, closedAt: cohorts.closedAt, retentionDays: cohorts.retentionDays })
      .from(cohorts)
      .where(isNotNull(cohorts.closedAt)),

  /**
   * Deletes the participations of a closed masterclass and everything under them: what its trainers
   * could read (snapshots, comments, submissions, role-play rounds, published interventions) and who
   * took part (the duo, their places in subgroups, by cascade), each row in its own organisation;
   * per kind, the organisation of every row deleted. The cohort with its sessions, assignments and
   * subgroups stays with the training organisation; the participants' programmes and the
   * interventions they copied into their libraries are not touched.
   */
  async deleteCohortShares(db: Database, cohortId: string) {
    const ofCohort = db.select({ id: cohortParticipations.id }).from(cohortParticipations).where(eq(cohortParticipations.cohortId, cohortId));
    return {
      snapshots: await db
        .delete(cohortSnapshots)
        .where(inArray(cohortSnapshots.participationId, ofCohort))
        .returning({ organisationId: cohortSnapshots.organisationId }),
      comments: await db
        .delete(cohortComments)
        .where(inArray(cohortComments.participationId, ofCohort))
        .returning({ organisationId: cohortComments.organisationId }),
      submissions: await db
        .delete(cohortSubmissions)
        .where(inArray(cohortSubmissions.participationId, ofCohort))
        .returning({ organisationId: cohortSubmissions.organisationId }),
      roleplayRounds: await db.delete(roleplayRounds).where(eq(roleplayRounds.cohortId, cohortId)).returning({ organisationId: roleplayRounds.organisationId }),
      // Nobody can read the exchange once the cohort is past its retention; copies already made live on in the copiers' libraries.
      exchangeItems: await db.delete(exchangeItems).where(eq(exchangeItems.cohortId, cohortId)).returning({ organisationId: exchangeItems.organisationId }),
      participants: await db
        .delete(cohortParticipants)
        .where(inArray(cohortParticipants.participationId, ofCohort))
        .returning({ organisationId: cohortParticipants.organisationId }),
      // Last: its cascade takes what is left under it (places in subgroups).
      participations: await db
        .delete(cohortParticipations)
        .where(eq(cohortParticipations.cohortId, cohortId))
        .returning({ organisationId: cohortParticipations.organisationId }),
    };
  },

  /** Deletes the raw answers to these surveys or checks; per answer which one it answered. */
  async deleteAnswers(db: Database, kind: Answered, organisationId: string, ids: string[]): Promise<{ of: string }[]> {
    if (ids.length === 0) return [];
    const { answers, of } = ANSWERED[kind];
    return db
      .delete(answers)
      .where(and(eq(answers.organisationId, organisationId), inArray(of, ids)))
      .returning({ of });
  },
};
