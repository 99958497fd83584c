import { SCENARIO_CATALOGUE } from '#content/knowledge-scenarios.js';
import { checkDefinitionSchema, type CheckDefinition } from '#core/knowledge/definition.js';
import { checkResults, type CheckResults, type ResponseCell } from '#core/knowledge/results.js';
import type { CheckScore } from '#core/measurement/kpis.js';
import { knowledgePolicy } from '#core/policies/index.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { AppError, conflict, invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { answeredCount, fixingsAtOpening, releaseRules, visibleCount } from '../../security/release-rules.js';
import { randomToken } from '../../security/tokens.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import { loadProgramme } from '../programmes/access.js';
import { knowledgeRepository as repo, type KnowledgeCheckRow } from './repository.js';

/** What a team may send when it creates or changes a check: only the scenarios still offered. */
export const OfferedCheckDefinitionBody = checkDefinitionSchema(SCENARIO_CATALOGUE, { offered: true });

export interface CheckInput {
  title: string;
  /** The programme it serves as a step-3 measurement or step-4 training; null for none. */
  programmeId: string | null;
  /** Already checked against the scenarios still offered by the route. */
  definition: CheckDefinition;
}

/** Nothing before the check closes: results that change answer by answer would show each answer. */
export type ResultsView = { available: false; responses: number; countRounded: boolean } | ({ available: true } & CheckResults);

const present = (row: KnowledgeCheckRow, counts: { n: number; beforeToday: number }) => ({
  id: row.id,
  title: row.title,
  programmeId: row.programmeId,
  status: row.status,
  publicSlug: row.publicSlug,
  definition: row.definition,
  ...visibleCount(row, answeredCount(row, counts.n), counts.beforeToday),
  /** Fixed when the check opens; null for a draft. */
  minGroupSize: row.minGroupSize,
  createdAt: row.createdAt,
  openedAt: row.openedAt,
  closedAt: row.closedAt,
});

const NO_ANSWERS = { n: 0, beforeToday: 0 };

/**
 * The one view of a closed check's results that is ever released: by the minimum and noise fixed
 * when it opened or, for a check taken over from an export, as they were released there.
 */
async function released(db: Database, row: KnowledgeCheckRow, organisationMinimum: number): Promise<CheckResults> {
  if (row.releasedResults) return row.releasedResults;
  const { definition } = row;
  const { minimum, noise } = releaseRules(row, definition.departments.length > 0 ? 1 : 0, organisationMinimum);
  return checkResults(definition, SCENARIO_CATALOGUE, cellsOf(await repo.cells(db, row.id)), minimum, noise);
}

/** Stored department '' means "not asked or not said". */
const cellsOf = (rows: { department: string; answers: number[]; n: number }[]): ResponseCell[] =>
  rows.map((r) => ({ department: r.department === '' ? null : r.department, answers: r.answers, n: r.n }));

