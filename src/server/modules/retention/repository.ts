import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organisationRetention, surveyResponses, surveys } from '../../db/schema.js';

export const retentionRepository = {
  async get(db: Database, organisationId: string) {
    const [row] = await db.select().from(organisationRetention).where(eq(organisationRetention.organisationId, organisationId));
    return { surveyResponsesMonths: row?.surveyResponsesMonths ?? null };
  },

  async set(db: Database, organisationId: string, surveyResponsesMonths: number | null) {
    await db
      .insert(organisationRetention)
      .values({ organisationId, surveyResponsesMonths })
      .onConflictDoUpdate({ target: organisationRetention.organisationId, set: { surveyResponsesMonths, updatedAt: new Date() } });
  },

  /** The organisations that delete raw answers after a while. */
  limited: (db: Database) =>
    db
      .select({ organisationId: organisationRetention.organisationId, months: organisationRetention.surveyResponsesMonths })
      .from(organisationRetention)
      .where(isNotNull(organisationRetention.surveyResponsesMonths)),

  /** Closed surveys of the organisation that closed before the cutoff: their tallies hold the results. */
  expiredSurveys: (db: Database, organisationId: string, cutoff: Date) =>
    db
      .select({ id: surveys.id })
      .from(surveys)
      .where(and(eq(surveys.organisationId, organisationId), eq(surveys.status, 'closed'), lt(surveys.closedAt, cutoff))),

  /** Deletes the raw answers of these surveys; per survey how many went. */
  async deleteResponses(db: Database, organisationId: string, surveyIds: string[]) {
    if (surveyIds.length === 0) return [];
    return db
      .delete(surveyResponses)
      .where(and(eq(surveyResponses.organisationId, organisationId), inArray(surveyResponses.surveyId, surveyIds)))
      .returning({ surveyId: surveyResponses.surveyId });
  },
};
