import { z } from 'zod';
import { ItemId, Line, Paragraph, filled, rows, type Missing } from './fields.js';

/** The disciplines a core team should bring together (steps.md, 1.2). */
export const DISCIPLINES = [
  'security_privacy',
  'care_practice',
  'communication',
  'hr_learning',
  'quality_policy',
  'it',
  'management',
  'other',
] as const;
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
