import { submissionState, type CommentInput } from '#core/masterclass/cohort.js';
import { sharedItems, sharedWith, type ShareItem } from '#core/masterclass/sharing.js';
import { cohortPolicy, type ParticipationRef } from '#core/policies/index.js';
import type { SubstepKey } from '#core/steps.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { CheckinsService } from '../execution/checkins.service.js';
import type { SubstepsService } from '../programmes/substeps.service.js';
import type { ProgrammesService } from '../programmes/service.js';
import { loadCohort, loadShared, participationRef } from './access.js';
import { createReadLog, itemName, logCrossRead, readerOf } from './read-log.js';
import type { SharedService } from './shared.service.js';
import { masterclassRepository as repo, type ParticipationRow } from './repository.js';
import { loadSnapshot, storedSnapshot, type CohortSnapshot } from './snapshot.js';

/** The trainer's board, the shared items, the feedback on them, and closing the cohort. */
export function createBoardService(
  db: Database,
  deps: { audit: AuditService; programmes: ProgrammesService; substeps: SubstepsService; checkins: CheckinsService; shared: Pick<SharedService, 'collect'> },
) {
  const { audit } = deps;
  const logRead = createReadLog(db, audit);

  async function progressOf(actor: SessionActor, p: ParticipationRow) {
    const detail = await deps.programmes.get(readerOf(actor, p), p.programmeId);
    return { progress: detail.progress, statuses: detail.statuses, overdueActions: detail.attention.overdueActions };
  }

  async function checkinsOf(actor: SessionActor, p: ParticipationRow) {
    const overview = await deps.checkins.overview(readerOf(actor, p), p.programmeId);
    return { last: overview.last, next: overview.next };
  }

  async function worksheetOf(actor: SessionActor, p: ParticipationRow, key: SubstepKey) {
    const sheet = await deps.substeps.get(readerOf(actor, p), p.programmeId, key);
    return {
      status: sheet.status,
      version: sheet.worksheet?.version ?? null,
      notes: sheet.worksheet?.notes ?? '',
      fields: sheet.worksheet?.fields ?? null,
      updatedAt: sheet.updatedAt,
    };
  }

  /** What a closed cohort's trainers keep: the shared items as they were at closing (snapshot.ts). */
  const snapshotOf = (participationId: string) => loadSnapshot(db, participationId);

  /** Only trainers of the cohort, while it is readable (running, or closed within its retention). */
  async function review(actor: SessionActor, cohortId: string) {
    const access = await loadCohort(db, actor, cohortId, 'read');
    authorize(cohortPolicy.review, actor, access.ref);
    return access;
  }

  /**
   * The feedback thread on one shared item ('plan' or a sub-step): the organisation's own duo and
   * admin, and the trainers while the item is shared with them. The thread holds the organisation's
   * replies, so a trainer's read is a cross-organisation read, in its audit log ('comments:2.3').
   */
  async function comments(actor: SessionActor, cohortId: string, participationId: string, item: string) {
    const { participation, access } = await commentAccess(actor, cohortId, participationId, item);
    const rows = await repo.comments(db, participation.id, item);
    await logCrossRead(db, audit, actor, participation, { cohort: access.cohort.name, items: [`comments:${item}`] });
    return {
      comments: rows.map((c) => ({
        id: c.id,
        parentId: c.parentId,
        item: c.item,
        authorName: c.authorName,
        authorOrganisation: c.authorOrganisation,
        body: c.body,
        createdAt: c.createdAt,
        mine: c.authorId === actor.userId,
      })),
    };
  }

  return {
    progressOf,

    async board(actor: SessionActor, cohortId: string) {
      const access = await review(actor, cohortId);
      const today = amsterdamDay();
      const [participations, assignments, times] = await Promise.all([
        repo.participationsOf(db, cohortId),
        repo.assignments(db, cohortId),
        repo.submissionTimes(db, cohortId),
      ]);
      const people = await repo.participants(
        db,
        participations.map((p) => p.participation.id),
      );
      const rows = [];
      for (const { participation: p, organisationName } of participations) {
        const ref = await participationRef(db, p);
        const can = (kind: 'progress' | 'checkins') => cohortPolicy.readShared(actor, access.ref, ref, { kind }, access.own);
        const snapshot = access.ref.running ? null : await snapshotOf(p.id);
        const read: ShareItem[] = [];
        const progress = can('progress') ? (snapshot ? (snapshot.progress ?? null) : await progressOf(actor, p)) : null;
        if (progress) read.push({ kind: 'progress' });
        const checkins = can('checkins') ? (snapshot ? (snapshot.checkins ?? null) : await checkinsOf(actor, p)) : null;
        if (checkins) read.push({ kind: 'checkins' });
        await logRead(actor, access, p, read);
        rows.push({
          participationId: p.id,
          organisationName,
          participants: people.filter((x) => x.participationId === p.id).map(({ userId, name }) => ({ userId, name })),
          shared: sharedItems(ref.shares, 'trainers').map(itemName),
          progress,
          checkins,
          submissions: assignments.map((a) => {
            const submittedAt = times.find((t) => t.assignmentId === a.id && t.participationId === p.id)?.submittedAt ?? null;
            return { assignmentId: a.id, submittedAt, state: submissionState(a.dueDate, submittedAt && amsterdamDay(submittedAt), today) };
          }),
        });
      }
      return { today, rows, audiences: ['trainers' as const] };
    },

    /** A worksheet another organisation shares (with the trainers, or with the cohort). */
    async sharedWorksheet(actor: SessionActor, cohortId: string, participationId: string, key: SubstepKey) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      const item: ShareItem = { kind: 'worksheet', substepKey: key };
      const { participation: p, organisationName } = await loadShared(db, actor, access, participationId, item);
      const sheet = access.ref.running ? await worksheetOf(actor, p, key) : (await snapshotOf(p.id)).worksheets?.[key];
      if (!sheet) throw notFound();
      const answer = { participationId, organisationName, key, ...sheet };
      // Logged once the answer is built: a read that fails is not logged as read.
      await logRead(actor, access, p, [item]);
      return answer;
    },

    comments,

    /**
     * Closes the cohort. What each organisation shares with the trainers at that moment is kept as it
     * is (progress, check-in dates, shared worksheets, and the plan, interventions, KPIs and survey
     * results of shared.service.ts), in that organisation's rows, for the cohort's retention, stored
     * through the routes' own schemas (snapshot.ts) so a read afterwards answers what it did before;
     * reads of it still go through the current settings, so taking a share back afterwards still
     * hides it. Participants keep their own programmes as they are.
     */
    async close(actor: SessionActor, cohortId: string) {
      const access = await loadCohort(db, actor, cohortId, 'teach');
      const participations = await repo.participationsOf(db, cohortId);
      const snapshots: { participationId: string; organisationId: string; data: unknown }[] = [];
      for (const { participation: p } of participations) {
        const ref = await participationRef(db, p);
        const items = sharedItems(ref.shares, 'trainers');
        const data: CohortSnapshot = { worksheets: {}, ...(await deps.shared.collect(actor, p, items)) };
        if (items.some((i) => i.kind === 'progress')) data.progress = await progressOf(actor, p);
        if (items.some((i) => i.kind === 'checkins')) data.checkins = await checkinsOf(actor, p);
        for (const item of items) if (item.kind === 'worksheet') data.worksheets![item.substepKey] = await worksheetOf(actor, p, item.substepKey);
        snapshots.push({ participationId: p.id, organisationId: p.organisationId, data: storedSnapshot(data) });
      }
      await db.transaction(async (tx) => {
        if (!(await repo.closeCohort(tx, access.cohort.organisationId, cohortId, new Date()))) throw notFound();
        for (const snapshot of snapshots) await repo.insertSnapshot(tx, snapshot);
        await audit.record(tx, asAuditActor(actor), { action: 'cohort.close', entity: 'cohort', entityId: cohortId });
      });
    },

    async comment(actor: SessionActor, cohortId: string, participationId: string, item: string, input: CommentInput) {
      const { participation, access } = await commentAccess(actor, cohortId, participationId, item);
      if (!access.ref.running) throw invalid('cohortClosed', 'body');
      if (input.parentId && !(await repo.comment(db, participation.id, input.parentId))) throw invalid('commentParentUnknown', 'parentId');
      const organisation = await repo.trainingOrganisationName(db, actor.organisationId);
      await db.transaction(async (tx) => {
        const row = await repo.insertComment(tx, {
          organisationId: participation.organisationId,
          participationId: participation.id,
          item,
          parentId: input.parentId,
          authorId: actor.userId,
          authorName: actor.name,
          authorOrganisation: organisation,
          body: input.body,
        });
        await audit.record(
          tx,
          { userId: actor.userId, organisationId: participation.organisationId, name: `${actor.name} (${organisation})` },
          { action: 'cohort.comment', entity: 'cohort_share', entityId: participation.id, after: { item, commentId: row.id } },
        );
      });
      return comments(actor, cohortId, participationId, item);
    },
  };

  async function commentAccess(actor: SessionActor, cohortId: string, participationId: string, item: string) {
    const access = await loadCohort(db, actor, cohortId, 'read');
    const shareItem: ShareItem = item === 'plan' ? { kind: 'plan' } : { kind: 'worksheet', substepKey: item as SubstepKey };
    if (access.own?.id === participationId) {
      const own: ParticipationRef = access.own;
      return { access, participation: own };
    }
    if (!cohortPolicy.review(actor, access.ref)) throw notFound();
    const { ref } = await loadShared(db, actor, access, participationId, shareItem);
    if (!sharedWith(ref.shares, 'trainers', shareItem)) throw notFound();
    return { access, participation: ref };
  }
}
export type BoardService = ReturnType<typeof createBoardService>;
