import { describe, expect, it } from 'vitest';
import { checkDefinitionSchema, checkResponseSchema, storedResponse, type CheckDefinition, type ScenarioCatalogue } from '#core/knowledge/definition.js';
import { checkResults, type ResponseCell } from '#core/knowledge/results.js';
import { correctCount, percentRight, rightOptions, scoredCount } from '#core/knowledge/scoring.js';
import { checkPoints } from '#core/measurement/kpis.js';
import { knowledgePolicy, type Actor } from '#core/policies/index.js';
import type { Role } from '#core/roles.js';
import { seededNoise } from '#server/security/release-rules.js';

const catalogue: ScenarioCatalogue = new Map([
  ['wrong-mail', { options: 2, right: 1 }],
  ['police-call', { options: 3, right: 0 }],
  ['usb-stick', { options: 4, right: 2 }],
]);
const schema = checkDefinitionSchema(catalogue);
const departments = [
  { id: 'ic', name: 'Intensive care' },
  { id: 'cardio', name: 'Cardiologie' },
  { id: 'lab', name: 'Laboratorium' },
];
const definition: CheckDefinition = { scenarios: ['wrong-mail', 'police-call', 'usb-stick'], departments };
const issues = (value: unknown) => schema.safeParse(value).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];

describe('a check definition', () => {
  it('takes scenarios from the set, each once, and no or at least two departments', () => {
    expect(issues(definition)).toEqual([]);
    expect(issues({ scenarios: ['wrong-mail'], departments: [] })).toEqual([]);
    expect(issues({ scenarios: ['wrong-mail', 'toverstaf'], departments: [] })).toEqual([{ path: 'scenarios.1', message: 'unknownScenario' }]);
    expect(issues({ scenarios: ['wrong-mail', 'wrong-mail'], departments: [] })).toEqual([{ path: 'scenarios.1', message: 'duplicate' }]);
    expect(issues({ scenarios: [], departments: [] })[0]!.path).toBe('scenarios');
    expect(issues({ scenarios: ['wrong-mail'], departments: [departments[0]] })).toEqual([{ path: 'departments', message: 'departmentsTooFew' }]);
    expect(issues({ scenarios: ['wrong-mail'], departments: [departments[0], { ...departments[1], id: 'ic' }] })).toEqual([
      { path: 'departments.1.id', message: 'duplicateId' },
    ]);
    expect(issues({ ...definition, programme: 'x' })[0]!.message).toMatch(/programme/);
  });
});

describe('a response', () => {
  const response = checkResponseSchema(definition, catalogue);

  it('chooses one existing option per scenario and a department from the list, or none', () => {
    expect(response.answers.safeParse({ 'wrong-mail': 1, 'police-call': 2, 'usb-stick': 3 }).success).toBe(true);
    expect(response.answers.safeParse({ 'wrong-mail': 2, 'police-call': 0, 'usb-stick': 0 }).success).toBe(false);
    expect(response.answers.safeParse({ 'wrong-mail': 1, 'police-call': 0 }).success).toBe(false);
    expect(response.answers.safeParse({ 'wrong-mail': 1, 'police-call': 0, 'usb-stick': 0, extra: 1 }).success).toBe(false);
    expect(response.answers.safeParse({ 'wrong-mail': 0.5, 'police-call': 0, 'usb-stick': 0 }).success).toBe(false);
    expect(response.department.safeParse('cardio').success).toBe(true);
    expect(response.department.safeParse(null).success).toBe(true);
    expect(response.department.safeParse(undefined).success).toBe(true);
    expect(response.department.safeParse('radiologie').success).toBe(false);
  });

  it('may name no department when the check asks none', () => {
    const plain = checkResponseSchema({ scenarios: ['wrong-mail'], departments: [] }, catalogue);
    expect(plain.department.safeParse(null).success).toBe(true);
    expect(plain.department.safeParse('ic').success).toBe(false);
  });

  it('is stored in the order of the check, with an empty department for none', () => {
    expect(storedResponse(definition, { answers: { 'usb-stick': 2, 'wrong-mail': 1, 'police-call': 1 } })).toEqual({ answers: [1, 1, 2], department: '' });
    expect(storedResponse(definition, { answers: { 'usb-stick': 2, 'wrong-mail': 1, 'police-call': 1 }, department: 'lab' }).department).toBe('lab');
  });
});

