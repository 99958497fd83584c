import { and, eq, inArray, isNotNull, lt, or } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { knowledgeCheckResponses, knowledgeChecks, organisationRetention, surveyResponses, surveys } from '../../db/schema.js';

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
