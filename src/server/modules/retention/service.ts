import { retentionCutoff } from '../../../core/export/retention.js';
import { organisationPolicy } from '../../../core/policies/index.js';
import type { Database } from '../../db/client.js';
import { forbidden } from '../../errors.js';
import type { SessionActor } from '../auth/actor.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { retentionRepository } from './repository.js';

export interface RetentionSettings {
  /** Months after a survey closed that its raw answers are kept; null keeps them. */
  surveyResponsesMonths: number | null;
}

/** What the log names as actor for the daily clean-up: no person did it. */
const SYSTEM_ACTOR_NAME = 'Wegwijs (bewaartermijn)';

export function createRetentionService(db: Database, deps: { audit: AuditService }) {
  /** The ids of the organisation's surveys whose raw answers have outlived the retention at `now`. */
  async function expiredSurveyIds(tx: Database, organisationId: string, months: number | null, now: Date) {
    if (months === null) return [];
    return (await retentionRepository.expiredSurveys(tx, organisationId, retentionCutoff(now, months))).map((s) => s.id);
  }

  return {
    async get(actor: SessionActor): Promise<RetentionSettings> {
      if (!organisationPolicy.transfer(actor)) throw forbidden();
      return retentionRepository.get(db, actor.organisationId);
    },

    update(actor: SessionActor, settings: RetentionSettings): Promise<RetentionSettings> {
      if (!organisationPolicy.transfer(actor)) throw forbidden();
      return db.transaction(async (tx) => {
        const before = await retentionRepository.get(tx, actor.organisationId);
        await retentionRepository.set(tx, actor.organisationId, settings.surveyResponsesMonths);
        await deps.audit.record(tx, asAuditActor(actor), { action: 'retention.update', entity: 'organisation', entityId: actor.organisationId, before, after: settings });
        return settings;
      });
    },

    /** For the export and import, inside their transaction. */
    settingsOf: (tx: Database, organisationId: string): Promise<RetentionSettings> => retentionRepository.get(tx, organisationId),
    setFor: (tx: Database, organisationId: string, months: number | null) => retentionRepository.set(tx, organisationId, months),

    /** For the export: raw answers past the retention are left out even before the daily job ran. */
    expiredSurveyIds,

    /**
     * The daily job: deletes the raw answers of closed surveys past each organisation's retention,
     * one transaction per organisation, each deletion in its audit log. Results stay: they are read
     * from the tallies counted when the survey closed.
     */
    async purgeExpired(now: Date) {
      let deleted = 0;
      for (const { organisationId, months } of await retentionRepository.limited(db)) {
        deleted += await db.transaction(async (tx) => {
          const gone = await retentionRepository.deleteResponses(tx, organisationId, await expiredSurveyIds(tx, organisationId, months, now));
          const perSurvey = new Map<string, number>();
          for (const { surveyId } of gone) perSurvey.set(surveyId, (perSurvey.get(surveyId) ?? 0) + 1);
          for (const [surveyId, responses] of perSurvey) {
            await deps.audit.record(
              tx,
              { userId: null, organisationId, name: SYSTEM_ACTOR_NAME },
              { action: 'retention.purge', entity: 'survey', entityId: surveyId, after: { responsesDeleted: responses, months } },
            );
          }
          return gone.length;
        });
      }
      return deleted;
    },
  };
}
export type RetentionService = ReturnType<typeof createRetentionService>;