describe('scoring', () => {
  it('counts the right answers and gives the share right', () => {
    const rights = rightOptions(definition, catalogue);
    expect(rights).toEqual([1, 0, 2]);
    expect(correctCount(rights, [1, 0, 2])).toBe(3);
    expect(correctCount(rights, [0, 0, 1])).toBe(1);
    expect(percentRight(1, 3)).toBeCloseTo(33.333, 2);
    expect(percentRight(0, 0)).toBe(0);
  });

  it('scores nobody on a withdrawn scenario: no right option, and not in the count asked', () => {
    const withdrawn: ScenarioCatalogue = new Map([...catalogue, ['old-rule', { options: 3, right: 1, retired: true }]]);
    const rights = rightOptions({ scenarios: ['wrong-mail', 'old-rule', 'usb-stick'], departments: [] }, withdrawn);
    expect(rights).toEqual([1, null, 2]);
    expect(scoredCount(rights)).toBe(2);
    // Option 1 of the withdrawn scenario was "right" before: it no longer counts.
    expect(correctCount(rights, [1, 1, 2])).toBe(2);
    expect(correctCount(rights, [0, 1, 0])).toBe(0);
  });
});

const cell = (department: string | null, answers: number[], n: number): ResponseCell => ({ department, answers, n });

describe('results', () => {
  it('show nothing at all below the minimum group size', () => {
    const results = checkResults(definition, catalogue, [cell('ic', [1, 0, 2], 4)], 5);
    expect(results).toEqual({ responses: 4, minGroupSize: 5, overall: null, departments: [], hiddenDepartments: 3, epsilon: null });
  });

  it('give the mean score and per scenario how many chose each option', () => {
    const results = checkResults({ scenarios: definition.scenarios, departments: [] }, catalogue, [cell(null, [1, 0, 2], 3), cell(null, [0, 0, 1], 2)], 5);
    // 3 respondents with 3 right, 2 with 1 right: 11 of 15 answers.
    expect(results.overall!.meanScore).toBeCloseTo((100 * 11) / 15, 6);
    expect(results.overall!.scenarios).toEqual([
      { key: 'wrong-mail', n: 5, right: 3, percentRight: 60, chosen: [2, 3] },
      { key: 'police-call', n: 5, right: 5, percentRight: 100, chosen: [5, 0, 0] },
      { key: 'usb-stick', n: 5, right: 3, percentRight: 60, chosen: [0, 2, 3, 0] },
    ]);
    expect(results.hiddenDepartments).toBe(0);
  });

  it('show departments of at least the minimum, and a group of 4 is withheld', () => {
    const results = checkResults(
      definition,
      catalogue,
      [cell('ic', [1, 0, 2], 6), cell('cardio', [0, 0, 2], 5), cell('lab', [1, 1, 1], 4), cell(null, [1, 0, 2], 5)],
      5,
    );
    expect(results.departments.map((d) => [d.departmentId, d.n, Math.round(d.meanScore!)])).toEqual([
      ['ic', 6, 100],
      ['cardio', 5, 67],
    ]);
    expect(results.hiddenDepartments).toBe(1);
    expect(results.overall!.n).toBe(20);
  });

  it('withhold a department when the rest would be a small group found by subtraction', () => {
    // ic 6 and cardio 5 are large enough, but shown together the remaining 2 (lab) would follow
    // from the overall figures, so the smallest shown department joins the hidden ones.
    const results = checkResults(definition, catalogue, [cell('ic', [1, 0, 2], 6), cell('cardio', [0, 0, 2], 5), cell('lab', [1, 1, 1], 2)], 5);
    expect(results.departments.map((d) => d.departmentId)).toEqual(['ic']);
    expect(results.hiddenDepartments).toBe(2);
  });

  it('count those who did not say a department in the rest', () => {
    const results = checkResults(definition, catalogue, [cell('ic', [1, 0, 2], 5), cell('cardio', [1, 0, 2], 5), cell(null, [1, 0, 2], 1)], 5);
    expect(results.departments.map((d) => d.departmentId)).toEqual(['ic']);
  });

  it('show what people chose on a withdrawn scenario, but no right count, and leave it out of the mean', () => {
    const withdrawn: ScenarioCatalogue = new Map([...catalogue, ['old-rule', { options: 3, right: 1, retired: true }]]);
    const mixed: CheckDefinition = { scenarios: ['wrong-mail', 'old-rule', 'usb-stick'], departments };
    const cells = [cell('ic', [1, 1, 2], 6), cell('cardio', [0, 1, 0], 5), cell('lab', [1, 0, 2], 6)];
    const results = checkResults(mixed, withdrawn, cells, 5);
    expect(results.overall!.scenarios[1]).toEqual({ key: 'old-rule', n: 17, right: null, percentRight: null, chosen: [6, 11, 0] });
    // 12 of 17 right on each scored scenario: 24 of 34, the 11 who chose the withdrawn "right" option not counted.
    expect(results.overall!.meanScore).toBeCloseTo((100 * 24) / 34, 6);
    expect(results.departments.map((d) => [d.departmentId, Math.round(d.meanScore!)])).toEqual([
      ['ic', 100],
      ['cardio', 0],
      ['lab', 100],
    ]);
    // With noise the withdrawn scenario's choices still get their draw, and the mean still leaves it out.
    const noisy = checkResults(mixed, withdrawn, cells, 5, seededNoise('retired', 1)).overall!;
    expect(noisy.scenarios.map((s) => s.percentRight === null)).toEqual([false, true, false]);
    const scored = noisy.scenarios.filter((s) => s.right !== null);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(noisy.meanScore).toBeCloseTo((100 * sum(scored.map((s) => s.right!))) / sum(scored.flatMap((s) => s.chosen)), 6);
  });

  it('have no mean score when every scenario is withdrawn', () => {
    const withdrawn: ScenarioCatalogue = new Map([['old-rule', { options: 3, right: 1, retired: true }]]);
    const results = checkResults({ scenarios: ['old-rule'], departments: [] }, withdrawn, [cell(null, [1], 5)], 5);
    expect(results.overall).toEqual({ n: 5, meanScore: null, scenarios: [{ key: 'old-rule', n: 5, right: null, percentRight: null, chosen: [0, 5, 0] }] });
    expect(checkPoints([{ id: 'c', title: 'Oud', date: '2027-02-01', meanScore: results.overall!.meanScore }])).toEqual([]);
  });

  it('never use a minimum below three', () => {
    const results = checkResults(definition, catalogue, [cell('ic', [1, 0, 2], 2)], 1);
    expect(results.minGroupSize).toBe(3);
    expect(results.overall).toBeNull();
  });
});

