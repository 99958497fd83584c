import { bctById } from '#content/bct-taxonomy.js';
import { INTERVENTION_LIBRARY, interventionById } from '#content/interventions.js';
import type { AuditEntity } from '#core/audit-entities.js';
import type { CombFactor } from '#core/comb.js';
import { combineRatings } from '#core/interventions/apease.js';
import {
  DOT_VOTES_PER_MEMBER,
  choiceMissing,
  plansMissing,
  shortlistMissing,
  techniquesUsed,
  toApeaseRating,
  type CandidateFields,
  type CandidateState,
  type DecisionInput,
  type Plan,
  type RatingInput,
} from '#core/interventions/candidates.js';
import { proposeFunctions, type InterventionFunction } from '#core/interventions/functions.js';
import type { OwnIntervention, TargetBehaviourTag } from '#core/interventions/library.js';
import type { Locale } from '#core/locale.js';
import { libraryPolicy, programmePolicy } from '#core/policies/index.js';
import { inSector, type Sector } from '#core/sector.js';
import { APEASE_CRITERIA } from '#core/interventions/apease.js';
import { get } from '#core/worksheets/index.js';
import type { Database } from '../../db/client.js';
import { AppError, conflict, invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { OrganisationService } from '../organisation/service.js';
import { loadProgramme } from '../programmes/access.js';
import { worksheetsOf, type SubstepRequirements, type SubstepsService } from '../programmes/substeps.service.js';
import { interventionsRepository as repo, type CandidateRow, type OwnInterventionRow, type RatingRow } from './repository.js';

/** A candidate comes from the library (by id) or is the team's own idea. */
export type CandidateInput = { libraryId: string } | CandidateFields;

/** The built-in library in one language, in the organisation's words for whom it cares for. */
const builtIn = (locale: Locale, sector: Sector) =>
  INTERVENTION_LIBRARY.map((i) => ({
    id: i.id,
    source: 'builtin' as const,
    title: inSector(i.title[locale], sector),
    description: inSector(i.description[locale], sector),
    example: inSector(i.example[locale], sector),
    functions: i.functions,
    factors: i.factors,
    fits: i.fits,
    effort: i.effort,
    bcts: i.bcts,
  }));

/**
 * The tag columns are text arrays; only values the input schemas (OwnIntervention, CandidateFields)
 * accept are written to them, so they are read back as those values.
 */
const tagsOf = (row: Pick<CandidateRow, 'functions' | 'factors'>) => ({
  functions: row.functions as InterventionFunction[],
  factors: row.factors as CombFactor[],
});

const presentOwn = (row: OwnInterventionRow) => ({
  id: row.id,
  source: 'own' as const,
  title: row.title,
  description: row.description,
  example: row.example,
  ...tagsOf(row),
  fits: row.fits as TargetBehaviourTag[],
  effort: row.effort,
  bcts: row.bcts,
});

const ratingOf = (row: RatingRow): RatingInput => ({
  ...(Object.fromEntries(APEASE_CRITERIA.map((c) => [c, row[c]])) as Record<(typeof APEASE_CRITERIA)[number], number | null>),
  note: row.note,
});

const stateOf = (row: CandidateRow, raters: number): CandidateState => ({
  title: row.title,
  shortlisted: row.shortlisted,
  decision: row.decision,
  raters,
  plan: row.plan,
});

/** Techniques must exist in the taxonomy; the first unknown one is named by its position. */
function checkTechniques(bcts: readonly string[]) {
  const unknown = bcts.findIndex((id) => !bctById(id));
  if (unknown >= 0) throw invalid('unknownTechnique', `bcts.${unknown}`);
}

/** Barriers must be entries of the programme's diagnosis (3.4). */
async function checkBarriers(tx: Database, programmeId: string, barrierIds: readonly string[]) {
  const known = new Set(get(await worksheetsOf(tx, programmeId), '3.4').entries.map((e) => e.id));
  const unknown = barrierIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalid('unknownBarrier', `barrierIds.${unknown}`);
}

/** Step 4's use-cases: the library, the candidates, dot voting, APEASE, the choice and the plans. */
/** The sub-steps whose completeness the candidates decide. */
const CANDIDATE_SUBSTEPS = ['4.2', '4.3', '4.4'] as const;

export function createInterventionsService(
  db: Database,
  deps: { audit: AuditService; substeps: SubstepsService; organisations: Pick<OrganisationService, 'sectorOf'> },
) {
  const { audit, substeps } = deps;
  const log = (tx: Database, actor: SessionActor, action: string, entity: AuditEntity, entityId: string, before: unknown, after: unknown) =>
    audit.record(tx, asAuditActor(actor), { action, entity, entityId, before, after });

  async function loadCandidate(tx: Database, actor: SessionActor, programmeId: string, id: string) {
    await loadProgramme(tx, actor, programmeId, 'work');
    const candidate = await repo.candidate(tx, actor.organisationId, programmeId, id);
    if (!candidate) throw notFound();
    return candidate;
  }

  /** Loads, changes and logs one candidate in one transaction. */
  function changeCandidate(
    actor: SessionActor,
    programmeId: string,
    id: string,
    action: string,
    change: (tx: Database, candidate: CandidateRow) => Promise<Partial<CandidateRow>>,
  ) {
    return db.transaction(async (tx) => {
      const candidate = await loadCandidate(tx, actor, programmeId, id);
      const changes = await change(tx, candidate);
      const updated = await repo.updateCandidate(tx, actor.organisationId, programmeId, id, changes);
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, candidate[k as keyof CandidateRow]]));
      await log(tx, actor, action, 'intervention_candidate', id, before, changes);
      await substeps.recheck(tx, actor, programmeId, CANDIDATE_SUBSTEPS);
      return { id: updated.id };
    });
  }

  async function ownOrThrow(tx: Database, actor: SessionActor, id: string) {
    authorize(libraryPolicy.edit, actor);
    const row = await repo.ownById(tx, actor.organisationId, id);
    if (!row) throw notFound();
    return row;
  }

  return {
    /** The functions the BCW matrices propose for the barriers of 3.4 (entries with a factor, and their TDF domain if any). */
    async proposedFunctions(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      const barriers = get(await worksheetsOf(db, programmeId), '3.4').entries.flatMap((e) =>
        e.kind === 'barrier' && e.factor ? [{ id: e.id, factor: e.factor, tdf: e.tdf, description: e.description, weight: e.weight }] : [],
      );
      return { barriers: barriers.length, proposals: proposeFunctions(barriers) };
    },

    /** The built-in library in the reader's language, then the organisation's own interventions. */
    async library(actor: SessionActor, locale: Locale) {
      authorize(libraryPolicy.read, actor);
      const own = await repo.ownList(db, actor.organisationId);
      return {
        interventions: [...builtIn(locale, await deps.organisations.sectorOf(actor.organisationId)), ...own.map(presentOwn)],
        canEdit: libraryPolicy.edit(actor),
      };
    },

    createOwn(actor: SessionActor, input: OwnIntervention) {
      authorize(libraryPolicy.edit, actor);
      checkTechniques(input.bcts);
      return db.transaction(async (tx) => {
        const row = await repo.ownInsert(tx, { ...input, organisationId: actor.organisationId, createdBy: actor.userId });
        await log(tx, actor, 'intervention.create', 'intervention', row.id, null, input);
        return presentOwn(row);
      });
    },

    updateOwn(actor: SessionActor, id: string, input: OwnIntervention) {
      checkTechniques(input.bcts);
      return db.transaction(async (tx) => {
        const before = await ownOrThrow(tx, actor, id);
        const row = await repo.ownUpdate(tx, actor.organisationId, id, input);
        await log(tx, actor, 'intervention.update', 'intervention', id, presentOwn(before), input);
        return presentOwn(row);
      });
    },

    /** Programmes keep their copies of it. */
    removeOwn(actor: SessionActor, id: string) {
      return db.transaction(async (tx) => {
        const before = await ownOrThrow(tx, actor, id);
        await repo.ownRemove(tx, actor.organisationId, id);
        await log(tx, actor, 'intervention.delete', 'intervention', id, presentOwn(before), null);
      });
    },

    /**
     * The programme's candidates with their dots, every member's ratings and the combined APEASE
     * view, plus the caller's dots left and the techniques the chosen interventions use.
     */
    async list(actor: SessionActor, programmeId: string) {
      const { programme, ref } = await loadProgramme(db, actor, programmeId, 'read');
      const [rows, votes, ratings] = await Promise.all([
        repo.candidates(db, actor.organisationId, programme.id),
        repo.votes(db, programme.id),
        repo.ratings(db, actor.organisationId, programme.id),
      ]);
      const candidates = rows.map((row) => {
        const mine = ratings.filter((r) => r.rating.candidateId === row.id);
        const own = mine.find((r) => r.rating.userId === actor.userId);
        return {
          id: row.id,
          libraryId: row.libraryId,
          title: row.title,
          description: row.description,
          ...tagsOf(row),
          bcts: row.bcts,
          barrierIds: row.barrierIds,
          shortlisted: row.shortlisted,
          decision: row.decision,
          rationale: row.rationale,
          plan: row.plan,
          votes: votes.filter((v) => v.candidateId === row.id).length,
          myVote: votes.some((v) => v.candidateId === row.id && v.userId === actor.userId),
          myRating: own ? ratingOf(own.rating) : null,
          ratings: mine.map((r) => ({ userId: r.rating.userId, name: r.name, ...ratingOf(r.rating) })),
          apease: combineRatings(row.id, mine.map((r) => ratingOf(r.rating)).map(toApeaseRating)),
        };
      });
      const used = votes.filter((v) => v.userId === actor.userId).length;
      return {
        candidates,
        votesPerMember: DOT_VOTES_PER_MEMBER,
        votesLeft: programmePolicy.work(actor, ref) ? DOT_VOTES_PER_MEMBER - used : 0,
        techniques: techniquesUsed(candidates.filter((c) => c.decision === 'chosen')),
      };
    },

    /** A library intervention is copied in the language of whoever adds it: the team's working language. */
    add(actor: SessionActor, programmeId: string, input: CandidateInput, locale: Locale) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const fields = 'libraryId' in input ? await fromLibrary(tx, actor, input.libraryId, locale) : { libraryId: null, ...input };
        checkTechniques(fields.bcts);
        await checkBarriers(tx, programmeId, fields.barrierIds);
        const row = await repo.insertCandidate(tx, { ...fields, organisationId: actor.organisationId, programmeId, createdBy: actor.userId });
        await log(tx, actor, 'candidate.create', 'intervention_candidate', row.id, null, fields);
        return { id: row.id };
      });
    },

    update(actor: SessionActor, programmeId: string, id: string, input: CandidateFields) {
      checkTechniques(input.bcts);
      return changeCandidate(actor, programmeId, id, 'candidate.update', async (tx) => {
        await checkBarriers(tx, programmeId, input.barrierIds);
        return input;
      });
    },

    remove(actor: SessionActor, programmeId: string, id: string) {
      return db.transaction(async (tx) => {
        const candidate = await loadCandidate(tx, actor, programmeId, id);
        await repo.removeCandidate(tx, actor.organisationId, programmeId, id);
        await log(tx, actor, 'candidate.delete', 'intervention_candidate', id, { title: candidate.title, decision: candidate.decision }, null);
        await substeps.recheck(tx, actor, programmeId, CANDIDATE_SUBSTEPS);
      });
    },

    /** Places or takes back the caller's dot; each member has DOT_VOTES_PER_MEMBER per programme. */
    vote(actor: SessionActor, programmeId: string, id: string, on: boolean) {
      return db.transaction(async (tx) => {
        await loadCandidate(tx, actor, programmeId, id);
        await repo.lockVoter(tx, programmeId, actor.userId);
        if (on) {
          if ((await repo.votesOf(tx, programmeId, actor.userId)) >= DOT_VOTES_PER_MEMBER)
            throw new AppError(409, 'votesUsedUp', undefined, { max: DOT_VOTES_PER_MEMBER });
          if (await repo.vote(tx, { candidateId: id, userId: actor.userId, organisationId: actor.organisationId, programmeId })) {
            await log(tx, actor, 'candidate.vote', 'intervention_candidate', id, null, { vote: true });
          }
        } else if (await repo.unvote(tx, id, actor.userId)) {
          await log(tx, actor, 'candidate.unvote', 'intervention_candidate', id, { vote: true }, null);
        }
        return { votesLeft: DOT_VOTES_PER_MEMBER - (await repo.votesOf(tx, programmeId, actor.userId)) };
      });
    },

    shortlist(actor: SessionActor, programmeId: string, id: string, shortlisted: boolean) {
      return changeCandidate(actor, programmeId, id, 'candidate.shortlist', async () => ({ shortlisted }));
    },

    /** The caller's own APEASE ratings of a candidate; each member rates for themselves. */
    rate(actor: SessionActor, programmeId: string, id: string, input: RatingInput) {
      return db.transaction(async (tx) => {
        await loadCandidate(tx, actor, programmeId, id);
        const before = await repo.rating(tx, id, actor.userId);
        await repo.upsertRating(tx, { ...input, candidateId: id, userId: actor.userId, organisationId: actor.organisationId });
        await log(tx, actor, 'candidate.rate', 'intervention_candidate', id, before ? ratingOf(before) : null, input);
        return { id };
      });
    },

    /** Chosen or rejected, with the reason (4.3); a rejected candidate loses its plan. */
    decide(actor: SessionActor, programmeId: string, id: string, input: DecisionInput) {
      return changeCandidate(actor, programmeId, id, 'candidate.decide', async (_tx, candidate) => ({
        decision: input.decision,
        rationale: input.rationale,
        ...(input.decision !== 'chosen' && candidate.plan ? { plan: null } : {}),
      }));
    },

    /** Whether an intervention of the programme was chosen, for actions that serve it (step 5). */
    async isChosen(tx: Database, organisationId: string, programmeId: string, id: string) {
      return (await repo.candidate(tx, organisationId, programmeId, id))?.decision === 'chosen';
    },

    /** The chosen interventions with the indicators their plans (4.4) name, for the KPIs of step 6. */
    async chosenIndicators(tx: Database, organisationId: string, programmeId: string) {
      const rows = await repo.candidates(tx, organisationId, programmeId);
      return rows.filter((r) => r.decision === 'chosen').map((r) => ({ id: r.id, title: r.title, indicators: r.plan?.indicators ?? [] }));
    },

    /** The concrete plan (4.4) of a chosen intervention. */
    plan(actor: SessionActor, programmeId: string, id: string, plan: Plan) {
      return changeCandidate(actor, programmeId, id, 'candidate.plan', async (_tx, candidate) => {
        if (candidate.decision !== 'chosen') throw conflict('candidateNotChosen', 'decision');
        return { plan };
      });
    },
  };

  async function fromLibrary(tx: Database, actor: SessionActor, libraryId: string, locale: Locale) {
    const item = interventionById(libraryId);
    if (item) {
      const sector = await deps.organisations.sectorOf(actor.organisationId, tx);
      return {
        libraryId,
        title: inSector(item.title[locale], sector),
        description: inSector(item.description[locale], sector),
        functions: item.functions,
        factors: item.factors,
        bcts: item.bcts,
        barrierIds: [],
      };
    }
    const own = /^[0-9a-f-]{36}$/i.test(libraryId) ? await repo.ownById(tx, actor.organisationId, libraryId) : undefined;
    if (!own) throw invalid('unknownIntervention', 'libraryId');
    return { libraryId, title: own.title, description: own.description, functions: own.functions, factors: own.factors, bcts: own.bcts, barrierIds: [] };
  }
}
export type InterventionsService = ReturnType<typeof createInterventionsService>;

/** What keeps 4.2–4.4 from "done", read from the programme's candidates. */
export const interventionRequirements: SubstepRequirements = {
  '4.2': async (tx, org, id) => shortlistMissing(await states(tx, org, id)),
  '4.3': async (tx, org, id) => choiceMissing(await states(tx, org, id)),
  '4.4': async (tx, org, id) => plansMissing(await states(tx, org, id)),
};

async function states(tx: Database, organisationId: string, programmeId: string) {
  // One after the other: a transaction is one connection, which runs one query at a time.
  const rows = await repo.candidates(tx, organisationId, programmeId);
  const ratings = await repo.ratings(tx, organisationId, programmeId);
  return rows.map((row) => stateOf(row, ratings.filter((r) => r.rating.candidateId === row.id).length));
}
