import { decisionsOf, generateAgenda, lastCheckin, nextCheckin, type CheckinInput } from '#core/execution/checkins.js';
import { get } from '#core/worksheets/index.js';
import { meetingDates } from '#core/worksheets/planning.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { amsterdamDay } from '../../day.js';
import { conflict, notFound } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import { loadProgramme } from '../programmes/access.js';
import { worksheetsOf } from '../programmes/substeps.service.js';
import { checkinsRepository as repo, type CheckinRow } from './checkins.repository.js';
import { executionRepository } from './repository.js';
import { actionStateOf, presentAction } from './service.js';

const recordOf = (row: CheckinRow): CheckinInput => ({ date: row.date, attendees: row.attendees, minutes: row.minutes, decisions: row.decisions });

/** A second check-in on the same day: the unique index refuses it, the caller gets a clear 409. */
async function onePerDay<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('checkinDateTaken', 'date');
    throw error;
  }
}

/** 5.3's use-cases: the two-weekly check-in (voortgangsoverleg), its agenda and its record. */
export function createCheckinsService(db: Database, deps: { audit: AuditService }) {
  const { audit } = deps;

  /** Runs a change in one transaction, for a team member of the programme, with the check-in as it was. */
  function changeCheckin<T>(actor: SessionActor, programmeId: string, id: string, change: (tx: Database, before: CheckinRow) => Promise<T>) {
    return db.transaction(async (tx) => {
      await loadProgramme(tx, actor, programmeId, 'work');
      const before = await repo.checkin(tx, actor.organisationId, programmeId, id);
      if (!before) throw notFound();
      return change(tx, before);
    });
  }

  return {
    /**
     * The meeting series planned in 1.4, the next and last check-in, the agenda made from the
     * actions and the open decisions, and the recorded check-ins (newest first) with the actions
     * agreed at each.
     */
    async overview(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      const today = amsterdamDay();
      const [worksheets, checkins, actions] = await Promise.all([
        worksheetsOf(db, programmeId),
        repo.checkins(db, actor.organisationId, programmeId),
        executionRepository.actions(db, actor.organisationId, programmeId),
      ]);
      const meetingDays = meetingDates(get(worksheets, '1.4').meetings);
      const next = nextCheckin(meetingDays, today);
      const last = lastCheckin(
        checkins.map((c) => c.date),
        meetingDays,
        today,
      );
      const agenda = generateAgenda({ actions: actions.map(actionStateOf), decisions: decisionsOf(checkins), today, nextMeeting: next, lastMeeting: last });
      return {
        today,
        meetingDays,
        next,
        last,
        agenda,
        checkins: checkins.map((c) => ({
          id: c.id,
          ...recordOf(c),
          actions: actions.filter((a) => a.checkinId === c.id).map((a) => presentAction(a, today)),
        })),
      };
    },

    create(actor: SessionActor, programmeId: string, input: CheckinInput) {
      return onePerDay(() =>
        db.transaction(async (tx) => {
          await loadProgramme(tx, actor, programmeId, 'work');
          const row = await repo.insert(tx, { ...input, organisationId: actor.organisationId, programmeId, createdBy: actor.userId });
          await audit.record(tx, asAuditActor(actor), { action: 'checkin.create', entity: 'checkin', entityId: row.id, after: input });
          return { id: row.id, ...recordOf(row) };
        }),
      );
    },

    update(actor: SessionActor, programmeId: string, id: string, input: CheckinInput) {
      return onePerDay(() =>
        changeCheckin(actor, programmeId, id, async (tx, before) => {
          const row = await repo.update(tx, actor.organisationId, programmeId, id, input);
          await audit.record(tx, asAuditActor(actor), { action: 'checkin.update', entity: 'checkin', entityId: id, before: recordOf(before), after: input });
          return { id, ...recordOf(row) };
        }),
      );
    },

    /** The actions agreed at it stay, without the link (the foreign key sets it to null). */
    remove(actor: SessionActor, programmeId: string, id: string) {
      return changeCheckin(actor, programmeId, id, async (tx, before) => {
        await repo.remove(tx, actor.organisationId, programmeId, id);
        await audit.record(tx, asAuditActor(actor), { action: 'checkin.delete', entity: 'checkin', entityId: id, before: recordOf(before) });
      });
    },
  };
}
export type CheckinsService = ReturnType<typeof createCheckinsService>;
