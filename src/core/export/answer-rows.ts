import { checkDefinitionSchema, type CheckDefinition, type ScenarioCatalogue } from '../knowledge/definition.js';
import { CheckResults } from '../knowledge/results.js';
import { DONT_KNOW, SurveyDefinition, measuredFactors } from '../survey/definition.js';
import { SurveyResults, type Scores } from '../survey/results.js';

/**
 * Whether the answers, tallies and released results of an organisation document fit the definition
 * of their survey or knowledge check. The pages read them by position (a tally's counts as statements × scale
 * points, a group per grouping question, an option per scenario), so a row that does not fit would
 * fail every page that reads its survey or check, the measurement page and documents included,
 * once imported; the import refuses it instead, naming table, row and field (OWASP ASVS 5.1.3:
 * input checked against what it must be, not only its type).
 */

type Values = readonly (string | number | null)[];
/** The parts of a document these checks read. */
interface Round {
  id: string;
  definition: unknown;
  status: string;
  minGroupSize?: number | null;
  releasedResults?: unknown;
}
export interface AnswerRows {
  surveys: readonly Round[];
  surveyTallies: readonly { surveyId: string; groups: Values; counts: Values }[];
  surveyResponses: readonly { surveyId: string; groups: Values; answers: Values }[];
  knowledgeChecks: readonly Round[];
  knowledgeCheckTallies: readonly { checkId: string; department: string; answers: Values }[];
  knowledgeCheckResponses: readonly { checkId: string; department: string; answers: Values }[];
}

/** A row that does not fit: its path in the document, and a message key of the validation texts. */
export interface AnswerRowIssue {
  path: (string | number)[];
  message: 'answerCount' | 'notInDefinition' | 'releasedOnlyWhenClosed';
  params?: { expected: number };
}

/** What one list column must hold: so many values, each allowed at its position. */
interface Column {
  length: number;
  allows: (value: string | number | null, position: number) => boolean;
}

/** The issues of one list column: a wrong length names the column, a value that does not fit names its position. */
function columnIssues(path: (string | number)[], values: Values, column: Column): AnswerRowIssue[] {
  if (values.length !== column.length) return [{ path, message: 'answerCount', params: { expected: column.length } }];
  const position = values.findIndex((value, p) => !column.allows(value, p));
  return position === -1 ? [] : [{ path: [...path, position], message: 'notInDefinition' }];
}

/** Definitions by id; one that does not parse is left out (the document's own check names it). */
function definitions<T>(rows: readonly { id: string; definition: unknown }[], parse: (value: unknown) => { success: boolean; data?: T }) {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const parsed = parse(row.definition);
    if (parsed.success) byId.set(row.id, parsed.data!);
  }
  return byId;
}

/** The first place where two lists differ, or -1 (a longer or shorter list differs at the end of the shorter). */
const firstDifference = <T>(actual: readonly T[], expected: readonly T[]) => {
  const at = expected.findIndex((e, i) => actual[i] !== e);
  return at !== -1 ? at : actual.length !== expected.length ? Math.min(actual.length, expected.length) : -1;
};

/** Where one view of released survey results does not fit the definition: its statements, factors and scale, in order. */
function scoresIssue(scores: Scores, definition: SurveyDefinition): (string | number)[] | null {
  const item = firstDifference(
    scores.items.map((i) => `${i.itemId}|${i.factor}`),
    definition.items.map((i) => `${i.id}|${i.factor}`),
  );
  if (item !== -1) return ['items', item];
  const factor = firstDifference(
    scores.factors.map((f) => f.factor),
    measuredFactors(definition),
  );
  if (factor !== -1) return ['factors', factor];
  // As released: a score's n is the sum of its distribution, its mean on the survey's scale.
  const sum = (distribution: readonly number[]) => distribution.reduce((a, b) => a + b, 0);
  for (const part of ['items', 'factors'] as const) {
    const off = scores[part].findIndex(
      (score) => score.distribution.length !== definition.scale || score.n !== sum(score.distribution) || score.mean > definition.scale,
    );
    if (off !== -1) return [part, off];
  }
  return null;
}

/** Where a survey's released results (JSON_COLUMNS checked their shape) do not fit its definition and minimum. */
function surveyResultsIssue(results: SurveyResults, definition: SurveyDefinition, minGroupSize: number | null | undefined): (string | number)[] | null {
  if (minGroupSize != null && results.minGroupSize !== minGroupSize) return ['minGroupSize'];
  if (results.overall && results.overall.n !== results.responses) return ['overall', 'n'];
  const overall = results.overall && scoresIssue(results.overall, definition);
  if (overall) return ['overall', ...overall];
  const question = firstDifference(
    results.questions.map((q) => q.questionId),
    definition.groups.map((g) => g.id),
  );
  if (question !== -1) return ['questions', question];
  for (const [d, q] of results.questions.entries()) {
    for (const [g, group] of q.groups.entries()) {
      const known = definition.groups[d]!.options.some((o) => o.id === group.optionId);
      if (!known || q.groups.findIndex((other) => other.optionId === group.optionId) !== g) return ['questions', d, 'groups', g, 'optionId'];
      const view = scoresIssue(group, definition);
      if (view) return ['questions', d, 'groups', g, ...view];
    }
  }
  return null;
}

