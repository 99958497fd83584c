import { actionSummary, isOverdue, type ActionInput, type ActionState } from '#core/execution/actions.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { AppError, invalid, notFound } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { InterventionsService } from '../interventions/service.js';
import { loadProgramme } from '../programmes/access.js';
import type { UsersService } from '../users/service.js';
import { checkinsRepository } from './checkins.repository.js';
import { executionRepository as repo, type ActionRow } from './repository.js';

export const actionStateOf = (row: ActionRow): ActionState => ({
  id: row.id,
  title: row.title,
  status: row.status,
  due: row.due,
  owner: { userId: row.ownerUserId, name: row.ownerName },
  candidateId: row.candidateId,
  doneOn: row.doneOn,
});

export const presentAction = (row: ActionRow, today: string) => ({
  ...actionStateOf(row),
  doneOn: row.doneOn,
  description: row.description,
  channel: row.channel,
  checkinId: row.checkinId,
  overdue: isOverdue(actionStateOf(row), today),
});

/** The columns an action input is stored in. */
const columnsOf = (input: ActionInput) => ({
  title: input.title,
  description: input.description,
  candidateId: input.candidateId,
  ownerUserId: input.owner.userId,
  ownerName: input.owner.name,
  due: input.due,
  status: input.status,
  channel: input.channel,
  // Left out of the input: the link to a check-in stays as it is.
  ...(input.checkinId !== undefined && { checkinId: input.checkinId }),
});

/** Step 5's use-cases: the action plan (5.1) of a programme. */
export function createExecutionService(db: Database, deps: { audit: AuditService; users: UsersService; interventions: InterventionsService }) {
  const { audit } = deps;

  /** The owner must be an active colleague (or just a name); the intervention one the team chose; the check-in one of this programme. */
  async function check(tx: Database, actor: SessionActor, programmeId: string, input: ActionInput) {
    if (input.owner.userId) {
      try {
        await deps.users.findActive(tx, actor.organisationId, input.owner.userId);
      } catch (error) {
        if (error instanceof AppError) throw invalid('actionOwnerUnknown', 'owner.userId');
        throw error;
      }
    }
    if (input.candidateId && !(await deps.interventions.isChosen(tx, actor.organisationId, programmeId, input.candidateId))) {
      throw invalid('actionCandidateUnknown', 'candidateId');
    }
    if (input.checkinId && !(await checkinsRepository.checkin(tx, actor.organisationId, programmeId, input.checkinId))) {
      throw invalid('actionCheckinUnknown', 'checkinId');
    }
  }

  /** Marking done keeps the day (for "done since the last check-in"); reopening forgets it. */
  const doneOn = (before: ActionRow | null, status: ActionInput['status'], today: string) =>
    status !== 'done' ? null : before?.status === 'done' ? before.doneOn : today;

  return {
    /** The actions with what is overdue today, and the counts for the overview. */
    async list(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      const today = amsterdamDay();
      const rows = await repo.actions(db, actor.organisationId, programmeId);
      return { today, actions: rows.map((r) => presentAction(r, today)), summary: actionSummary(rows.map(actionStateOf), today) };
    },

    create(actor: SessionActor, programmeId: string, input: ActionInput) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        await check(tx, actor, programmeId, input);
        const today = amsterdamDay();
        const row = await repo.insertAction(tx, {
          ...columnsOf(input),
          doneOn: doneOn(null, input.status, today),
          organisationId: actor.organisationId,
          programmeId,
          createdBy: actor.userId,
        });
        await audit.record(tx, asAuditActor(actor), { action: 'action.create', entity: 'action', entityId: row.id, after: input });
        return presentAction(row, today);
      });
    },

    update(actor: SessionActor, programmeId: string, id: string, input: ActionInput) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const before = await repo.action(tx, actor.organisationId, programmeId, id);
        if (!before) throw notFound();
        await check(tx, actor, programmeId, input);
        const today = amsterdamDay();
        const row = await repo.updateAction(tx, actor.organisationId, programmeId, id, { ...columnsOf(input), doneOn: doneOn(before, input.status, today) });
        await audit.record(tx, asAuditActor(actor), {
          action: 'action.update',
          entity: 'action',
          entityId: id,
          before: presentAction(before, today),
          after: input,
        });
        return presentAction(row, today);
      });
    },

    remove(actor: SessionActor, programmeId: string, id: string) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const before = await repo.action(tx, actor.organisationId, programmeId, id);
        if (!before) throw notFound();
        await repo.removeAction(tx, actor.organisationId, programmeId, id);
        await audit.record(tx, asAuditActor(actor), {
          action: 'action.delete',
          entity: 'action',
          entityId: id,
          before: { title: before.title, status: before.status },
        });
      });
    },
  };
}
export type ExecutionService = ReturnType<typeof createExecutionService>;