/** The team's side of knowledge checks: build, open, close, read results; every change audited. */
export function createKnowledgeService(db: Database, deps: { audit: AuditService; organisations: OrganisationService }) {
  const { audit } = deps;

  async function load(tx: Database, actor: SessionActor, id: string, rule: keyof typeof knowledgePolicy) {
    authorize(knowledgePolicy[rule], actor);
    const row = await repo.byId(tx, actor.organisationId, id);
    if (!row) throw notFound();
    return row;
  }

  /** A programme may be named only by someone who works on it; otherwise it is as if it did not exist. */
  async function checkProgramme(tx: Database, actor: SessionActor, programmeId: string | null) {
    if (programmeId === null) return;
    try {
      await loadProgramme(tx, actor, programmeId, 'work');
    } catch (error) {
      if (error instanceof AppError && (error.status === 403 || error.status === 404)) throw invalid('knowledgeProgrammeUnknown', 'programmeId');
      throw error;
    }
  }

  async function loadDraft(tx: Database, actor: SessionActor, id: string) {
    const row = await load(tx, actor, id, 'manage');
    if (row.status !== 'draft') throw conflict('knowledgeCheckNotDraft');
    return row;
  }

  return {
    /** The organisation's checks, and whether this user may build and run them (the page offers what the API allows). */
    async list(actor: SessionActor) {
      authorize(knowledgePolicy.read, actor);
      const rows = await repo.list(db, actor.organisationId, amsterdamDay());
      return { checks: rows.map((r) => present(r.check, { n: r.responses, beforeToday: r.beforeToday })), canManage: knowledgePolicy.manage(actor) };
    },

    async get(actor: SessionActor, id: string) {
      const row = await load(db, actor, id, 'read');
      return present(row, await repo.responses(db, id, amsterdamDay()));
    },

    create(actor: SessionActor, input: CheckInput) {
      authorize(knowledgePolicy.manage, actor);
      return db.transaction(async (tx) => {
        await checkProgramme(tx, actor, input.programmeId);
        const row = await repo.insert(tx, { ...input, organisationId: actor.organisationId, publicSlug: randomToken(16), createdBy: actor.userId });
        await audit.record(tx, asAuditActor(actor), { action: 'knowledgeCheck.create', entity: 'knowledge_check', entityId: row.id, after: input });
        return present(row, NO_ANSWERS);
      });
    },

    /** Only a draft changes: once open, everyone answers the same scenarios. */
    update(actor: SessionActor, id: string, input: CheckInput) {
      return db.transaction(async (tx) => {
        const before = await loadDraft(tx, actor, id);
        if (input.programmeId !== before.programmeId) await checkProgramme(tx, actor, input.programmeId);
        const row = await repo.update(tx, actor.organisationId, id, input);
        await audit.record(tx, asAuditActor(actor), {
          action: 'knowledgeCheck.update',
          entity: 'knowledge_check',
          entityId: id,
          before: { title: before.title, programmeId: before.programmeId, definition: before.definition },
          after: input,
        });
        return present(row, NO_ANSWERS);
      });
    },

    remove(actor: SessionActor, id: string) {
      return db.transaction(async (tx) => {
        const before = await loadDraft(tx, actor, id);
        await repo.remove(tx, actor.organisationId, id);
        await audit.record(tx, asAuditActor(actor), {
          action: 'knowledgeCheck.delete',
          entity: 'knowledge_check',
          entityId: id,
          before: { title: before.title },
        });
      });
    },

    open(actor: SessionActor, id: string) {
      return db.transaction(async (tx) => {
        await loadDraft(tx, actor, id);
        // The release rules are fixed now, before the first answer (docs/anonymity.md).
        const { minGroupSize } = await deps.organisations.byId(tx, actor.organisationId);
        const row = await repo.update(tx, actor.organisationId, id, { status: 'open', openedAt: new Date(), ...fixingsAtOpening(minGroupSize) });
        await audit.record(tx, asAuditActor(actor), {
          action: 'knowledgeCheck.open',
          entity: 'knowledge_check',
          entityId: id,
          before: { status: 'draft' },
          after: { status: 'open' },
        });
        return present(row, NO_ANSWERS);
      });
    },

    /**
     * Final, and counts the answers into the tally the results are read from. Waiting for the row
     * lock lets answers in flight land first, so every acknowledged one counts. The answers are then
     * rewritten in random order, so the database no longer shows when each arrived.
     */
    close(actor: SessionActor, id: string) {
      return db.transaction(async (tx) => {
        await load(tx, actor, id, 'manage');
        await repo.lockForClose(tx, id);
        const before = (await repo.byId(tx, actor.organisationId, id))!;
        if (before.status !== 'open') throw conflict('knowledgeCheckNotOpen');
        const row = await repo.update(tx, actor.organisationId, id, { status: 'closed', closedAt: new Date() });
        await repo.tally(tx, id);
        await repo.dropCounter(tx, id);
        const today = amsterdamDay();
        await repo.shuffleResponses(tx, id, today);
        await audit.record(tx, asAuditActor(actor), {
          action: 'knowledgeCheck.close',
          entity: 'knowledge_check',
          entityId: id,
          before: { status: 'open' },
          after: { status: 'closed' },
        });
        return present(row, await repo.responses(tx, id, today));
      });
    },

    /** Scores per scenario and per department once closed, with small groups withheld in here, not only in the page. */
    async results(actor: SessionActor, id: string): Promise<ResultsView> {
      const row = await load(db, actor, id, 'read');
      if (row.status !== 'closed') {
        const counts = await repo.responses(db, id, amsterdamDay());
        return { available: false, ...visibleCount(row, counts.n, counts.beforeToday) };
      }
      const { minGroupSize } = await deps.organisations.get(actor);
      return { available: true, ...(await released(db, row, minGroupSize)) };
    },

    /** A closed check's released results, as the organisation export carries them (for the transfer, which checked its caller). */
    async exportedResults(tx: Database, organisationId: string, checkId: string, organisationMinimum: number) {
      const row = await repo.byId(tx, organisationId, checkId);
      return row?.status === 'closed' ? released(tx, row, organisationMinimum) : null;
    },

    /** For the import of an export from before the tallies: counts a closed check's answers as closing does. */
    tally: (tx: Database, checkId: string) => repo.tally(tx, checkId),

    /** For an import: open checks' answer counters from the answers an older export carried. */
    recountOpen: (tx: Database, organisationId: string) => repo.recountOpen(tx, organisationId),

    /**
     * The closed checks linked to a programme with their mean score, under the same minimum as
     * their results. For callers that have already checked the programme (the KPIs of step 6).
     */
    async outcomes(tx: Database, organisationId: string, programmeId: string, organisationMinimum: number): Promise<CheckScore[]> {
      const rows = await repo.closedOfProgramme(tx, organisationId, programmeId);
      const outcomes: CheckScore[] = [];
      // One at a time: inside a transaction there is one connection.
      for (const row of rows) {
        const results = await released(tx, row, organisationMinimum);
        outcomes.push({ id: row.id, title: row.title, date: amsterdamDay(row.closedAt!), meanScore: results.overall?.meanScore ?? null });
      }
      return outcomes;
    },
  };
}
export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
