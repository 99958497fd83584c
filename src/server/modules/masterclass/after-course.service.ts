import type { CombFactor } from '#core/comb.js';
import type { Effort } from '#core/interventions/library.js';
import type { Locale } from '#core/locale.js';
import { readableUntil, retentionChangeAllowed } from '#core/masterclass/cohort.js';
import { readExchangeEffect } from '#core/masterclass/exchange.js';
import { readShareSettings, sharedItems, sharedWith } from '#core/masterclass/sharing.js';
import { cohortPolicy } from '#core/policies/index.js';
import { authorize } from '../../security/authorize.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { invalid, notFound } from '../../errors.js';
import type { ExportDocument } from '../../export/document.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { loadCohort } from './access.js';
import type { BoardService } from './board.service.js';
import { cohortReportDocument, type CohortReportData } from './cohort-report.js';
import { exchangeRepository } from './exchange.repository.js';
import { logCrossRead } from './read-log.js';
import { masterclassRepository as repo } from './repository.js';

/**
 * After the course (issue 21, point 7): how long the trainers keep what was shared once the cohort is
 * closed (the retention job in modules/retention deletes it afterwards), and the cohort report.
 */
export function createAfterCourseService(db: Database, deps: { audit: AuditService; board: Pick<BoardService, 'board'> }) {
  const { audit } = deps;

  return {
    /** Its trainers, while it is readable; once closed only shorter (core/masterclass/cohort.ts retentionChangeAllowed). */
    async setRetention(actor: SessionActor, cohortId: string, retentionDays: number) {
      const { cohort, ref } = await loadCohort(db, actor, cohortId, 'read');
      authorize(cohortPolicy.review, actor, ref);
      if (!retentionChangeAllowed(cohort.closedAt, cohort.retentionDays, retentionDays)) throw invalid('cohortRetentionLonger', 'retentionDays');
      await db.transaction(async (tx) => {
        await repo.updateRetention(tx, cohort.organisationId, cohortId, retentionDays);
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.retention',
          entity: 'cohort',
          entityId: cohortId,
          before: { retentionDays: cohort.retentionDays },
          after: { retentionDays },
        });
      });
      return { retentionDays, readableUntil: readableUntil(cohort.closedAt, retentionDays) };
    },

    /**
     * The cohort report for its trainers, while the cohort is readable. Progress and check-ins come
     * from the board (which checks the policy and logs those reads); the exchange read is logged in
     * each publishing organisation.
     */
    async report(actor: SessionActor, cohortId: string, locale: Locale): Promise<{ document: ExportDocument; cohortName: string }> {
      const access = await loadCohort(db, actor, cohortId, 'read');
      authorize(cohortPolicy.review, actor, access.ref);
      const board = await deps.board.board(actor, cohortId);
      const [participations, assignments, exchange, trainingOrganisation] = await Promise.all([
        repo.participationsOf(db, cohortId),
        repo.assignments(db, cohortId),
        exchangeRepository.itemsOf(db, cohortId),
        repo.trainingOrganisationName(db, access.cohort.organisationId),
      ]);
      const organisations: CohortReportData['organisations'] = [];
      for (const { participation, organisationName } of participations) {
        const row = board.rows.find((r) => r.participationId === participation.id);
        const shares = readShareSettings(participation.shares);
        const published = exchange.filter((x) => x.item.participationId === participation.id).map((x) => x.item);
        if (published.length > 0) await logCrossRead(db, audit, actor, participation, { cohort: access.cohort.name, items: ['exchange'] });
        organisations.push({
          name: organisationName,
          sharedWithCohort: sharedItems(shares, 'cohort'),
          sharedWithTrainersOnly: sharedItems(shares, 'trainers').filter((item) => !sharedWith(shares, 'cohort', item)),
          progress: row?.progress
            ? { ...row.progress.progress.overall, currentStep: row.progress.progress.currentStep, overdueActions: row.progress.overdueActions }
            : null,
          checkins: row?.checkins ?? null,
          submissions: (row?.submissions ?? []).map((s) => ({
            assignmentId: s.assignmentId,
            state: s.state,
            submittedOn: s.submittedAt && amsterdamDay(s.submittedAt),
          })),
          exchange: published.map((x) => ({
            title: x.title,
            barrier: x.barrier as CombFactor,
            effort: x.effort as Effort,
            effect: readExchangeEffect(x.effect),
          })),
        });
      }
      const until = readableUntil(access.cohort.closedAt, access.cohort.retentionDays);
      const data: CohortReportData = {
        trainingOrganisation,
        cohortName: access.cohort.name,
        today: board.today,
        closedOn: access.cohort.closedAt && amsterdamDay(access.cohort.closedAt),
        readableUntil: until && amsterdamDay(until),
        assignments: assignments.map((a) => ({ id: a.id, title: a.title, dueDate: a.dueDate })),
        organisations,
      };
      return { document: cohortReportDocument(data, locale), cohortName: access.cohort.name };
    },
  };
}
export type AfterCourseService = ReturnType<typeof createAfterCourseService>;
