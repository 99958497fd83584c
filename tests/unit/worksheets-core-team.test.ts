import { describe, expect, it } from 'vitest';
import {
  CoreTeam,
  RECOMMENDED_DISCIPLINES,
  accessChanges,
  accountsOn,
  coreTeamMissing,
  coreTeamOf,
  emptyCoreTeam,
  leadTaskSplit,
  membersWithoutAccess,
  missingDisciplines,
  totalHours,
  withAccount,
  withoutAccount,
  type CoreTeamMember,
} from '#core/worksheets/core-team.js';

const member = (id: string, patch: Partial<CoreTeamMember> = {}): CoreTeamMember => ({
  id,
  userId: null,
  name: `Naam ${id}`,
  position: 'member',
  discipline: 'care_practice',
  role: 'verpleegkundige',
  department: '',
  tasks: '',
  hoursPerWeek: null,
  ...patch,
});
const task = (id: string, ownerId: string | null) => ({ id, task: `Taak ${id}`, ownerId });
const UUID_A = '0b8f1f6e-3c1a-4d2b-9a7e-1f2e3d4c5b6a';
const UUID_B = '7d9e2a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('missingDisciplines', () => {
  it('lists every recommended discipline for an empty team, never "other"', () => {
    expect(missingDisciplines(emptyCoreTeam())).toEqual([
      'security_privacy',
      'care_practice',
      'communication',
      'hr_learning',
      'quality_policy',
      'it',
      'management',
    ]);
    expect(RECOMMENDED_DISCIPLINES).not.toContain('other');
  });

  it('drops the disciplines members bring, keeping the recommended order', () => {
    const team = {
      members: [
        member('a', { discipline: 'it' }),
        member('b', { discipline: 'security_privacy' }),
        member('c', { discipline: 'other' }),
        member('d', { discipline: 'it' }),
      ],
      leadTasks: [],
    };
    expect(missingDisciplines(team)).toEqual(['care_practice', 'communication', 'hr_learning', 'quality_policy', 'management']);
  });

  it('is empty when all recommended disciplines are present', () => {
    expect(missingDisciplines({ members: RECOMMENDED_DISCIPLINES.map((d, i) => member(`m${i}`, { discipline: d })), leadTasks: [] })).toEqual([]);
  });
});

describe('leadTaskSplit', () => {
  const team = {
    members: [member('c1', { position: 'coordinator' }), member('m', { position: 'member' }), member('c2', { position: 'coordinator' })],
    leadTasks: [task('t1', 'c2'), task('t2', null), task('t3', 'c1'), task('t4', 'c2'), task('t5', 'm'), task('t6', 'gone')],
  };

  it('groups tasks per coordinator in member order, tasks in list order', () => {
    expect(leadTaskSplit(team).byCoordinator.map((c) => [c.member.id, c.tasks.map((t) => t.id)])).toEqual([
      ['c1', ['t3']],
      ['c2', ['t1', 't4']],
    ]);
  });

  it('counts tasks without owner, or with an owner who is not (or no longer) a coordinator, as unassigned', () => {
    expect(leadTaskSplit(team).unassigned.map((t) => t.id)).toEqual(['t2', 't5', 't6']);
  });

  it('has no coordinators and everything unassigned for a team without coordinators', () => {
    const split = leadTaskSplit({ members: [member('m')], leadTasks: [task('t', null)] });
    expect(split.byCoordinator).toEqual([]);
    expect(split.unassigned.map((t) => t.id)).toEqual(['t']);
  });
});

describe('totalHours', () => {
  it('sums hours per week, counting unknown hours as 0', () => {
    expect(
      totalHours({ members: [member('a', { hoursPerWeek: 4 }), member('b', { hoursPerWeek: null }), member('c', { hoursPerWeek: 2.5 })], leadTasks: [] }),
    ).toBe(6.5);
  });
  it('is 0 for an empty team', () => {
    expect(totalHours(emptyCoreTeam())).toBe(0);
  });
});

describe('membersWithoutAccess', () => {
  it('lists only linked members whose account has no access to the programme', () => {
    const team = { members: [member('linked', { userId: UUID_A }), member('free', { userId: null }), member('outside', { userId: UUID_B })], leadTasks: [] };
    expect(membersWithoutAccess(team, [UUID_A]).map((m) => m.id)).toEqual(['outside']);
    expect(membersWithoutAccess(team, []).map((m) => m.id)).toEqual(['linked', 'outside']);
    expect(membersWithoutAccess(team, [UUID_A, UUID_B])).toEqual([]);
  });
});

