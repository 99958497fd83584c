import { describe, expect, it } from 'vitest';
import { SCENARIO_CATALOGUE } from '../../src/content/knowledge-scenarios.js';
import { answerRowIssues, type AnswerRows } from '../../src/core/export/answer-rows.js';
import { TABLES, organisationDocument } from '../../src/core/export/document.js';

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
      definition: {
        behaviour: 'melden',
        intro: text(''),
        scale: 5,
        items: ['s1', 's2'].map((id) => ({ id, factor: 'C-psy', text: text(id), bankId: null })),
        groups: [{ id: 'department', question: text('Afdeling?'), options: [{ id: 'a', label: text('A') }, { id: 'b', label: text('B') }] }],
      },
    },
  ],
  surveyTallies: [{ surveyId: S, groups: ['a'], counts: [0, 1, 0, 0, 0, 0, 0, 0, 0, 1] }],
  surveyResponses: [{ surveyId: S, groups: [null], answers: [2, 5] }],
  knowledgeChecks: [{ id: K, definition: { scenarios: [first, second], departments: [{ id: 'ic', name: 'IC' }, { id: 'cardio', name: 'Cardio' }] } }],
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

  it.each([
    ['a tally with counts for another scale', corrupt('surveyTallies', 'counts', Array(14).fill(0)), ['surveyTallies', 0, 'counts'], 'answerCount', 10],
    ['a tally with a group too many', corrupt('surveyTallies', 'groups', ['a', null]), ['surveyTallies', 0, 'groups'], 'answerCount', 1],
    ['a tally with an option the question lacks', corrupt('surveyTallies', 'groups', ['c']), ['surveyTallies', 0, 'groups', 0], 'notInDefinition', undefined],
    ['a response with a statement too few', corrupt('surveyResponses', 'answers', [2]), ['surveyResponses', 0, 'answers'], 'answerCount', 2],
    ['a response off the scale', corrupt('surveyResponses', 'answers', [2, 6]), ['surveyResponses', 0, 'answers', 1], 'notInDefinition', undefined],
    ['a response with no answer (0)', corrupt('surveyResponses', 'answers', [0, 3]), ['surveyResponses', 0, 'answers', 0], 'notInDefinition', undefined],
    ['a response without its group', corrupt('surveyResponses', 'groups', []), ['surveyResponses', 0, 'groups'], 'answerCount', 1],
    ['a check tally with a scenario too many', corrupt('knowledgeCheckTallies', 'answers', [0, 0, 0]), ['knowledgeCheckTallies', 0, 'answers'], 'answerCount', 2],
    ['a check tally with an option past the last', corrupt('knowledgeCheckTallies', 'answers', [0, options]), ['knowledgeCheckTallies', 0, 'answers', 1], 'notInDefinition', undefined],
    ['a check tally with an unknown department', corrupt('knowledgeCheckTallies', 'department', 'longziekten'), ['knowledgeCheckTallies', 0, 'department'], 'notInDefinition', undefined],
    ['a check response with a negative option', corrupt('knowledgeCheckResponses', 'answers', [-1, 0]), ['knowledgeCheckResponses', 0, 'answers', 0], 'notInDefinition', undefined],
    ['a check response with a scenario too few', corrupt('knowledgeCheckResponses', 'answers', [1]), ['knowledgeCheckResponses', 0, 'answers'], 'answerCount', 2],
    ['a check response with an unknown department', corrupt('knowledgeCheckResponses', 'department', 'x'), ['knowledgeCheckResponses', 0, 'department'], 'notInDefinition', undefined],
  ])('names %s', (_, document, path, message, expected) => {
    expect(answerRowIssues(document, SCENARIO_CATALOGUE)).toEqual([{ path, message, ...(expected === undefined ? {} : { params: { expected } }) }]);
  });

  it('leaves rows of a survey it cannot read to the checks that name that survey', () => {
    const document = corrupt('surveyTallies', 'counts', [1]);
    document.surveys = [{ id: S, definition: { items: 'geen lijst' } }];
    expect(answerRowIssues(document, SCENARIO_CATALOGUE)).toEqual([]);
  });

  it('are part of the document an import reads, with the path of the field', () => {
    const { surveys, surveyTallies, surveyResponses, knowledgeChecks, knowledgeCheckTallies, knowledgeCheckResponses } = corrupt('surveyTallies', 'counts', [1]);
    const at = '2026-01-05T10:00:00.000Z';
    const result = organisationDocument(SCENARIO_CATALOGUE).safeParse({
      format: 'wegwijs-organisation',
      version: 1,
      exportedAt: at,
      organisation: { name: 'Ziekenhuis Oost', minGroupSize: 5, defaultLocale: 'nl', breachReportRequiresLogin: false, surveyResponsesMonths: null },
      ...Object.fromEntries(TABLES.map(({ key }) => [key, []])),
      programmes: [{ id: P, title: 'Wegwijzer', problem: '', status: 'active', createdBy: null, createdAt: at, updatedAt: at }],
      surveys: surveys.map((s) => ({ ...s, programmeId: P, title: 'Nulmeting', status: 'closed', linkEnabled: true, createdBy: null, createdAt: at, openedAt: at, closedAt: at, baselineSurveyId: null })),
      surveyTallies: surveyTallies.map((t) => ({ ...t, n: 1 })),
      surveyResponses,
      knowledgeChecks: knowledgeChecks.map((c) => ({ ...c, programmeId: null, title: 'Check', status: 'closed', createdBy: null, createdAt: at, openedAt: at, closedAt: at })),
      knowledgeCheckTallies: knowledgeCheckTallies.map((t) => ({ ...t, n: 1 })),
      knowledgeCheckResponses: knowledgeCheckResponses.map((r) => ({ ...r, correct: 0 })),
    });
    expect(result.error?.issues).toMatchObject([{ code: 'custom', path: ['surveyTallies', 0, 'counts'], message: 'answerCount' }]);
  });
});
