import { programmePolicy, seesAllProgrammes } from '../../../core/policies/index.js';
import { programmeProgress } from '../../../core/steps.js';
import { completeness, get } from '../../../core/worksheets/index.js';
import { targetBehaviourSummary } from '../../../core/worksheets/target-behaviour.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../auth/actor.js';
import type { UsersService } from '../users/service.js';
import { loadProgramme } from './access.js';
import { attentionOf } from './attention.js';
import { programmesRepository, type ProgrammeRow } from './repository.js';
import { statusesByProgramme, worksheetsOf } from './substeps.service.js';
import { substepsRepository } from './substeps.repository.js';

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
      const [states, sizes] = await Promise.all([substepsRepository.statuses(db, ids), programmesRepository.teamSizes(db, ids)]);
      const byProgramme = statusesByProgramme(states);
      const teamSize = new Map(sizes.map((s) => [s.programmeId, s.n]));
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
      const { programme, ref } = await loadProgramme(db, actor, id, 'read');
      const [states, team, worksheets] = await Promise.all([substepsRepository.statuses(db, [id]), teamOf(db, id), worksheetsOf(db, id)]);
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

    async addMember(actor: SessionActor, id: string, input: { userId: string; teamRole: string }) {
      try {
        return await db.transaction(async (tx) => {
          await loadProgramme(tx, actor, id, 'manage');
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
        await loadProgramme(tx, actor, id, 'manage');
        if (!(await programmesRepository.removeMember(tx, id, userId))) throw notFound();
        await audit.record(tx, asAuditActor(actor), { action: 'programme.member_remove', entity: 'programme', entityId: id, before: { userId } });
        return teamOf(tx, id);
      });
    },
  };
}
export type ProgrammesService = ReturnType<typeof createProgrammesService>;
