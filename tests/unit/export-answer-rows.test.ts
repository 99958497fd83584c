import { describe, expect, it } from 'vitest';
import { SCENARIO_CATALOGUE } from '#content/knowledge-scenarios.js';
import { answerRowIssues, type AnswerRows } from '#core/export/answer-rows.js';
import { TABLES, organisationDocument } from '#core/export/document.js';
import { checkDefinitionSchema } from '#core/knowledge/definition.js';
import { checkResults } from '#core/knowledge/results.js';
import { SurveyDefinition } from '#core/survey/definition.js';
import { surveyResults } from '#core/survey/results.js';

/** Answers and tallies in an organisation document must fit their survey's or check's definition (an import refuses them otherwise). */

const S = '11111111-1111-4111-8111-111111111111';
const K = '22222222-2222-4222-8222-222222222222';
const P = '33333333-3333-4333-8333-333333333333';
const text = (nl: string) => ({ nl, en: '' });
const [first, second] = ['breach-wrong-gp', 'sharing-police-phone'];
const options = SCENARIO_CATALOGUE.get(second!)!.options;

/** A survey of two statements on a five-point scale grouped by one question (a, b); a check of two scenarios in departments ic and cardio. */
const rows = (): AnswerRows => ({
  surveys: [
    {
      id: S,
      status: 'closed',
      minGroupSize: 3,
      definition: {
        behaviour: 'melden',
        intro: text(''),
        scale: 5,
        items: ['s1', 's2'].map((id) => ({ id, factor: 'C-psy', text: text(id), bankId: null })),
        groups: [
          {
            id: 'department',
            question: text('Afdeling?'),
            options: [
              { id: 'a', label: text('A') },
              { id: 'b', label: text('B') },
            ],
          },
        ],
      },
    },
  ],
  surveyTallies: [{ surveyId: S, groups: ['a'], counts: [0, 1, 0, 0, 0, 0, 0, 0, 0, 1] }],
  surveyResponses: [{ surveyId: S, groups: [null], answers: [2, 5] }],
  knowledgeChecks: [
    {
      id: K,
      status: 'closed',
      minGroupSize: 3,
      definition: {
        scenarios: [first, second],
        departments: [
          { id: 'ic', name: 'IC' },
          { id: 'cardio', name: 'Cardio' },
        ],
      },
    },
  ],
  knowledgeCheckTallies: [{ checkId: K, department: 'ic', answers: [0, options - 1] }],
  knowledgeCheckResponses: [{ checkId: K, department: '', answers: [1, 0] }],
});

/** One field of the first row of a table changed. */
const corrupt = (table: Exclude<keyof AnswerRows, 'surveys' | 'knowledgeChecks'>, field: string, value: unknown) => {
  const document = rows();
  (document[table] as unknown as Record<string, unknown>[])[0]![field] = value;
  return document;
};

