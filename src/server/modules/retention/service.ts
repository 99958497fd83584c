import { retentionCutoff } from '#core/export/retention.js';
import { readableUntil } from '#core/masterclass/cohort.js';
import { organisationPolicy } from '#core/policies/index.js';
import type { Database } from '../../db/client.js';
import { authorize } from '../../security/authorize.js';
import type { SessionActor } from '../../context.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { ANSWERED_KINDS, retentionRepository, type Answered } from './repository.js';

export interface RetentionSettings {
  /** Months after a survey closed that its raw answers are kept; null keeps them. */
  surveyResponsesMonths: number | null;
  /** Months after a knowledge check closed that its raw answers are kept; null keeps them. */
  knowledgeResponsesMonths: number | null;
}

/** The setting that governs each kind of raw answers. */
const MONTHS_OF: Record<Answered, keyof RetentionSettings> = { survey: 'surveyResponsesMonths', knowledge_check: 'knowledgeResponsesMonths' };

/** What the log names as actor for the daily clean-up: no person did it. */
const SYSTEM_ACTOR_NAME = 'Wegwijs (bewaartermijn)';

export function createRetentionService(db: Database, deps: { audit: AuditService }) {
  /** The ids of the organisation's surveys or checks whose raw answers have outlived the retention at `now`. */
  async function expiredOf(tx: Database, kind: Answered, organisationId: string, settings: RetentionSettings, now: Date) {
    const months = settings[MONTHS_OF[kind]];
    if (months === null) return [];
    return (await retentionRepository.expired(tx, kind, organisationId, retentionCutoff(now, months))).map((s) => s.id);
  }

  return {
    async get(actor: SessionActor): Promise<RetentionSettings> {
      authorize(organisationPolicy.transfer, actor);
      return retentionRepository.get(db, actor.organisationId);
    },

    update(actor: SessionActor, settings: RetentionSettings): Promise<RetentionSettings> {
      authorize(organisationPolicy.transfer, actor);
      return db.transaction(async (tx) => {
        const before = await retentionRepository.get(tx, actor.organisationId);
        await retentionRepository.set(tx, actor.organisationId, settings);
        await deps.audit.record(tx, asAuditActor(actor), {
          action: 'retention.update',
          entity: 'organisation',
          entityId: actor.organisationId,
          before,
          after: settings,
        });
        return settings;
      });
    },

    /** For the export and import, inside their transaction. */
    settingsOf: (tx: Database, organisationId: string): Promise<RetentionSettings> => retentionRepository.get(tx, organisationId),
    setFor: (tx: Database, organisationId: string, settings: RetentionSettings) => retentionRepository.set(tx, organisationId, settings),

    /**
     * The daily job: deletes the raw answers of closed surveys and knowledge checks past each
     * organisation's retention, one transaction per organisation, each deletion in its audit log.
     * Results stay: they are read from the tallies counted when the survey or check closed.
     */
    async purgeExpired(now: Date) {
      let deleted = 0;
      for (const { organisationId, ...settings } of await retentionRepository.limited(db)) {
        deleted += await db.transaction(async (tx) => {
          let gone = 0;
          for (const kind of ANSWERED_KINDS) {
            const answers = await retentionRepository.deleteAnswers(tx, kind, organisationId, await expiredOf(tx, kind, organisationId, settings, now));
            const perParent = new Map<string, number>();
            for (const { of } of answers) perParent.set(of, (perParent.get(of) ?? 0) + 1);
            for (const [entityId, responses] of perParent) {
              await deps.audit.record(
                tx,
                { userId: null, organisationId, name: SYSTEM_ACTOR_NAME },
                { action: 'retention.purge', entity: kind, entityId, after: { responsesDeleted: responses, months: settings[MONTHS_OF[kind]] } },
              );
            }
            gone += answers.length;
          }
          return gone;
        });
      }
      return deleted;
    },

    /**
     * The daily job, for masterclasses (issue 21, point 7): once a closed cohort's retention has ended
     * (core/masterclass/cohort.ts readableUntil), its participations are deleted with all under them
     * (repository.ts deleteCohortShares): what its trainers could read, and who took part. Nobody can
     * reach them afterwards, not even the participating organisation's admin, so nothing is kept
     * longer than its purpose needs (AVG art. 5 lid 1 sub e, storage limitation). One transaction per
     * cohort; each organisation whose rows went gets one entry in its audit log with the counts.
     * Participants keep their own programmes and copies; the training organisation keeps the cohort
     * with its sessions and assignments.
     */
    async purgeClosedCohorts(now: Date) {
      let deleted = 0;
      for (const cohort of await retentionRepository.closedCohorts(db)) {
        const until = readableUntil(cohort.closedAt, cohort.retentionDays);
        if (until === null || until > now) continue;
        deleted += await db.transaction(async (tx) => {
          const gone = await retentionRepository.deleteCohortShares(tx, cohort.id);
          const kinds = Object.keys(gone) as (keyof typeof gone)[];
          const perOrganisation = new Map<string, Record<keyof typeof gone, number>>();
          for (const kind of kinds) {
            for (const { organisationId } of gone[kind]) {
              const counts = perOrganisation.get(organisationId) ?? (Object.fromEntries(kinds.map((k) => [k, 0])) as Record<keyof typeof gone, number>);
              counts[kind] += 1;
              perOrganisation.set(organisationId, counts);
            }
          }
          for (const [organisationId, counts] of perOrganisation) {
            await deps.audit.record(
              tx,
              { userId: null, organisationId, name: SYSTEM_ACTOR_NAME },
              { action: 'retention.purge', entity: 'cohort', entityId: cohort.id, after: { ...counts, retentionDays: cohort.retentionDays } },
            );
          }
          return Object.values(gone).reduce((sum, rows) => sum + rows.length, 0);
        });
      }
      return deleted;
    },
  };
}
export type RetentionService = ReturnType<typeof createRetentionService>;
