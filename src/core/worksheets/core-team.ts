import { z } from 'zod';
import { ItemId, Line, Paragraph, filled, rows, type Missing } from './fields.js';

/** The disciplines a core team should bring together (steps.md, 1.2). */
export const DISCIPLINES = ['security_privacy', 'care_practice', 'communication', 'hr_learning', 'quality_policy', 'it', 'management', 'other'] as const;
export type Discipline = (typeof DISCIPLINES)[number];
export const RECOMMENDED_DISCIPLINES: readonly Discipline[] = DISCIPLINES.filter((d) => d !== 'other');

/** How a member takes part: leading (the duo of coordinators), carrying, or sponsoring from management. */
export const TEAM_POSITIONS = ['coordinator', 'member', 'sponsor', 'adviser'] as const;
export type TeamPosition = (typeof TEAM_POSITIONS)[number];

const TeamMember = z.object({
  id: ItemId,
  /** A colleague with an account; null for someone without one (then `name` says who). */
  userId: z.uuid().nullable(),
  name: Line,
  position: z.enum(TEAM_POSITIONS),
  discipline: z.enum(DISCIPLINES),
  /** Role in the team in the team's own words, e.g. "privacy officer", "ward nurse". */
  role: Line,
  department: Line,
  tasks: Paragraph,
  hoursPerWeek: z.number().min(0).max(40).nullable(),
});

/** A task of the programme's lead, assigned to one of the coordinators so a duo can split the work. */
const LeadTask = z.object({ id: ItemId, task: Line, ownerId: ItemId.nullable() });

export const CoreTeam = z
  .object({
    members: rows(TeamMember, 30),
    leadTasks: rows(LeadTask, 40),
  })
  .strict()
  .superRefine((team, ctx) => {
    const coordinators = new Set(team.members.filter((m) => m.position === 'coordinator').map((m) => m.id));
    team.leadTasks.forEach((t, i) => {
      if (t.ownerId !== null && !coordinators.has(t.ownerId)) {
        ctx.addIssue({ code: 'custom', message: 'notACoordinator', path: ['leadTasks', i, 'ownerId'] });
      }
    });
  });
export type CoreTeam = z.infer<typeof CoreTeam>;
export type CoreTeamMember = CoreTeam['members'][number];

export const emptyCoreTeam = (): CoreTeam => ({ members: [], leadTasks: [] });

/** Recommended disciplines no member brings yet: the team's gaps to fill. */
export function missingDisciplines(team: CoreTeam): Discipline[] {
  const present = new Set(team.members.map((m) => m.discipline));
  return RECOMMENDED_DISCIPLINES.filter((d) => !present.has(d));
}

export const coordinatorsOf = (team: CoreTeam) => team.members.filter((m) => m.position === 'coordinator');

/** Lead tasks per coordinator, plus the ones nobody has taken yet, so a duo sees its split. */
export function leadTaskSplit(team: CoreTeam) {
  const coordinators = coordinatorsOf(team);
  return {
    byCoordinator: coordinators.map((c) => ({ member: c, tasks: team.leadTasks.filter((t) => t.ownerId === c.id) })),
    unassigned: team.leadTasks.filter((t) => t.ownerId === null || !coordinators.some((c) => c.id === t.ownerId)),
  };
}

export const totalHours = (team: CoreTeam) => team.members.reduce((sum, m) => sum + (m.hoursPerWeek ?? 0), 0);

/** Names of members whose linked account does not (yet) have access to the programme. */
export function membersWithoutAccess(team: CoreTeam, programmeUserIds: readonly string[]) {
  return team.members.filter((m) => m.userId !== null && !programmeUserIds.includes(m.userId));
}

/** An account with access to a programme, as the access list holds it. */
export interface TeamAccount {
  userId: string;
  /** The account's own name: a row linked to the account always shows this one. */
  name: string;
  /** The team role a lead typed when giving access before 1.2 held the account; 1.2's row holds it after that. */
  teamRole: string;
}

/** A row id for an account's row: from the account, so the same account keeps it, and unlike any other row's. */
function accountRowId(userId: string, taken: ReadonlySet<string>): string {
  let id = `a-${userId}`;
  for (let n = 2; taken.has(id); n += 1) id = `a-${userId.slice(0, 8)}-${n}`;
  return id;
}