describe('one core-team list (coreTeamOf and its changes)', () => {
  const starter = { userId: UUID_A, name: 'Anna Leider', teamRole: '' };
  const added = { userId: UUID_B, name: 'Bert Zorg', teamRole: 'Verpleegkundige' };

  it('before 1.2 is saved, is the accounts with access: the starter leads, a lead-given team role is the role', () => {
    const team = coreTeamOf(undefined, [starter, added], UUID_A);
    expect(team.leadTasks).toEqual([]);
    expect(team.members).toEqual([
      {
        id: `a-${UUID_A}`,
        userId: UUID_A,
        name: 'Anna Leider',
        position: 'coordinator',
        discipline: 'other',
        role: '',
        department: '',
        tasks: '',
        hoursPerWeek: null,
      },
      {
        id: `a-${UUID_B}`,
        userId: UUID_B,
        name: 'Bert Zorg',
        position: 'member',
        discipline: 'other',
        role: 'Verpleegkundige',
        department: '',
        tasks: '',
        hoursPerWeek: null,
      },
    ]);
    expect(CoreTeam.safeParse(team).success).toBe(true);
  });

  it('leads only through having started it: a team role typed as "coordinator" makes nobody lead', () => {
    const typed = { ...added, teamRole: 'coordinator' };
    expect(coreTeamOf(undefined, [starter, typed], UUID_A).members.map((m) => [m.userId, m.position, m.role])).toEqual([
      [UUID_A, 'coordinator', ''],
      [UUID_B, 'member', 'coordinator'],
    ]);
    // Older data stored a role key for the starter; it is not a role the team typed.
    expect(coreTeamOf(undefined, [{ ...starter, teamRole: 'coordinator' }], UUID_A).members[0]).toMatchObject({ position: 'coordinator', role: '' });
    // The starter's account gone (createdBy cleared): nobody leads until 1.2 says so.
    expect(coreTeamOf(undefined, [added], null).members[0]!.position).toBe('member');
  });

  it('once saved, is the saved rows, in their order, with people without an account', () => {
    const saved = {
      members: [member('x'), member('b', { userId: UUID_B, name: 'Bert Zorg' }), member('a', { userId: UUID_A, name: 'Anna Leider' })],
      leadTasks: [task('t', null)],
    };
    expect(coreTeamOf(saved, [starter, added], UUID_A)).toEqual(saved);
  });

  it("shows a row linked to an account under the account's name, whatever name was stored", () => {
    const saved = { members: [member('b', { userId: UUID_B, name: 'Valse Naam' }), member('x', { name: 'Eigen Naam' })], leadTasks: [] };
    expect(coreTeamOf(saved, [added], null).members.map((m) => m.name)).toEqual(['Bert Zorg', 'Eigen Naam']);
  });

  it('agrees with older data: a row whose account has no access loses the link, an account with access gets a row', () => {
    const saved = { members: [member('b', { userId: UUID_B })], leadTasks: [] };
    expect(coreTeamOf(saved, [starter], UUID_A).members.map((m) => [m.id, m.userId])).toEqual([
      ['b', null],
      [`a-${UUID_A}`, UUID_A],
    ]);
  });

  it('gives an account row an id no other row has', () => {
    const saved = { members: [member(`a-${UUID_A}`)], leadTasks: [] };
    const ids = coreTeamOf(saved, [starter], UUID_A).members.map((m) => m.id);
    expect(new Set(ids).size).toBe(2);
    expect(CoreTeam.safeParse(coreTeamOf(saved, [starter], UUID_A)).success).toBe(true);
  });

  it('lists each account once, and who gains and loses access when saved', () => {
    const team = { members: [member('a', { userId: UUID_A }), member('a2', { userId: UUID_A }), member('x')], leadTasks: [] };
    expect(accountsOn(team)).toEqual([UUID_A]);
    expect(accessChanges(team, [UUID_B])).toEqual({ added: [UUID_A], removed: [UUID_B] });
    expect(accessChanges(team, [UUID_A])).toEqual({ added: [], removed: [] });
  });

  it('adds a colleague at the end and takes one off with their rows, freeing their lead tasks', () => {
    const team = {
      members: [member('a', { userId: UUID_A, position: 'coordinator' }), member('x', { position: 'coordinator' })],
      leadTasks: [task('t1', 'a'), task('t2', 'x')],
    };
    const more = withAccount(team, { ...added, teamRole: 'coordinator' });
    expect(more.members.map((m) => m.userId)).toEqual([UUID_A, null, UUID_B]);
    expect(more.members[2]).toMatchObject({ position: 'member', role: 'coordinator' });
    const less = withoutAccount(more, UUID_A);
    expect(less.members.map((m) => m.id)).toEqual(['x', `a-${UUID_B}`]);
    expect(less.leadTasks).toEqual([task('t1', null), task('t2', 'x')]);
  });
});

