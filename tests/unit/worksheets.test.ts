import { describe, expect, it } from 'vitest';
import { vagueWords } from '#core/worksheets/behaviours.js';
import { worksheetChanges } from '#core/worksheets/changes.js';
import { CoreTeam, coreTeamMissing, leadTaskSplit, missingDisciplines, type CoreTeamMember } from '#core/worksheets/core-team.js';
import { collectWorksheets, completeness, worksheetMissing } from '#core/worksheets/index.js';
import { addDays, meetingDates, planningMissing, planningOverview, emptyPlanning } from '#core/worksheets/planning.js';
import { rankBehaviours } from '#core/worksheets/prioritisation.js';
import {
  ProblemInventory,
  emptyProblemInventory,
  problemInventoryMissing,
  problemScore,
  rankProblems,
  type CandidateProblem,
} from '#core/worksheets/problem-inventory.js';
import { stakeholderStrategy } from '#core/worksheets/stakeholders.js';
import { emptyTargetBehaviour, targetBehaviourMissing, targetBehaviourSummary } from '#core/worksheets/target-behaviour.js';

const problem = (id: string, scores: CandidateProblem['scores']): CandidateProblem => ({
  id,
  title: id,
  source: 'incidents',
  sourceOther: '',
  description: '',
  whyItMatters: '',
  behaviour: '',
  scores,
});
const criteria = [
  { id: 'impact', label: '', weight: 2 },
  { id: 'urgency', label: '', weight: 1 },
];

describe('1.1 problem inventory', () => {
  it('scores a problem as the weighted mean of the ratings given', () => {
    expect(problemScore(problem('a', { impact: 5, urgency: 2 }), criteria)).toBe(4);
    expect(problemScore(problem('a', { impact: 4, urgency: 3 }), criteria)).toBe(3.67);
    expect(problemScore(problem('a', { urgency: 3 }), criteria)).toBe(3);
    expect(problemScore(problem('a', { impact: null }), criteria)).toBeNull();
  });

  it('ranks by score, fully scored before partly scored on a tie, unrated last, ties sharing a rank', () => {
    const ranked = rankProblems({
      ...emptyProblemInventory(),
      criteria,
      problems: [
        problem('unrated', {}),
        problem('partial', { impact: 4 }),
        problem('full', { impact: 4, urgency: 4 }),
        problem('low', { impact: 1, urgency: 1 }),
        problem('twin', { impact: 4, urgency: 4 }),
      ],
    });
    expect(ranked.map((r) => [r.problem.id, r.rank])).toEqual([
      ['full', 1],
      ['twin', 1],
      ['partial', 3],
      ['low', 4],
      ['unrated', 5],
    ]);
  });

  it('is complete with a scored choice and a rationale, and says what is missing otherwise', () => {
    const base = {
      ...emptyProblemInventory(),
      criteria,
      problems: [problem('a', { impact: 3 }), { ...problem('b', {}), title: '', source: 'other' as const }],
    };
    expect(problemInventoryMissing(base).map((m) => m.code)).toEqual(['problemTitle', 'problemSourceOther', 'noChoice', 'fieldRequired']);
    expect(problemInventoryMissing({ ...base, chosenId: 'a', rationale: 'x' }).map((m) => m.code)).toContain('chosenNotScored');
    expect(problemInventoryMissing({ ...base, problems: [problem('a', { impact: 3, urgency: 3 })], chosenId: 'a', rationale: 'Omdat' })).toEqual([]);
  });

  it('the schema refuses duplicate ids, a score of 6 and NUL characters', () => {
    expect(ProblemInventory.safeParse(emptyProblemInventory()).success).toBe(true);
    const dup = { ...emptyProblemInventory(), problems: [problem('a', {}), problem('a', {})] };
    expect(ProblemInventory.safeParse(dup).error?.issues[0]).toMatchObject({ message: 'duplicateId', path: ['problems', 1, 'id'] });
    expect(ProblemInventory.safeParse({ ...emptyProblemInventory(), problems: [problem('a', { impact: 6 })] }).success).toBe(false);
    expect(ProblemInventory.safeParse({ ...emptyProblemInventory(), rationale: 'a\u0000' }).success).toBe(false);
  });
});