describe('answers and tallies against their definition', () => {
  it('finds nothing wrong with rows that fit', () => {
    expect(answerRowIssues(rows(), SCENARIO_CATALOGUE)).toEqual([]);
  });

  it('takes "weet ik niet" (0) as an answer', () => {
    expect(answerRowIssues(corrupt('surveyResponses', 'answers', [0, 3]), SCENARIO_CATALOGUE)).toEqual([]);
  });

  it.each([
    ['a tally with counts for another scale', corrupt('surveyTallies', 'counts', Array(14).fill(0)), ['surveyTallies', 0, 'counts'], 'answerCount', 10],
    ['a tally with a group too many', corrupt('surveyTallies', 'groups', ['a', null]), ['surveyTallies', 0, 'groups'], 'answerCount', 1],
    ['a tally with an option the question lacks', corrupt('surveyTallies', 'groups', ['c']), ['surveyTallies', 0, 'groups', 0], 'notInDefinition', undefined],
    ['a response with a statement too few', corrupt('surveyResponses', 'answers', [2]), ['surveyResponses', 0, 'answers'], 'answerCount', 2],
    ['a response off the scale', corrupt('surveyResponses', 'answers', [2, 6]), ['surveyResponses', 0, 'answers', 1], 'notInDefinition', undefined],
    ['a response below the scale', corrupt('surveyResponses', 'answers', [-1, 3]), ['surveyResponses', 0, 'answers', 0], 'notInDefinition', undefined],
    ['a response without its group', corrupt('surveyResponses', 'groups', []), ['surveyResponses', 0, 'groups'], 'answerCount', 1],
    [
      'a check tally with a scenario too many',
      corrupt('knowledgeCheckTallies', 'answers', [0, 0, 0]),
      ['knowledgeCheckTallies', 0, 'answers'],
      'answerCount',
      2,
    ],
    [
      'a check tally with an option past the last',
      corrupt('knowledgeCheckTallies', 'answers', [0, options]),
      ['knowledgeCheckTallies', 0, 'answers', 1],
      'notInDefinition',
      undefined,
    ],
    [
      'a check tally with an unknown department',
      corrupt('knowledgeCheckTallies', 'department', 'longziekten'),
      ['knowledgeCheckTallies', 0, 'department'],
      'notInDefinition',
      undefined,
    ],
    [
      'a check response with a negative option',
      corrupt('knowledgeCheckResponses', 'answers', [-1, 0]),
      ['knowledgeCheckResponses', 0, 'answers', 0],
      'notInDefinition',
      undefined,
    ],
    [
      'a check response with a scenario too few',
      corrupt('knowledgeCheckResponses', 'answers', [1]),
      ['knowledgeCheckResponses', 0, 'answers'],
      'answerCount',
      2,
    ],
    [
      'a check response with an unknown department',
      corrupt('knowledgeCheckResponses', 'department', 'x'),
      ['knowledgeCheckResponses', 0, 'department'],
      'notInDefinition',
      undefined,
    ],
  ])('names %s', (_, document, path, message, expected) => {
    expect(answerRowIssues(document, SCENARIO_CATALOGUE)).toEqual([{ path, message, ...(expected === undefined ? {} : { params: { expected } }) }]);
  });

  it('leaves rows of a survey it cannot read to the checks that name that survey', () => {
    const document = corrupt('surveyTallies', 'counts', [1]);
    document.surveys = [{ id: S, status: 'closed', definition: { items: 'geen lijst' } }];
    expect(answerRowIssues(document, SCENARIO_CATALOGUE)).toEqual([]);
  });

  it('are part of the document an import reads, with the path of the field', () => {
    const { surveys, surveyTallies, surveyResponses, knowledgeChecks, knowledgeCheckTallies, knowledgeCheckResponses } = corrupt(
      'surveyTallies',
      'counts',
      [1],
    );
    const at = '2026-01-05T10:00:00.000Z';
    const result = organisationDocument(SCENARIO_CATALOGUE).safeParse({
      format: 'wegwijs-organisation',
      version: 1,
      exportedAt: at,
      organisation: { name: 'Ziekenhuis Oost', minGroupSize: 5, defaultLocale: 'nl', breachReportRequiresLogin: false, surveyResponsesMonths: null },
      ...Object.fromEntries(TABLES.map(({ key }) => [key, []])),
      programmes: [{ id: P, title: 'Wegwijzer', problem: '', status: 'active', createdBy: null, createdAt: at, updatedAt: at }],
      surveys: surveys.map((s) => ({
        ...s,
        programmeId: P,
        title: 'Nulmeting',
        status: 'closed',
        linkEnabled: true,
        createdBy: null,
        createdAt: at,
        openedAt: at,
        closedAt: at,
        baselineSurveyId: null,
      })),
      surveyTallies: surveyTallies.map((t) => ({ ...t, n: 1 })),
      surveyResponses,
      knowledgeChecks: knowledgeChecks.map((c) => ({
        ...c,
        programmeId: null,
        title: 'Check',
        status: 'closed',
        createdBy: null,
        createdAt: at,
        openedAt: at,
        closedAt: at,
      })),
      knowledgeCheckTallies: knowledgeCheckTallies.map((t) => ({ ...t, n: 1 })),
      knowledgeCheckResponses: knowledgeCheckResponses.map((r) => ({ ...r, correct: 0 })),
    });
    expect(result.error?.issues).toMatchObject([{ code: 'custom', path: ['surveyTallies', 0, 'counts'], message: 'answerCount' }]);
  });
});

