import { checkDefinitionSchema, type ScenarioCatalogue } from '../knowledge/definition.js';
import { SurveyDefinition } from '../survey/definition.js';

/**
 * Whether the answers and tallies of an organisation document fit the definition of their survey
 * or knowledge check. The pages read them by position (a tally's counts as statements × scale
 * points, a group per grouping question, an option per scenario), so a row that does not fit would
 * fail every page that reads its survey or check, the measurement page and documents included,
 * once imported; the import refuses it instead, naming table, row and field (OWASP ASVS 5.1.3:
 * input checked against what it must be, not only its type).
 */

type Values = readonly (string | number | null)[];
/** The parts of a document these checks read. */
export interface AnswerRows {
  surveys: readonly { id: string; definition: unknown }[];
  surveyTallies: readonly { surveyId: string; groups: Values; counts: Values }[];
  surveyResponses: readonly { surveyId: string; groups: Values; answers: Values }[];
  knowledgeChecks: readonly { id: string; definition: unknown }[];
  knowledgeCheckTallies: readonly { checkId: string; department: string; answers: Values }[];
  knowledgeCheckResponses: readonly { checkId: string; department: string; answers: Values }[];
}

/** A row that does not fit: its path in the document, and a message key of the validation texts. */
export interface AnswerRowIssue {
  path: (string | number)[];
  message: 'answerCount' | 'notInDefinition';
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
    const answer = { length: definition.items.length, allows: (value: unknown) => typeof value === 'number' && value >= 1 && value <= definition.scale };
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
      if (row.department !== '' && !definition.departments.some((d) => d.id === row.department)) issues.push({ path: [table, i, 'department'], message: 'notInDefinition' });
    });
  }
  return issues;
}