describe('1.2 core team', () => {
  const member = (id: string, patch: Partial<CoreTeamMember> = {}): CoreTeamMember => ({
    id,
    userId: null,
    name: id,
    position: 'member',
    discipline: 'care_practice',
    role: 'r',
    department: '',
    tasks: '',
    hoursPerWeek: 2,
    ...patch,
  });
  const duo = [
    member('a', { position: 'coordinator', discipline: 'security_privacy' }),
    member('b', { position: 'coordinator', discipline: 'security_privacy' }),
  ];

  it('names the recommended disciplines still missing', () => {
    expect(missingDisciplines({ members: duo, leadTasks: [] })).toEqual([
      'care_practice',
      'communication',
      'hr_learning',
      'quality_policy',
      'it',
      'management',
    ]);
  });

  it('splits lead tasks over the coordinators and requires a split once there is a duo', () => {
    const team = {
      members: duo,
      leadTasks: [
        { id: 't1', task: 'Voorzitten', ownerId: 'a' },
        { id: 't2', task: 'Bestuur', ownerId: null },
      ],
    };
    const split = leadTaskSplit(team);
    expect(split.byCoordinator.map((c) => [c.member.id, c.tasks.map((t) => t.id)])).toEqual([
      ['a', ['t1']],
      ['b', []],
    ]);
    expect(split.unassigned.map((t) => t.id)).toEqual(['t2']);
    expect(coreTeamMissing(team).map((m) => m.code)).toEqual(['leadTasksUnassigned']);
  });

  it('needs two members, a coordinator, names and roles', () => {
    expect(coreTeamMissing({ members: [member('a', { name: '', role: '' })], leadTasks: [] }).map((m) => m.code)).toEqual([
      'teamTooSmall',
      'noCoordinator',
      'memberName',
      'memberRole',
    ]);
  });

  it('refuses a lead task owned by someone who is not a coordinator', () => {
    const result = CoreTeam.safeParse({ members: [member('m')], leadTasks: [{ id: 't', task: 'x', ownerId: 'm' }] });
    expect(result.error?.issues[0]).toMatchObject({ message: 'notACoordinator', path: ['leadTasks', 0, 'ownerId'] });
  });
});

describe('1.3 stakeholders', () => {
  it('places each stakeholder in a quadrant; 4 and 5 count as high', () => {
    expect(stakeholderStrategy({ interestLevel: 4, influenceLevel: 4 })).toBe('manageClosely');
    expect(stakeholderStrategy({ interestLevel: 3, influenceLevel: 5 })).toBe('keepSatisfied');
    expect(stakeholderStrategy({ interestLevel: 5, influenceLevel: 3 })).toBe('keepInformed');
    expect(stakeholderStrategy({ interestLevel: 3, influenceLevel: 3 })).toBe('monitor');
    expect(stakeholderStrategy({ interestLevel: null, influenceLevel: 5 })).toBeNull();
  });
});

describe('1.4 planning', () => {
  it('adds days without a clock change ever shifting the date', () => {
    expect(addDays('2027-03-21', 7)).toBe('2027-03-28'); // across the start of summer time
    expect(addDays('2026-10-20', 14)).toBe('2026-11-03'); // across its end
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
  });

  it('lists the meeting dates of the series', () => {
    const meetings = { ...emptyPlanning().meetings, firstDate: '2027-03-16', count: 3 };
    expect(meetingDates(meetings)).toEqual(['2027-03-16', '2027-03-30', '2027-04-13']);
    expect(meetingDates({ ...meetings, firstDate: null })).toEqual([]);
  });

  it('asks for a dated milestone for each step and the first meeting', () => {
    const p = {
      ...emptyPlanning(),
      milestones: [
        { id: 'm', step: 2, title: 'Klaar', date: '2027-02-01' },
        { id: 'n', step: 1, title: '', date: '2027-01-01' },
      ],
    };
    expect(planningOverview(p).milestones.map((m) => m.id)).toEqual(['n', 'm']);
    expect(planningMissing(p).map((m) => [m.code, m.params?.step ?? m.field])).toEqual([
      ['stepWithoutMilestone', 3],
      ['stepWithoutMilestone', 4],
      ['stepWithoutMilestone', 5],
      ['stepWithoutMilestone', 6],
      ['milestoneTitle', 'milestones.1.title'],
      ['fieldRequired', 'meetings.firstDate'],
    ]);
  });
});