/**
 * Released results (what an export carries of a closed round) are read by position like a tally:
 * an import refuses them on a round that is not closed, or when they do not fit its definition.
 */
describe('released results against their round', () => {
  /** The rows with results as the pages release them: six answers in group a (three at 2, three at 4), and six check answers in ic. */
  const released = () => {
    const document = rows();
    const survey = document.surveys[0]!;
    const cells = [
      {
        groups: ['a'],
        n: 6,
        counts: [
          [0, 3, 0, 3, 0],
          [0, 3, 0, 3, 0],
        ],
      },
    ];
    const check = document.knowledgeChecks[0]!;
    const definition = checkDefinitionSchema(SCENARIO_CATALOGUE).parse(check.definition);
    return {
      ...document,
      surveys: [{ ...survey, releasedResults: surveyResults(SurveyDefinition.parse(survey.definition), cells, 3) }],
      knowledgeChecks: [{ ...check, releasedResults: checkResults(definition, SCENARIO_CATALOGUE, [{ department: 'ic', answers: [0, 1], n: 6 }], 3) }],
    };
  };
  type Released = ReturnType<typeof released>;
  const changed = (change: (document: Released & { surveys: { releasedResults: any }[]; knowledgeChecks: { releasedResults: any }[] }) => void) => {
    const document = released();
    change(document as never);
    return answerRowIssues(document, SCENARIO_CATALOGUE);
  };

  it('finds nothing wrong with the results the pages release', () => {
    expect(released().surveys[0]!.releasedResults.questions[0]!.groups).toHaveLength(1);
    expect(answerRowIssues(released(), SCENARIO_CATALOGUE)).toEqual([]);
  });

  it('takes a withdrawn scenario unscored, and as released before it was withdrawn', () => {
    const document = released();
    const check = document.knowledgeChecks[0]!;
    const definition = {
      scenarios: [first!, 'sharing-teacher'],
      departments: [
        { id: 'ic', name: 'IC' },
        { id: 'cardio', name: 'Cardio' },
      ],
    };
    const results = checkResults(
      checkDefinitionSchema(SCENARIO_CATALOGUE).parse(definition),
      SCENARIO_CATALOGUE,
      [{ department: 'ic', answers: [0, 1], n: 6 }],
      3,
    );
    expect(results.overall!.scenarios[1]).toMatchObject({ right: null, percentRight: null });
    const issuesWith = (releasedResults: typeof results) =>
      answerRowIssues({ ...document, knowledgeChecks: [{ ...check, definition, releasedResults }] }, SCENARIO_CATALOGUE);
    expect(issuesWith(results)).toEqual([]);
    const before = structuredClone(results);
    Object.assign(before.overall!.scenarios[1]!, { right: 6, percentRight: 100 });
    expect(issuesWith(before)).toEqual([]);
  });

  it.each([
    ['on a survey still open', (d: any) => (d.surveys[0].status = 'open'), ['surveys', 0, 'releasedResults'], 'releasedOnlyWhenClosed'],
    ['on a draft check', (d: any) => (d.knowledgeChecks[0].status = 'draft'), ['knowledgeChecks', 0, 'releasedResults'], 'releasedOnlyWhenClosed'],
    [
      'with a statement the survey lacks',
      (d: any) => (d.surveys[0].releasedResults.overall.items[1].itemId = 's9'),
      ['surveys', 0, 'releasedResults', 'overall', 'items', 1],
      'notInDefinition',
    ],
    [
      'with a statement too many',
      (d: any) => d.surveys[0].releasedResults.overall.items.push(d.surveys[0].releasedResults.overall.items[0]),
      ['surveys', 0, 'releasedResults', 'overall', 'items', 2],
      'notInDefinition',
    ],
    [
      'with a factor the survey does not measure',
      (d: any) => (d.surveys[0].releasedResults.overall.factors[0].factor = 'M-aut'),
      ['surveys', 0, 'releasedResults', 'overall', 'factors', 0],
      'notInDefinition',
    ],
    [
      'with a scale of seven for a five-point survey',
      (d: any) => d.surveys[0].releasedResults.overall.items[0].distribution.push(0, 0),
      ['surveys', 0, 'releasedResults', 'overall', 'items', 0],
      'notInDefinition',
    ],
    [
      'with an n that is not the sum of its distribution',
      (d: any) => (d.surveys[0].releasedResults.overall.factors[0].n = 10_000_000),
      ['surveys', 0, 'releasedResults', 'overall', 'factors', 0],
      'notInDefinition',
    ],
    [
      'with a mean past the scale',
      (d: any) => (d.surveys[0].releasedResults.overall.items[0].mean = 7),
      ['surveys', 0, 'releasedResults', 'overall', 'items', 0],
      'notInDefinition',
    ],
    [
      'with more responses than the whole survey counts',
      (d: any) => (d.surveys[0].releasedResults.responses = 10_000_000),
      ['surveys', 0, 'releasedResults', 'overall', 'n'],
      'notInDefinition',
    ],
    [
      'with a group twice',
      (d: any) => d.surveys[0].releasedResults.questions[0].groups.push(d.surveys[0].releasedResults.questions[0].groups[0]),
      ['surveys', 0, 'releasedResults', 'questions', 0, 'groups', 1, 'optionId'],
      'notInDefinition',
    ],
    [
      'with a department twice',
      (d: any) =>
        (d.knowledgeChecks[0].releasedResults.departments = [0, 1].map(() => ({ ...d.knowledgeChecks[0].releasedResults.overall, departmentId: 'ic' }))),
      ['knowledgeChecks', 0, 'releasedResults', 'departments', 1, 'departmentId'],
      'notInDefinition',
    ],
    [
      'with more right than chosen',
      (d: any) => (d.knowledgeChecks[0].releasedResults.overall.scenarios[0].right = 99),
      ['knowledgeChecks', 0, 'releasedResults', 'overall', 'scenarios', 0, 'right'],
      'notInDefinition',
    ],
    [
      'with a scenario still offered left unscored',
      (d: any) => Object.assign(d.knowledgeChecks[0].releasedResults.overall.scenarios[0], { right: null, percentRight: null }),
      ['knowledgeChecks', 0, 'releasedResults', 'overall', 'scenarios', 0, 'right'],
      'notInDefinition',
    ],
    [
      'with a share right but no right count',
      (d: any) => (d.knowledgeChecks[0].releasedResults.overall.scenarios[1].right = null),
      ['knowledgeChecks', 0, 'releasedResults', 'overall', 'scenarios', 1, 'right'],
      'notInDefinition',
    ],
    [
      'with a group the question lacks',
      (d: any) => (d.surveys[0].releasedResults.questions[0].groups[0].optionId = 'c'),
      ['surveys', 0, 'releasedResults', 'questions', 0, 'groups', 0, 'optionId'],
      'notInDefinition',
    ],
    [
      'with another grouping question',
      (d: any) => (d.surveys[0].releasedResults.questions[0].questionId = 'profession'),
      ['surveys', 0, 'releasedResults', 'questions', 0],
      'notInDefinition',
    ],
    [
      'with another minimum than the survey opened with',
      (d: any) => (d.surveys[0].releasedResults.minGroupSize = 5),
      ['surveys', 0, 'releasedResults', 'minGroupSize'],
      'notInDefinition',
    ],
    [
      'with a scenario the check lacks',
      (d: any) => (d.knowledgeChecks[0].releasedResults.overall.scenarios[1].key = 'sensitive-bsn-list'),
      ['knowledgeChecks', 0, 'releasedResults', 'overall', 'scenarios', 1],
      'notInDefinition',
    ],
    [
      'with an option too many',
      (d: any) => d.knowledgeChecks[0].releasedResults.overall.scenarios[0].chosen.push(0),
      ['knowledgeChecks', 0, 'releasedResults', 'overall', 'scenarios', 0, 'chosen'],
      'notInDefinition',
    ],
    [
      'with a department the check lacks',
      (d: any) => (d.knowledgeChecks[0].releasedResults.departments = [{ ...d.knowledgeChecks[0].releasedResults.overall, departmentId: 'lab' }]),
      ['knowledgeChecks', 0, 'releasedResults', 'departments', 0, 'departmentId'],
      'notInDefinition',
    ],
  ])('names results %s', (_, change, path, message) => {
    expect(changed(change)).toEqual([{ path, message }]);
  });
});