/** The same for a knowledge check's: its scenarios and their options, its departments, its minimum. */
function checkResultsIssue(
  results: CheckResults,
  definition: CheckDefinition,
  catalogue: ScenarioCatalogue,
  minGroupSize: number | null | undefined,
): (string | number)[] | null {
  if (minGroupSize != null && results.minGroupSize !== minGroupSize) return ['minGroupSize'];
  if (results.overall && results.overall.n !== results.responses) return ['overall', 'n'];
  const views: [(string | number)[], CheckResults['departments'][number] | NonNullable<CheckResults['overall']>][] = [
    ...(results.overall ? [[['overall'], results.overall] as [(string | number)[], NonNullable<CheckResults['overall']>]] : []),
    ...results.departments.map((d, i) => [['departments', i], d] as [(string | number)[], CheckResults['departments'][number]]),
  ];
  for (const [path, view] of views) {
    if ('departmentId' in view) {
      const known = definition.departments.some((d) => d.id === view.departmentId);
      if (!known || results.departments.findIndex((d) => d.departmentId === view.departmentId) !== path[1]) return [...path, 'departmentId'];
    }
    const scenario = firstDifference(
      view.scenarios.map((s) => s.key),
      definition.scenarios,
    );
    if (scenario !== -1) return [...path, 'scenarios', scenario];
    const options = view.scenarios.findIndex((s) => s.chosen.length !== catalogue.get(s.key)!.options);
    if (options !== -1) return [...path, 'scenarios', options, 'chosen'];
    // As released: the right answers are some of the chosen ones, and only a withdrawn scenario goes
    // unscored (one released before it was withdrawn keeps its count).
    const right = view.scenarios.findIndex((s) =>
      s.right === null ? s.percentRight !== null || !catalogue.get(s.key)!.retired : s.percentRight === null || s.right > s.chosen.reduce((a, b) => a + b, 0),
    );
    if (right !== -1) return [...path, 'scenarios', right, 'right'];
  }
  return null;
}

/**
 * Released results travel only with a closed round (an open one's would stand in for the answers
 * it is still collecting), and must fit its definition: the pages and documents read them by
 * position, as they read tallies.
 */
function releasedIssues<D, R>(
  table: 'surveys' | 'knowledgeChecks',
  rounds: readonly Round[],
  definitionsById: Map<string, D>,
  schema: { safeParse: (value: unknown) => { success: boolean; data?: R } },
  issue: (results: R, definition: D, minGroupSize: number | null | undefined) => (string | number)[] | null,
): AnswerRowIssue[] {
  return rounds.flatMap((round, i): AnswerRowIssue[] => {
    if (round.releasedResults == null) return [];
    const path = [table, i, 'releasedResults'];
    if (round.status !== 'closed') return [{ path, message: 'releasedOnlyWhenClosed' }];
    const definition = definitionsById.get(round.id);
    const parsed = schema.safeParse(round.releasedResults);
    // A definition or results that do not parse are named by the document's own check.
    if (!definition || !parsed.success) return [];
    const at = issue(parsed.data!, definition, round.minGroupSize);
    return at ? [{ path: [...path, ...at], message: 'notInDefinition' }] : [];
  });
}

export function answerRowIssues(rows: AnswerRows, catalogue: ScenarioCatalogue): AnswerRowIssue[] {
  const issues: AnswerRowIssue[] = [];
  // Rows of a survey or check not in the document are the dangling references the import names.
  const surveys = definitions(rows.surveys, (value) => SurveyDefinition.safeParse(value));
  const groupsOf = (definition: SurveyDefinition): Column => ({
    length: definition.groups.length,
    allows: (option, d) => option === null || definition.groups[d]!.options.some((o) => o.id === option),
  });
  rows.surveyTallies.forEach((row, i) => {
    const definition = surveys.get(row.surveyId);
    if (!definition) return;
    issues.push(...columnIssues(['surveyTallies', i, 'groups'], row.groups, groupsOf(definition)));
    issues.push(...columnIssues(['surveyTallies', i, 'counts'], row.counts, { length: definition.items.length * definition.scale, allows: () => true }));
  });
  rows.surveyResponses.forEach((row, i) => {
    const definition = surveys.get(row.surveyId);
    if (!definition) return;
    issues.push(...columnIssues(['surveyResponses', i, 'groups'], row.groups, groupsOf(definition)));
    // A point on the scale, or "weet ik niet".
    const answer = {
      length: definition.items.length,
      allows: (value: unknown) => typeof value === 'number' && value >= DONT_KNOW && value <= definition.scale,
    };
    issues.push(...columnIssues(['surveyResponses', i, 'answers'], row.answers, answer));
  });

  const checkSchema = checkDefinitionSchema(catalogue);
  const checks = definitions(rows.knowledgeChecks, (value) => checkSchema.safeParse(value));
  for (const table of ['knowledgeCheckTallies', 'knowledgeCheckResponses'] as const) {
    rows[table].forEach((row, i) => {
      const definition = checks.get(row.checkId);
      if (!definition) return;
      const options = definition.scenarios.map((key) => catalogue.get(key)!.options);
      const answer = { length: options.length, allows: (value: unknown, s: number) => typeof value === 'number' && value >= 0 && value < options[s]! };
      issues.push(...columnIssues([table, i, 'answers'], row.answers, answer));
      // '' is "did not say" (or a check without departments).
      if (row.department !== '' && !definition.departments.some((d) => d.id === row.department))
        issues.push({ path: [table, i, 'department'], message: 'notInDefinition' });
    });
  }
  issues.push(...releasedIssues('surveys', rows.surveys, surveys, SurveyResults, surveyResultsIssue));
  issues.push(
    ...releasedIssues('knowledgeChecks', rows.knowledgeChecks, checks, CheckResults, (results, definition, minimum) =>
      checkResultsIssue(results, definition, catalogue, minimum),
    ),
  );
  return issues;
}