/** An account as a new row of 1.2, in the given place in the team. */
function accountRow(account: TeamAccount, position: TeamPosition, taken: ReadonlySet<string>): CoreTeamMember {
  return {
    id: accountRowId(account.userId, taken),
    userId: account.userId,
    name: account.name,
    position,
    discipline: 'other',
    role: account.teamRole,
    department: '',
    tasks: '',
    hoursPerWeek: null,
  };
}

/**
 * The core team: one list, the 1.2 worksheet (issue 18). Its rows linked to an account are exactly
 * the accounts with access to the programme, each under the account's own name (nobody can put
 * another name next to a colleague's account). Before 1.2 is first saved, the list is the accounts
 * with access: `startedBy`, the account that started the programme, leads it. Data from before the
 * one list is read so that both still agree: a row whose account has no access shows without the
 * link (access is never granted unasked), an account with access but no row gets one.
 */
export function coreTeamOf(saved: CoreTeam | undefined, access: readonly TeamAccount[], startedBy: string | null): CoreTeam {
  const names = new Map(access.map((a) => [a.userId, a.name]));
  const base = saved ?? emptyCoreTeam();
  const members = base.members.map((m) => {
    if (m.userId === null) return m;
    const name = names.get(m.userId);
    return name === undefined ? { ...m, userId: null } : { ...m, name };
  });
  const linked = new Set(members.map((m) => m.userId));
  const taken = new Set(members.map((m) => m.id));
  for (const account of access) {
    if (linked.has(account.userId)) continue;
    // The starter got access by starting the programme, not with a typed role (older data holds a role key there).
    const row = account.userId === startedBy ? accountRow({ ...account, teamRole: '' }, 'coordinator', taken) : accountRow(account, 'member', taken);
    taken.add(row.id);
    members.push(row);
  }
  return { members, leadTasks: base.leadTasks };
}

/** The accounts on the list, each once: the ones that may open the programme. */
export const accountsOn = (team: CoreTeam): string[] => [...new Set(team.members.flatMap((m) => (m.userId === null ? [] : [m.userId])))];

/** Who gains and who loses access when this list is saved over the current access. */
export function accessChanges(team: CoreTeam, access: readonly string[]) {
  const on = accountsOn(team);
  return { added: on.filter((id) => !access.includes(id)), removed: access.filter((id) => !on.includes(id)) };
}

/** The list with a colleague added as a member (the team panel's "add"). */
export function withAccount(team: CoreTeam, account: TeamAccount): CoreTeam {
  return { ...team, members: [...team.members, accountRow(account, 'member', new Set(team.members.map((m) => m.id)))] };
}

/** The list without a colleague's rows; lead tasks they held are free again. */
export function withoutAccount(team: CoreTeam, userId: string): CoreTeam {
  const gone = new Set(team.members.filter((m) => m.userId === userId).map((m) => m.id));
  return {
    members: team.members.filter((m) => !gone.has(m.id)),
    leadTasks: team.leadTasks.map((t) => (t.ownerId !== null && gone.has(t.ownerId) ? { ...t, ownerId: null } : t)),
  };
}

export function coreTeamMissing(team: CoreTeam): Missing[] {
  const missing: Missing[] = [];
  // A core team is a team: one person cannot bring the disciplines the method asks for.
  if (team.members.length < 2) missing.push({ code: 'teamTooSmall', field: 'members', params: { min: 2 } });
  if (coordinatorsOf(team).length === 0) missing.push({ code: 'noCoordinator', field: 'members' });
  team.members.forEach((m, i) => {
    if (!filled(m.name)) missing.push({ code: 'memberName', field: `members.${i}.name`, params: { n: i + 1 } });
    if (!filled(m.role)) missing.push({ code: 'memberRole', field: `members.${i}.role`, params: { n: i + 1 } });
  });
  if (leadTaskSplit(team).unassigned.length > 0 && coordinatorsOf(team).length > 1) {
    missing.push({ code: 'leadTasksUnassigned', field: 'leadTasks' });
  }
  return missing;
}
