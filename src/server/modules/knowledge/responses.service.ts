import { SCENARIO_CATALOGUE, scenarioByKey } from '#content/knowledge-scenarios.js';
import { checkResponseSchema, storedResponse, type CheckDefinition, type CheckResponse } from '#core/knowledge/definition.js';
import { displayOrder } from '#core/knowledge/display-order.js';
import { correctCount, percentRight, rightOptions, scoredCount } from '#core/knowledge/scoring.js';
import { allInSector, readSector } from '#core/sector.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { AppError, notFound } from '../../errors.js';
import { bodyPartParser } from '../../http/validate.js';
import { groupCommit, type AnswerIntake } from '../../db/group-commit.js';
import { breachReportPath, type OrganisationService } from '../organisation/service.js';
import { knowledgeRepository as repo } from './repository.js';

/** A check as the answering side uses it; its definition never changes once it is open. */
interface FrozenCheck {
  id: string;
  organisationId: string;
  title: string;
  definition: CheckDefinition;
  /** Null for a withdrawn scenario: answered and explained, but not scored. */
  rights: (number | null)[];
  parseAnswers: (value: unknown) => CheckResponse['answers'];
  parseDepartment: (value: unknown) => CheckResponse['department'];
}

type StoredCheckResponse = Parameters<typeof repo.insertResponses>[1][number];

export interface SubmittedCheck {
  answers: unknown;
  department?: unknown;
}

/**
 * The anonymous side of knowledge checks: no account, no session, no audit entry (an entry per
 * answer would itself be the exact time). A response keeps the chosen options, the score and the day.
 */
export function createKnowledgeResponsesService(db: Database, deps: { intake: AnswerIntake; organisations: OrganisationService }) {
  // Answers are written in batches per check under load (group commit, as survey answers are).
  const intake = groupCommit((rows: StoredCheckResponse[]) => repo.insertResponses(db, rows), { ...deps.intake, keyOf: (r) => r.checkId });
  // Opened checks are frozen, so their definition and schemas can be kept; the status is
  // checked in the database on every answer, so closing works across app instances.
  const frozen = new Map<string, FrozenCheck>();

  async function load(slug: string): Promise<FrozenCheck> {
    const cached = frozen.get(slug);
    if (cached) return cached;
    const row = await repo.bySlug(db, slug);
    if (!row || row.status === 'draft') throw notFound();
    const { definition } = row;
    const schema = checkResponseSchema(definition, SCENARIO_CATALOGUE);
    const check: FrozenCheck = {
      id: row.id,
      organisationId: row.organisationId,
      title: row.title,
      definition,
      rights: rightOptions(definition, SCENARIO_CATALOGUE),
      parseAnswers: bodyPartParser(schema.answers, 'answers') as FrozenCheck['parseAnswers'],
      parseDepartment: bodyPartParser(schema.department, 'department') as FrozenCheck['parseDepartment'],
    };
    if (frozen.size > 1_000) frozen.clear();
    frozen.set(slug, check);
    return check;
  }

  return {
    /**
     * The scenarios in both languages (the page switches), without the right answers or sources.
     * `order` is how the page lays out the options (src/core/knowledge/display-order.ts); answers
     * still name an option by its index in `options`, as stored answers and tallies do. With the
     * organisation's name, and the path of its breach report form for the feedback to point to.
     * The scenarios speak the organisation's word for whom it cares for (src/core/sector.ts).
     */
    async check(slug: string) {
      const check = await load(slug);
      const { status, organisationId } = (await repo.bySlug(db, slug))!;
      const organisation = await deps.organisations.byId(db, organisationId);
      const sector = readSector(organisation.sector);
      return {
        title: check.title,
        organisation: organisation.name,
        breachReportPath: breachReportPath(organisation.breachSlug),
        status,
        departments: check.definition.departments,
        scenarios: check.definition.scenarios.map((key) => {
          const s = allInSector(scenarioByKey(key)!, sector);
          return {
            key,
            kind: s.kind,
            situation: s.situation,
            question: s.question,
            options: s.options,
            order: displayOrder(s.options.length, `${slug}/${key}`),
          };
        }),
      };
    },

    /**
     * Stores one response and returns, per scenario, the right option, why, and the source of the
     * rule, so the staff member learns. A withdrawn scenario has no right option (null) and is left
     * out of the score: `correct` of `total` counts the scored scenarios only, as stored.
     */
    async submit(slug: string, input: SubmittedCheck) {
      const check = await load(slug);
      const response: CheckResponse = { answers: check.parseAnswers(input.answers), department: check.parseDepartment(input.department) };
      const stored = storedResponse(check.definition, response);
      const correct = correctCount(check.rights, stored.answers);
      if (!(await intake.add({ checkId: check.id, day: amsterdamDay(), ...stored, correct }))) throw new AppError(409, 'knowledgeCheckClosed');
      const total = scoredCount(check.rights);
      const sector = await deps.organisations.sectorOf(check.organisationId);
      return {
        correct,
        total,
        score: total === 0 ? null : percentRight(correct, total),
        feedback: check.rights.map((right, i) => {
          const key = check.definition.scenarios[i]!;
          const s = scenarioByKey(key)!;
          return { key, chosen: stored.answers[i]!, right, explanation: allInSector(s.feedback, sector), source: s.source };
        }),
      };
    },
  };
}
export type KnowledgeResponsesService = ReturnType<typeof createKnowledgeResponsesService>;