describe('coreTeamMissing', () => {
  it('reports an empty team as too small and without coordinator', () => {
    expect(coreTeamMissing(emptyCoreTeam())).toEqual([
      { code: 'teamTooSmall', field: 'members', params: { min: 2 } },
      { code: 'noCoordinator', field: 'members' },
    ]);
  });

  it('is complete with two members, one of them coordinator, names and roles filled', () => {
    expect(coreTeamMissing({ members: [member('a', { position: 'coordinator' }), member('b')], leadTasks: [task('t', null)] })).toEqual([]);
  });

  it('reports each member without name or role, with a 1-based number', () => {
    const team = { members: [member('a', { position: 'coordinator' }), member('b', { name: ' ', role: '' }), member('c', { role: '\t' })], leadTasks: [] };
    expect(coreTeamMissing(team)).toEqual([
      { code: 'memberName', field: 'members.1.name', params: { n: 2 } },
      { code: 'memberRole', field: 'members.1.role', params: { n: 2 } },
      { code: 'memberRole', field: 'members.2.role', params: { n: 3 } },
    ]);
  });

  it('reports a team of one even when that one is the coordinator', () => {
    expect(coreTeamMissing({ members: [member('a', { position: 'coordinator' })], leadTasks: [] }).map((m) => m.code)).toEqual(['teamTooSmall']);
  });

  it('reports no coordinator when only sponsors, advisers and members', () => {
    const team = { members: [member('a', { position: 'sponsor' }), member('b', { position: 'adviser' }), member('c')], leadTasks: [] };
    expect(coreTeamMissing(team).map((m) => m.code)).toEqual(['noCoordinator']);
  });

  it('asks for a split of lead tasks only once there are two or more coordinators', () => {
    const one = { members: [member('c1', { position: 'coordinator' }), member('m')], leadTasks: [task('t', null)] };
    expect(coreTeamMissing(one)).toEqual([]);
    const duo = {
      members: [member('c1', { position: 'coordinator' }), member('c2', { position: 'coordinator' })],
      leadTasks: [task('t1', 'c1'), task('t2', null)],
    };
    expect(coreTeamMissing(duo)).toEqual([{ code: 'leadTasksUnassigned', field: 'leadTasks' }]);
    expect(coreTeamMissing({ ...duo, leadTasks: [task('t1', 'c1'), task('t2', 'c2')] })).toEqual([]);
    expect(coreTeamMissing({ ...duo, leadTasks: [] })).toEqual([]);
  });
});

describe('CoreTeam schema', () => {
  it('accepts the empty start and a valid team', () => {
    expect(CoreTeam.safeParse(emptyCoreTeam()).success).toBe(true);
    const team = {
      members: [member('c', { position: 'coordinator', userId: UUID_A, hoursPerWeek: 40 }), member('m', { hoursPerWeek: 0 })],
      leadTasks: [task('t1', 'c'), task('t2', null)],
    };
    expect(CoreTeam.safeParse(team).success).toBe(true);
  });

  it("refuses a lead task owned by a non-coordinator with 'notACoordinator' on its ownerId", () => {
    const result = CoreTeam.safeParse({ members: [member('c', { position: 'coordinator' }), member('m')], leadTasks: [task('t1', 'c'), task('t2', 'm')] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'custom', message: 'notACoordinator', path: ['leadTasks', 1, 'ownerId'] })]);
  });

  it('refuses a lead task owned by someone who is not a member at all', () => {
    const result = CoreTeam.safeParse({ members: [member('c', { position: 'coordinator' })], leadTasks: [task('t', 'ghost')] });
    expect(result.error?.issues[0]).toMatchObject({ message: 'notACoordinator', path: ['leadTasks', 0, 'ownerId'] });
  });

  it('refuses hours outside 0–40, a non-uuid user id, an unknown position and duplicate member ids', () => {
    expect(CoreTeam.safeParse({ members: [member('a', { hoursPerWeek: 41 })], leadTasks: [] }).success).toBe(false);
    expect(CoreTeam.safeParse({ members: [member('a', { hoursPerWeek: -1 })], leadTasks: [] }).success).toBe(false);
    expect(CoreTeam.safeParse({ members: [member('a', { userId: 'not-a-uuid' })], leadTasks: [] }).success).toBe(false);
    expect(CoreTeam.safeParse({ members: [member('a', { position: 'boss' as never })], leadTasks: [] }).success).toBe(false);
    const dup = CoreTeam.safeParse({ members: [member('a'), member('a')], leadTasks: [] });
    expect(dup.error?.issues[0]).toMatchObject({ message: 'duplicateId', path: ['members', 1, 'id'] });
  });
});