describe('2.1 behaviours: vague wording', () => {
  it.each([
    ['Medewerkers zijn voorzichtig met e-mail', 'voorzichtig'],
    ['Meer bewustwording over phishing', 'bewust'],
    ['Let op bij het versturen', 'opletten'],
    ['Staff are careful with e-mail', 'careful'],
    ['Raise awareness of phishing', 'aware'],
    ['Pay attention to the recipient', 'attention'],
  ])('flags "%s"', (text, word) => expect(vagueWords(text)).toContain(word));

  it.each(['Verpleegkundigen controleren het adres voordat ze verzenden', 'Staff lock the screen when leaving the workstation', 'Update the careplan'])(
    'does not flag "%s"',
    (text) => expect(vagueWords(text)).toEqual([]),
  );
});

describe('2.2 prioritisation', () => {
  it('ranks rated behaviours by the mean of the three ratings and ignores ratings of removed behaviours', () => {
    const list = {
      behaviours: [
        { id: 'a', description: 'A', link: '' },
        { id: 'b', description: 'B', link: '' },
        { id: 'c', description: 'C', link: '' },
      ],
    };
    const ranked = rankBehaviours(list, {
      ratings: {
        a: { impact: 2, changeability: 2, measurability: 2 },
        b: { impact: 5, changeability: 4, measurability: 4 },
        gone: { impact: 5, changeability: 5, measurability: 5 },
      },
      chosenIds: ['b'],
      rationale: '',
    });
    expect(ranked.map((r) => [r.behaviour.id, r.priority, r.chosen])).toEqual([
      ['b', 4.33, true],
      ['a', 2, false],
      ['c', null, false],
    ]);
  });

  it('reads 2.1 to decide whether 2.2 is complete', () => {
    const set = collectWorksheets([
      { key: '2.1', fields: { behaviours: [{ id: 'a', description: 'A', link: '' }] } },
      { key: '2.2', fields: { ratings: { a: { impact: 3, changeability: 3, measurability: null } }, chosenIds: ['a'], rationale: 'x' } },
    ]);
    expect(worksheetMissing('2.2', set)).toEqual([{ code: 'behaviourNotRated', field: 'ratings.a', params: { n: 1 } }]);
    expect(completeness(set)['2.1']).toEqual([]);
    expect(worksheetMissing('3.1', set)).toEqual([]);
  });
});

describe('2.3 target behaviour', () => {
  const spec = { ...emptyTargetBehaviour(), targetGroup: 'Verpleegkundigen', action: 'vergrendelen het scherm' };
  it('sums the specification up in one sentence from the team’s own words', () => {
    expect(targetBehaviourSummary(emptyTargetBehaviour())).toBeNull();
    expect(targetBehaviourSummary(spec)).toBe('Verpleegkundigen vergrendelen het scherm.');
    expect(targetBehaviourSummary({ ...spec, departments: 'SEH', when: 'als ze weglopen', withWhat: 'met Windows+L.' })).toBe(
      'Verpleegkundigen (SEH) vergrendelen het scherm, als ze weglopen, met Windows+L.',
    );
  });
  it('requires who, what, when, where, how often and the desired situation', () => {
    expect(targetBehaviourMissing(spec).map((m) => m.field)).toEqual(['when', 'where', 'howOften', 'desiredSituation']);
  });
});

describe('what changed between versions', () => {
  it('counts rows added, removed and changed by id, and names changed values', () => {
    const before = {
      notes: 'a',
      fields: {
        behaviours: [
          { id: '1', d: 'x' },
          { id: '2', d: 'y' },
        ],
        meetings: { count: 3, title: '' },
      },
    };
    const after = {
      notes: 'a',
      fields: {
        behaviours: [
          { id: '1', d: 'z' },
          { id: '3', d: 'w' },
        ],
        meetings: { count: 4, title: '' },
      },
    };
    expect(worksheetChanges(before, after)).toEqual([
      { field: 'fields.behaviours', kind: 'rows', added: 1, removed: 1, changed: 1 },
      { field: 'fields.meetings.count', kind: 'value' },
    ]);
  });
  it('does not report empty fields on a first save', () => {
    expect(worksheetChanges(null, { notes: '', fields: { rationale: '', chosenId: null, problems: [] } })).toEqual([]);
  });
});
