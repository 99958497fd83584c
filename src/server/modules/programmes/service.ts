import { programmePolicy, seesAllProgrammes } from '#core/policies/index.js';
import { programmeProgress } from '#core/steps.js';
import { CoreTeam, accountsOn, coreTeamOf, withAccount, withoutAccount } from '#core/worksheets/core-team.js';
import { completeness, get, readFields } from '#core/worksheets/index.js';
import { targetBehaviourSummary } from '#core/worksheets/target-behaviour.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { conflict, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { parseBodyPart } from '../../http/validate.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { UsersService } from '../users/service.js';
import { loadProgramme } from './access.js';
import { attentionOf } from './attention.js';
import { loadCoreTeam, teamView, type TeamProgramme } from './core-team.js';
import { programmesRepository, type ProgrammeRow } from './repository.js';
import { statusesByProgramme, worksheetsOf, type SubstepsService } from './substeps.service.js';
import { substepsRepository } from './substeps.repository.js';

const summary = (p: ProgrammeRow) => ({
  id: p.id,
  title: p.title,
  problem: p.problem,
  status: p.status,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

export function createProgrammesService(db: Database, deps: { audit: AuditService; users: UsersService; substeps: SubstepsService }) {
  const { audit } = deps;

  async function teamOf(tx: Database, programme: TeamProgramme) {
    const { team, access } = await loadCoreTeam(tx, programme);
    return teamView(team, access);
  }

  /** How many are on each programme's core team: the one list (core/worksheets/core-team.ts). */
  async function teamSizes(rows: ProgrammeRow[]) {
    const ids = rows.map((p) => p.id);
    const [saved, access] = await Promise.all([substepsRepository.latestOf(db, ids, '1.2'), programmesRepository.access(db, ids)]);
    const savedOf = new Map(saved.map((s) => [s.programmeId, readFields('1.2', s.data.fields)]));
    return new Map(
      rows.map((p) => [
        p.id,
        coreTeamOf(
          savedOf.get(p.id),
          access.filter((a) => a.programmeId === p.id),
          p.createdBy,
        ).members.length,
      ]),
    );
  }

  /**
   * The team panel's add and remove are saves of 1.2, which give and take the access: even before 1.2
   * was first saved (then the list as the panel showed it becomes version 1, with the change). So every
   * access change moves 1.2's version, and a 1.2 form opened before it is refused as out of date.
   */
  async function saveCoreTeam(actor: SessionActor, programme: TeamProgramme, current: { version: number; notes: string }, team: CoreTeam) {
    const fields = parseBodyPart(CoreTeam, team, 'fields');
    await deps.substeps.save(actor, programme.id, '1.2', { baseVersion: current.version, notes: current.notes, fields });
    return teamOf(db, programme);
  }

  return {
    async list(actor: SessionActor) {
      authorize(programmePolicy.list, actor);
      const rows = seesAllProgrammes(actor)
        ? await programmesRepository.listAll(db, actor.organisationId)
        : await programmesRepository.listForMember(db, actor.organisationId, actor.userId);
      const [states, teamSize] = await Promise.all([
        substepsRepository.statuses(
          db,
          rows.map((r) => r.id),
        ),
        teamSizes(rows),
      ]);
      const byProgramme = statusesByProgramme(states);
      const subjects = rows.map((p) => {
        const statuses = byProgramme.get(p.id) ?? {};
        return { id: p.id, statuses, progress: programmeProgress(statuses) };
      });
      const attention = await attentionOf(db, actor.organisationId, subjects, amsterdamDay());
      return rows.map((p, i) => ({
        ...summary(p),
        teamSize: teamSize.get(p.id) ?? 0,
        progress: subjects[i]!.progress,
        attention: attention.get(p.id)!,
      }));
    },

    create(actor: SessionActor, input: { title: string; problem: string }) {
      authorize(programmePolicy.create, actor);
      return db.transaction(async (tx) => {
        const programme = await programmesRepository.insert(tx, {
          organisationId: actor.organisationId,
          title: input.title.trim(),
          problem: input.problem.trim(),
          createdBy: actor.userId,
        });
        // The one who starts a programme leads it, so they are on its core team from the start
        // (as its coordinator: programmes.createdBy says so, see core/worksheets/core-team.ts).
        await programmesRepository.addMember(tx, { programmeId: programme.id, userId: actor.userId, organisationId: actor.organisationId });
        await audit.record(tx, asAuditActor(actor), { action: 'programme.create', entity: 'programme', entityId: programme.id, after: summary(programme) });
        return summary(programme);
      });
    },

    async get(actor: SessionActor, id: string) {
      const { programme, ref } = await loadProgramme(db, actor, id, 'read');
      const [states, team, worksheets] = await Promise.all([substepsRepository.statuses(db, [id]), teamOf(db, programme), worksheetsOf(db, id)]);
      const statuses = statusesByProgramme(states).get(id) ?? {};
      const progress = programmeProgress(statuses);
      const attention = await attentionOf(db, actor.organisationId, [{ id, statuses, progress }], amsterdamDay());
      return {
        ...summary(programme),
        progress,
        attention: attention.get(id)!,
        statuses,
        /** Why each worksheet cannot be "done" yet, so the navigator can say so. */
        completeness: completeness(worksheets),
        targetBehaviour: targetBehaviourSummary(get(worksheets, '2.3')),
        team,
        permissions: { work: programmePolicy.work(actor, ref), manage: programmePolicy.manage(actor, ref) },
      };
    },

    update(actor: SessionActor, id: string, changes: { title?: string; problem?: string; status?: 'active' | 'archived' }) {
      return db.transaction(async (tx) => {
        // Archiving is a lead's decision; editing the wording is team work.
        const { programme: before } = await loadProgramme(tx, actor, id, changes.status ? 'manage' : 'work');
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

    /** For the first-run checklist: how many programmes the organisation has, archived ones included. */
    count: (organisationId: string) => programmesRepository.count(db, organisationId),

    async addMember(actor: SessionActor, id: string, input: { userId: string; teamRole: string }) {
      const { programme } = await loadProgramme(db, actor, id, 'manage');
      const user = await deps.users.findActive(db, actor.organisationId, input.userId);
      const current = await loadCoreTeam(db, programme);
      if (accountsOn(current.team).includes(user.id)) throw conflict('alreadyOnTeam', 'userId');
      return saveCoreTeam(actor, programme, current, withAccount(current.team, { userId: user.id, name: user.name, teamRole: input.teamRole.trim() }));
    },

    async removeMember(actor: SessionActor, id: string, userId: string) {
      const { programme } = await loadProgramme(db, actor, id, 'manage');
      const current = await loadCoreTeam(db, programme);
      if (!accountsOn(current.team).includes(userId)) throw notFound();
      return saveCoreTeam(actor, programme, current, withoutAccount(current.team, userId));
    },
  };
}
export type ProgrammesService = ReturnType<typeof createProgrammesService>;
