import { programmePolicy, type ProgrammeRef } from '#core/policies/index.js';
import { accessChanges, coreTeamOf, type CoreTeam } from '#core/worksheets/core-team.js';
import { readFields } from '#core/worksheets/index.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { UsersService } from '../users/service.js';
import { programmesRepository, type ProgrammeRow } from './repository.js';
import { substepsRepository } from './substeps.repository.js';

/**
 * The core team is one list, the 1.2 worksheet, and the accounts on it are the ones with access
 * (core/worksheets/core-team.ts). These are the programmes module's own reads and writes of it.
 */

/** A programme as the core team needs it: the account that started it leads it until 1.2 says otherwise. */
export type TeamProgramme = Pick<ProgrammeRow, 'id' | 'createdBy'>;

/** The core team as everyone sees it, with the latest 1.2 version it stands on (0: never saved). */
export async function loadCoreTeam(tx: Database, programme: TeamProgramme) {
  const [[latest], access] = await Promise.all([substepsRepository.versions(tx, programme.id, '1.2', 1), programmesRepository.team(tx, programme.id)]);
  const stored = latest?.version.data;
  const saved = readFields('1.2', stored?.fields);
  return { version: latest?.version.version ?? 0, notes: stored?.notes ?? '', access, team: coreTeamOf(saved, access, programme.createdBy) };
}

/** The list for the team panel: each row with its account's e-mail address, if it has an account. */
export function teamView(team: CoreTeam, access: readonly { userId: string; email: string }[]) {
  const emails = new Map(access.map((a) => [a.userId, a.email]));
  return team.members.map((m) => ({ ...m, email: (m.userId && emails.get(m.userId)) ?? null }));
}

/**
 * Gives and takes access as a saved 1.2 list says, in the caller's transaction, and answers the list
 * to store: rows linked to an account under the account's name. Only a lead changes who is on the
 * team (programmePolicy.manage); whoever is added needs an active account here.
 */
export async function grantAccessAsListed(
  tx: Database,
  actor: SessionActor,
  programme: TeamProgramme & { ref: ProgrammeRef },
  team: CoreTeam,
  deps: { audit: AuditService; users: UsersService },
): Promise<CoreTeam> {
  const access = await programmesRepository.team(tx, programme.id);
  const { added, removed } = accessChanges(
    team,
    access.map((a) => a.userId),
  );
  if (added.length + removed.length === 0) return coreTeamOf(team, access, programme.createdBy);
  if (!programmePolicy.manage(actor, programme.ref)) throw new AppError(403, 'teamNeedsLead', 'fields.members');
  for (const userId of added) {
    const index = team.members.findIndex((m) => m.userId === userId);
    const row = team.members[index]!;
    const user = await deps.users.findActive(tx, actor.organisationId, userId, `fields.members.${index}.userId`);
    await programmesRepository.addMember(tx, { programmeId: programme.id, userId, organisationId: actor.organisationId, teamRole: row.role });
    await deps.audit.record(tx, asAuditActor(actor), {
      action: 'programme.member_add',
      entity: 'programme',
      entityId: programme.id,
      after: { userId, name: user.name, teamRole: row.role },
    });
  }
  for (const userId of removed) {
    await programmesRepository.removeMember(tx, programme.id, userId);
    await deps.audit.record(tx, asAuditActor(actor), { action: 'programme.member_remove', entity: 'programme', entityId: programme.id, before: { userId } });
  }
  return coreTeamOf(team, await programmesRepository.team(tx, programme.id), programme.createdBy);
}