describe('the knowledge-check policy', () => {
  const as = (...roles: Role[]): Actor => ({ userId: 'u', organisationId: 'ours', roles });
  it('lets the team manage checks, every account read them, and nobody touch another organisation’s', () => {
    for (const role of ['admin', 'coordinator', 'member', 'privacy'] as const) expect(knowledgePolicy.manage(as(role), { organisationId: 'ours' })).toBe(true);
    expect(knowledgePolicy.manage(as('viewer'), { organisationId: 'ours' })).toBe(false);
    expect(knowledgePolicy.read(as('viewer'), { organisationId: 'ours' })).toBe(true);
    expect(knowledgePolicy.read(as(), { organisationId: 'ours' })).toBe(false);
    expect(knowledgePolicy.read(as('admin'), { organisationId: 'theirs' })).toBe(false);
    expect(knowledgePolicy.manage(as('admin'), { organisationId: 'theirs' })).toBe(false);
  });
});

describe('the knowledge-check KPI', () => {
  it('gets one point per closed check whose score may be shown, none for a check too few answered', () => {
    expect(
      checkPoints([
        { id: 'c1', title: 'Nulmeting', date: '2027-02-01', meanScore: 62.5 },
        { id: 'c2', title: 'Te klein', date: '2027-03-01', meanScore: null },
      ]),
    ).toEqual([{ checkId: 'c1', title: 'Nulmeting', date: '2027-02-01', value: 62.5 }]);
  });
});
