import { programmePolicy, seesAllProgrammes, type ProgrammeRef } from '../../../core/policies/index.js';
import { programmeProgress, type SubstepKey, type SubstepStatus } from '../../../core/steps.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, conflict, forbidden, notFound } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../auth/actor.js';
import type { UsersService } from '../users/service.js';
import { programmesRepository, type ProgrammeRow } from './repository.js';

/** What a worksheet version holds for now; later issues add the structured worksheet fields. */
export interface WorksheetData {
  notes: string;
}

type Statuses = Partial<Record<SubstepKey, SubstepStatus>>;

function statusesByProgramme(rows: { programmeId: string; substepKey: string; status: SubstepStatus }[]) {
  const map = new Map<string, Statuses>();
  for (const r of rows) map.set(r.programmeId, { ...map.get(r.programmeId), [r.substepKey]: r.status });
  return map;
}

const summary = (p: ProgrammeRow) => ({
  id: p.id,
  title: p.title,
  problem: p.problem,
  status: p.status,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

export function createProgrammesService(db: Database, deps: { audit: AuditService; users: UsersService }) {
  const { audit } = deps;

  /** Loads a programme of the actor's organisation and checks the rule; other organisations get 404. */
  async function load(tx: Database, actor: SessionActor, id: string, rule: keyof typeof programmePolicy) {
    const programme = await programmesRepository.byId(tx, actor.organisationId, id);
    if (!programme) throw notFound();
    const ref: ProgrammeRef = {
      organisationId: programme.organisationId,
      actorOnTeam: await programmesRepository.isMember(tx, programme.id, actor.userId),
    };
    if (!programmePolicy[rule](actor, ref)) throw forbidden();
    return { programme, ref };
  }

  async function teamOf(tx: Database, programmeId: string) {
    return programmesRepository.team(tx, programmeId);
  }

  return {
    async list(actor: SessionActor) {
      if (!programmePolicy.list(actor)) throw forbidden();
      const rows = seesAllProgrammes(actor)
        ? await programmesRepository.listAll(db, actor.organisationId)
        : await programmesRepository.listForMember(db, actor.organisationId, actor.userId);
      const ids = rows.map((r) => r.id);
      const [states, sizes] = await Promise.all([programmesRepository.statuses(db, ids), programmesRepository.teamSizes(db, ids)]);
      const byProgramme = statusesByProgramme(states);
      const teamSize = new Map(sizes.map((s) => [s.programmeId, s.n]));
      return rows.map((p) => ({
        ...summary(p),
        teamSize: teamSize.get(p.id) ?? 0,
        progress: programmeProgress(byProgramme.get(p.id) ?? {}),
      }));
    },

    create(actor: SessionActor, input: { title: string; problem: string }) {
      if (!programmePolicy.create(actor)) throw forbidden();
      return db.transaction(async (tx) => {
        const programme = await programmesRepository.insert(tx, {
          organisationId: actor.organisationId,
          title: input.title.trim(),
          problem: input.problem.trim(),
          createdBy: actor.userId,
        });
        // The one who starts a programme leads it, so they are on its core team from the start
        // (a role key, shown translated; team roles added later are the team's own words).
        await programmesRepository.addMember(tx, {
          programmeId: programme.id,
          userId: actor.userId,
          organisationId: actor.organisationId,
          teamRole: 'coordinator',
        });
        await audit.record(tx, asAuditActor(actor), { action: 'programme.create', entity: 'programme', entityId: programme.id, after: summary(programme) });
        return summary(programme);
      });
    },

    async get(actor: SessionActor, id: string) {
      const { programme, ref } = await load(db, actor, id, 'read');
      const [states, team] = await Promise.all([programmesRepository.statuses(db, [id]), teamOf(db, id)]);
      const statuses = statusesByProgramme(states).get(id) ?? {};
      return {
        ...summary(programme),
        progress: programmeProgress(statuses),
        statuses,
        team,
        permissions: { work: programmePolicy.work(actor, ref), manage: programmePolicy.manage(actor, ref) },
      };
    },

    update(actor: SessionActor, id: string, changes: { title?: string; problem?: string; status?: 'active' | 'archived' }) {
      return db.transaction(async (tx) => {
        // Archiving is a lead's decision; editing the wording is team work.
        const { programme: before } = await load(tx, actor, id, changes.status ? 'manage' : 'work');
        const after = await programmesRepository.update(tx, actor.organisationId, id, {
          ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
          ...(changes.problem !== undefined ? { problem: changes.problem.trim() } : {}),
          ...(changes.status ? { status: changes.status } : {}),
        });
        await audit.record(tx, asAuditActor(actor), {
          action: 'programme.update',
          entity: 'programme',
          entityId: id,
          before: summary(before),
          after: summary(after),
        });
        return summary(after);
      });
    },

    async addMember(actor: SessionActor, id: string, input: { userId: string; teamRole: string }) {
      try {
        return await db.transaction(async (tx) => {
          await load(tx, actor, id, 'manage');
          const user = await deps.users.findActive(tx, actor.organisationId, input.userId);
          if (await programmesRepository.isMember(tx, id, user.id)) throw conflict('alreadyOnTeam', 'userId');
          await programmesRepository.addMember(tx, {
            programmeId: id,
            userId: user.id,
            organisationId: actor.organisationId,
            teamRole: input.teamRole.trim(),
          });
          await audit.record(tx, asAuditActor(actor), {
            action: 'programme.member_add',
            entity: 'programme',
            entityId: id,
            after: { userId: user.id, name: user.name, teamRole: input.teamRole },
          });
          return teamOf(tx, id);
        });
      } catch (error) {
        // The same person added twice at the same moment: the team's primary key lets only one through.
        if (isUniqueViolation(error)) throw conflict('alreadyOnTeam', 'userId');
        throw error;
      }
    },

    removeMember(actor: SessionActor, id: string, userId: string) {
      return db.transaction(async (tx) => {
        await load(tx, actor, id, 'manage');
        if (!(await programmesRepository.removeMember(tx, id, userId))) throw notFound();
        await audit.record(tx, asAuditActor(actor), { action: 'programme.member_remove', entity: 'programme', entityId: id, before: { userId } });
        return teamOf(tx, id);
      });
    },

    async getSubstep(actor: SessionActor, id: string, key: SubstepKey) {
      await load(db, actor, id, 'read');
      const [state, [latest]] = await Promise.all([
        programmesRepository.state(db, id, key),
        programmesRepository.versions(db, id, key, 1),
      ]);
      return {
        key,
        status: state?.state.status ?? 'not_started',
        updatedAt: state?.state.updatedAt ?? null,
        updatedByName: state?.updatedByName ?? null,
        worksheet: latest
          ? {
              version: latest.version.version,
              notes: (latest.version.data as WorksheetData).notes,
              authorName: latest.authorName,
              createdAt: latest.version.createdAt,
            }
          : null,
      };
    },

    setStatus(actor: SessionActor, id: string, key: SubstepKey, status: SubstepStatus) {
      return db.transaction(async (tx) => {
        await load(tx, actor, id, 'work');
        const before = await programmesRepository.state(tx, id, key);
        await programmesRepository.upsertState(tx, { programmeId: id, organisationId: actor.organisationId, substepKey: key, status, updatedBy: actor.userId });
        await programmesRepository.update(tx, actor.organisationId, id, {});
        await audit.record(tx, asAuditActor(actor), {
          action: 'substep.status',
          entity: 'substep',
          entityId: `${id}/${key}`,
          before: { status: before?.state.status ?? 'not_started' },
          after: { status },
        });
        const statuses = statusesByProgramme(await programmesRepository.statuses(tx, [id])).get(id) ?? {};
        return { status, progress: programmeProgress(statuses) };
      });
    },

    /**
     * Saves the notes as a new version. `baseVersion` is the version the editor started from: when a
     * colleague saved in between, the save is refused rather than silently overwriting their work.
     */
    async saveNotes(actor: SessionActor, id: string, key: SubstepKey, notes: string, baseVersion: number) {
      try {
        return await db.transaction(async (tx) => {
          await load(tx, actor, id, 'work');
          const [latest] = await programmesRepository.versions(tx, id, key, 1);
          const current = latest?.version.version ?? 0;
          if (current !== baseVersion) throw new AppError(409, 'versionConflict', 'baseVersion', { current });
          const version = current + 1;
          const data: WorksheetData = { notes };
          await programmesRepository.insertVersion(tx, { organisationId: actor.organisationId, programmeId: id, substepKey: key, version, data, authorId: actor.userId });
          await programmesRepository.update(tx, actor.organisationId, id, {});
          await audit.record(tx, asAuditActor(actor), {
            action: 'worksheet.save',
            entity: 'substep',
            entityId: `${id}/${key}`,
            before: latest ? { version: current, ...(latest.version.data as WorksheetData) } : null,
            after: { version, ...data },
          });
          return { version };
        });
      } catch (error) {
        // Two saves from the same base at the same moment: the database lets only one through.
        if (isUniqueViolation(error)) throw new AppError(409, 'versionConflict', 'baseVersion', { current: baseVersion + 1 });
        throw error;
      }
    },

    async versions(actor: SessionActor, id: string, key: SubstepKey) {
      await load(db, actor, id, 'read');
      const rows = await programmesRepository.versions(db, id, key);
      return rows.map((r) => ({
        version: r.version.version,
        notes: (r.version.data as WorksheetData).notes,
        authorName: r.authorName,
        createdAt: r.version.createdAt,
      }));
    },
  };
}
export type ProgrammesService = ReturnType<typeof createProgrammesService>;
