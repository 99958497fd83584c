import { randomBytes } from 'node:crypto';
import { codeFromBytes, formatCode, readableUntil, startsInPast, type AssignmentInput, type CohortInput, type SessionInput } from '#core/masterclass/cohort.js';
import { readShareSettings, sharedItems } from '#core/masterclass/sharing.js';
import { cohortPolicy, type ParticipationRef } from '#core/policies/index.js';
import type { Locale } from '#core/locale.js';
import { readSector } from '#core/sector.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { cohortCalendar } from '../../export/cohort-ics.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { loadCohort, type CohortAccess } from './access.js';
import { itemName } from './read-log.js';
import { masterclassRepository as repo, type AssignmentRow, type CohortRow, type SessionRow } from './repository.js';

const presentSession = (s: SessionRow) => ({
  id: s.id,
  title: s.title,
  startsAt: s.startsAt,
  minutes: s.minutes,
  place: s.place,
  videoLink: s.videoLink,
  steps: s.steps,
});
export const presentAssignment = (a: AssignmentRow) => ({
  id: a.id,
  sessionId: a.sessionId,
  title: a.title,
  instructions: a.instructions,
  relatesTo: a.relatesTo,
  dueDate: a.dueDate,
});

/** A unique code: retried on the (rare) collision the unique index reports. */
async function withNewCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const code = codeFromBytes(randomBytes(32));
    if (code === null) continue;
    try {
      return await write(code);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

/** The masterclass as its trainers plan it (sessions, assignments) and as every member reads it. */
export function createCohortsService(db: Database, deps: { audit: AuditService }) {
  const { audit } = deps;

  async function summary(row: CohortRow, now: Date) {
    const [sessions, organisations, trainingOrganisation] = await Promise.all([
      repo.sessions(db, row.id),
      repo.countParticipations(db, row.id),
      repo.trainingOrganisationName(db, row.organisationId),
    ]);
    return {
      id: row.id,
      name: row.name,
      trainingOrganisation,
      running: row.closedAt === null,
      closedAt: row.closedAt,
      organisations,
      nextSession: sessions.find((s) => s.startsAt >= now)?.startsAt ?? null,
    };
  }

  /** Changes to a cohort's plan, by its trainers, in one transaction with its audit entry. */
  function teach<T>(actor: SessionActor, cohortId: string, change: (tx: Database, access: CohortAccess) => Promise<T>) {
    return db.transaction(async (tx) => change(tx, await loadCohort(tx, actor, cohortId, 'teach')));
  }

  function sessionInFuture(input: SessionInput, now: Date) {
    if (startsInPast(input.startsAt, now)) throw invalid('sessionInPast', 'startsAt');
  }

  return {
    async list(actor: SessionActor) {
      const now = new Date();
      const teaching = cohortPolicy.create(actor) ? await repo.cohortsOf(db, actor.organisationId) : [];
      const participating = (await repo.participationsOfOrganisation(db, actor.organisationId)).map((r) => r.cohort);
      const readable = async (rows: CohortRow[]) => {
        const access = await Promise.all(
          rows.map(async (row) => {
            try {
              await loadCohort(db, actor, row.id, 'read', now);
              return true;
            } catch {
              return false;
            }
          }),
        );
        return Promise.all(rows.filter((_, i) => access[i]).map((row) => summary(row, now)));
      };
      return { teaching: await readable(teaching), participating: await readable(participating) };
    },

    create(actor: SessionActor, input: CohortInput) {
      authorize(cohortPolicy.create, actor);
      return withNewCode((code) =>
        db.transaction(async (tx) => {
          const row = await repo.insertCohort(tx, { ...input, code, organisationId: actor.organisationId, createdBy: actor.userId });
          await audit.record(tx, asAuditActor(actor), { action: 'cohort.create', entity: 'cohort', entityId: row.id, after: input });
          return { id: row.id };
        }),
      );
    },

    async get(actor: SessionActor, id: string) {
      const now = new Date();
      const { cohort, ref, own } = await loadCohort(db, actor, id, 'read', now);
      const trainer = cohortPolicy.teach(actor, ref) || (ref.readable && actor.organisationId === cohort.organisationId);
      const [base, sessions, assignments, participations] = await Promise.all([
        summary(cohort, now),
        repo.sessions(db, id),
        repo.assignments(db, id),
        repo.participationsOf(db, id),
      ]);
      const people = await repo.participants(
        db,
        participations.map((p) => p.participation.id),
      );
      return {
        ...base,
        code: trainer ? formatCode(cohort.code) : null,
        capacity: cohort.capacity,
        retentionDays: cohort.retentionDays,
        readableUntil: readableUntil(cohort.closedAt, cohort.retentionDays),
        sessions: sessions.map(presentSession),
        assignments: assignments.map(presentAssignment),
        members: participations.map((p) => {
          const participants = people.filter((x) => x.participationId === p.participation.id);
          const member: ParticipationRef = {
            id: p.participation.id,
            organisationId: p.participation.organisationId,
            cohortId: p.participation.cohortId,
            participantIds: participants.map((x) => x.userId),
            shares: readShareSettings(p.participation.shares),
          };
          // What it shares with the whole cohort, as far as the caller may open it (core/policies/cohort.ts
          // readShared); the organisation's own row shows its own settings.
          const shared = sharedItems(member.shares, 'cohort').filter(
            (item) => member.organisationId === actor.organisationId || cohortPolicy.readShared(actor, ref, member, item, own),
          );
          return {
            participationId: p.participation.id,
            organisationName: p.organisationName,
            sector: readSector(p.sector),
            participants: participants.map(({ userId, name }) => ({ userId, name })),
            shared: shared.map(itemName),
          };
        }),
        you: {
          trainer,
          participant: own?.participantIds.includes(actor.userId) ?? false,
          participationId: own?.id ?? null,
          manageSharing: own ? cohortPolicy.manageSharing(actor, own) : false,
        },
      };
    },

    /** The sessions as an iCalendar file, for everyone in the cohort. */
    async calendar(actor: SessionActor, id: string, locale: Locale, link: string) {
      const { cohort } = await loadCohort(db, actor, id, 'read');
      return { name: cohort.name, ics: cohortCalendar({ cohortId: cohort.id, name: cohort.name, sessions: await repo.sessions(db, id), link }, locale) };
    },

    addSession(actor: SessionActor, cohortId: string, input: SessionInput) {
      return teach(actor, cohortId, async (tx, { cohort }) => {
        sessionInFuture(input, new Date());
        const row = await repo.insertSession(tx, { ...input, startsAt: new Date(input.startsAt), organisationId: cohort.organisationId, cohortId });
        await audit.record(tx, asAuditActor(actor), { action: 'cohort.session.create', entity: 'cohort', entityId: cohortId, after: input });
        return presentSession(row);
      });
    },

    updateSession(actor: SessionActor, cohortId: string, id: string, input: SessionInput) {
      return teach(actor, cohortId, async (tx, { cohort }) => {
        const before = await repo.session(tx, cohort.organisationId, cohortId, id);
        if (!before) throw notFound();
        // A session may keep its date once it has passed; moving it into the past is refused.
        if (before.startsAt.getTime() !== new Date(input.startsAt).getTime()) sessionInFuture(input, new Date());
        const row = await repo.updateSession(tx, cohort.organisationId, cohortId, id, { ...input, startsAt: new Date(input.startsAt) });
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.session.update',
          entity: 'cohort',
          entityId: cohortId,
          before: presentSession(before),
          after: input,
        });
        return presentSession(row!);
      });
    },

    removeSession(actor: SessionActor, cohortId: string, id: string) {
      return teach(actor, cohortId, async (tx, { cohort }) => {
        const before = await repo.session(tx, cohort.organisationId, cohortId, id);
        if (!before) throw notFound();
        await repo.removeSession(tx, cohort.organisationId, cohortId, id);
        await audit.record(tx, asAuditActor(actor), { action: 'cohort.session.delete', entity: 'cohort', entityId: cohortId, before: presentSession(before) });
      });
    },

    addAssignment(actor: SessionActor, cohortId: string, sessionId: string, input: AssignmentInput) {
      return teach(actor, cohortId, async (tx, { cohort }) => {
        if (!(await repo.session(tx, cohort.organisationId, cohortId, sessionId))) throw notFound();
        const row = await repo.insertAssignment(tx, { ...input, organisationId: cohort.organisationId, cohortId, sessionId });
        await audit.record(tx, asAuditActor(actor), { action: 'cohort.assignment.create', entity: 'cohort', entityId: cohortId, after: input });
        return presentAssignment(row);
      });
    },

    updateAssignment(actor: SessionActor, cohortId: string, id: string, input: AssignmentInput) {
      return teach(actor, cohortId, async (tx, { cohort }) => {
        const before = await repo.assignment(tx, cohortId, id);
        if (!before) throw notFound();
        const row = await repo.updateAssignment(tx, cohort.organisationId, cohortId, id, input);
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.assignment.update',
          entity: 'cohort',
          entityId: cohortId,
          before: presentAssignment(before),
          after: input,
        });
        return presentAssignment(row!);
      });
    },

    removeAssignment(actor: SessionActor, cohortId: string, id: string) {
      return teach(actor, cohortId, async (tx, { cohort }) => {
        const before = await repo.assignment(tx, cohortId, id);
        if (!before) throw notFound();
        await repo.removeAssignment(tx, cohort.organisationId, cohortId, id);
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.assignment.delete',
          entity: 'cohort',
          entityId: cohortId,
          before: presentAssignment(before),
        });
      });
    },
  };
}
export type CohortsService = ReturnType<typeof createCohortsService>;
