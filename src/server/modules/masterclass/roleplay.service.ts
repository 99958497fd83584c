import { z } from 'zod';
import { COMB_FACTOR_TEXT, interviewGuideTemplates } from '#content/comb.js';
import { roleplayDefaultQuestions } from '#content/masterclass/default-questions.js';
import { OBSERVER_CHECKLIST, OBSERVER_SCORE_LABELS } from '#content/masterclass/observer-checklist.js';
import { PERSONAS, type Persona } from '#content/masterclass/personas.js';
import { ROLEPLAY_ROLE_TEXT } from '#content/masterclass/roles.js';
import { COMB_FACTORS } from '#core/comb.js';
import type { Locale, LocalizedText } from '#core/locale.js';
import {
  assignRoles,
  interviewerGuide,
  OBSERVER_CRITERIA,
  OBSERVER_SCORES,
  ObserverScoresInput,
  pickPersona,
  summariseScores,
  type RoleplayRole,
  type ScoreSummary,
} from '#core/masterclass/roleplay.js';
import { cohortPolicy } from '#core/policies/index.js';
import { interviewScripts, type FactorResearch } from '#core/research/interviews.js';
import { inSector } from '#core/sector.js';
import { get } from '#core/worksheets/index.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import type { AuditActor, AuditService } from '../audit/service.js';
import type { OrganisationService } from '../organisation/service.js';
import type { SubstepsService } from '../programmes/substeps.service.js';
import { loadCohort, type CohortAccess } from './access.js';
import { logCrossRead } from './read-log.js';
import { masterclassRepository } from './repository.js';
import { roleplayRepository as repo, type RoundRow } from './roleplay.repository.js';

/**
 * The interview practice of the masterclass (issue 21 point 5; rules in src/core/masterclass/roleplay.ts,
 * texts in src/content/masterclass): rounds for three people of one subgroup, often of two
 * organisations. Each of the three sees only what their role may (`view`); trainers see only that
 * rounds happened, and a summary where the interviewer shared it. Anyone outside a round gets 404.
 */

const PEOPLE = ['interviewerId', 'colleagueId', 'observerId'] as const;
const ROLE_OF_FIELD = { interviewerId: 'interviewer', colleagueId: 'colleague', observerId: 'observer' } as const;

/** Three named people of the subgroup, or the round number whose rotation (`assignRoles`) picks them. */
export const RoundInput = z
  .object({
    interviewerId: z.uuid().optional(),
    colleagueId: z.uuid().optional(),
    observerId: z.uuid().optional(),
    round: z.number().int().min(0).max(999).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.round !== undefined) return;
    const seen = new Set<string>();
    for (const field of PEOPLE) {
      const id = input[field];
      if (id === undefined) ctx.addIssue({ code: 'custom', message: 'required', path: [field] });
      else if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: [field] });
      else seen.add(id);
    }
  });
export type RoundInput = z.infer<typeof RoundInput>;

export const ShareInput = z.object({ sharedWithTrainers: z.boolean() }).strict();
export type ShareInput = z.infer<typeof ShareInput>;

/** Why the interviewer practises with the content's questions instead of their programme's guide. */
type GuideFallback = 'emptyGuide' | 'otherBehaviour' | 'guideUnreadable';

type Person = Awaited<ReturnType<typeof repo.people>>[number];
type Cast = Record<RoleplayRole, Person>;

/**
 * The subgroup's people dealt round-robin over their organisations (A1, B1, A2, …), so that the
 * rotation puts people of different organisations next to each other as interviewer and colleague.
 */
function dealt(people: readonly Person[]): Person[] {
  const byParticipation = new Map<string, Person[]>();
  for (const p of people) byParticipation.set(p.participationId, [...(byParticipation.get(p.participationId) ?? []), p]);
  const groups = [...byParticipation.values()];
  const longest = Math.max(0, ...groups.map((g) => g.length));
  return Array.from({ length: longest }, (_, i) => groups.flatMap((g) => (g[i] ? [g[i]] : []))).flat();
}

function castOf(people: readonly Person[], input: RoundInput): Cast {
  if (input.round !== undefined) {
    const named = PEOPLE.find((field) => input[field] !== undefined);
    if (named) throw invalid('roleplayRoundOrPeople', named);
    const order = dealt(people);
    const roles = assignRoles(
      order.map((p) => p.userId),
      input.round,
    );
    if (!roles) throw invalid('roleplayTooFew', 'round');
    // With more than three, everyone after the colleague observes; the round records the first of them.
    const at = roles.findIndex((r) => r.role === 'interviewer');
    const k = order.length;
    return { interviewer: order[at]!, colleague: order[(at + 1) % k]!, observer: order[(at + 2) % k]! };
  }
  const cast = {} as Cast;
  for (const field of PEOPLE) {
    const person = people.find((p) => p.userId === input[field]);
    if (!person) throw invalid('roleplayNotInSubgroup', field);
    cast[ROLE_OF_FIELD[field]] = person;
  }
  return cast;
}

/** Compares behaviour phrases as people type them: case, spacing, quotes and a closing full stop do not matter. */
const phrase = (text: string) =>
  text
    .toLowerCase()
    .replace(/["'“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
const sameBehaviour = (guide: string, persona: LocalizedText) => Object.values(persona).some((text) => phrase(text) === phrase(guide));

/** What trainers may see of shared scores: the summary, without the observer's notes (those are for the interviewer). */
const withoutNotes = (summary: ScoreSummary): ScoreSummary => ({
  ...summary,
  perCriterion: summary.perCriterion.map(({ criterion, score }) => ({ criterion, score })),
});

/** The content's questions for the persona's behaviour, in the persona's sector, with the standard opening and closing. */
function defaultGuide(persona: Persona, locale: Locale) {
  const behaviour = persona.behaviour[locale];
  const scripts = interviewScripts(interviewGuideTemplates(locale, persona.sector), behaviour);
  return interviewerGuide({ behaviour, ...scripts, questions: [], tips: [] }, roleplayDefaultQuestions(locale, persona.sector, behaviour));
}

/** The caller's role in a round, or null when they are not one of its three people. */
const roleIn = (round: RoundRow, userId: string): RoleplayRole | null =>
  round.interviewerId === userId ? 'interviewer' : round.colleagueId === userId ? 'colleague' : round.observerId === userId ? 'observer' : null;

const storedScores = (row: RoundRow) => (row.scores === null ? null : (ObserverScoresInput.safeParse(row.scores).data ?? null));

export function createRoleplayService(
  db: Database,
  deps: { audit: AuditService; substeps: SubstepsService; organisations: Pick<OrganisationService, 'sectorOf'> },
) {
  const { audit } = deps;

  /** The round is its interviewer's organisation's: entries by someone of another organisation name where they come from. */
  /** Inside a transaction `tx` must be that transaction: PGlite has one connection, so a read on `db` would wait for it for ever. */
  async function auditActor(tx: Database, actor: SessionActor, organisationId: string): Promise<AuditActor> {
    if (organisationId === actor.organisationId) return { userId: actor.userId, organisationId, name: actor.name };
    return { userId: actor.userId, organisationId, name: `${actor.name} (${await masterclassRepository.trainingOrganisationName(tx, actor.organisationId)})` };
  }

  /** The programme's own guide, its opening and closing filled in when the team left them empty (as the 3.2 export does). */
  async function programmeGuide(actor: SessionActor, saved: { guide: FactorResearch['guide']; behaviour: string }, locale: Locale) {
    const scripts = interviewScripts(interviewGuideTemplates(locale, await deps.organisations.sectorOf(actor.organisationId)), saved.behaviour);
    return interviewerGuide({
      ...saved.guide,
      behaviour: saved.behaviour,
      opening: saved.guide.opening || scripts.opening,
      closing: saved.guide.closing || scripts.closing,
    });
  }

  async function peopleOf(row: RoundRow) {
    const ids = [row.interviewerId, row.colleagueId, row.observerId].flatMap((id) => (id ? [id] : []));
    const names = ids.length === 0 ? [] : await repo.names(db, ids);
    const player = (id: string | null) => names.find((n) => n.userId === id) ?? null;
    return { interviewer: player(row.interviewerId), colleague: player(row.colleagueId), observer: player(row.observerId) };
  }

  /** The caller's subgroup in a cohort they may read: 404 unless their organisation's participation is one of its members. */
  async function ownSubgroup(actor: SessionActor, cohortId: string, subgroupId: string) {
    const access = await loadCohort(db, actor, cohortId, 'read');
    const subgroup = await repo.subgroup(db, cohortId, subgroupId);
    if (!subgroup || !access.own || !(await repo.isMember(db, subgroupId, access.own.id))) throw notFound();
    return { access, subgroup, own: access.own };
  }

  /** A round and the caller's role in it: anyone who is not one of its three people gets 404. */
  async function loadRound(actor: SessionActor, cohortId: string, roundId: string) {
    const access = await loadCohort(db, actor, cohortId, 'read');
    const round = await repo.round(db, cohortId, roundId);
    const role = round ? roleIn(round, actor.userId) : null;
    if (!round || !role) throw notFound();
    return { access, round, role };
  }

  /**
   * The interviewer's guide: their own programme's 3.2 guide when it has questions and is about the
   * persona's behaviour; otherwise the content's default questions for the persona's behaviour (guide
   * questions about another behaviour would read oddly to the colleague). Read as the interviewer,
   * in their own organisation: the colleague and observer never get the guide.
   */
  async function guideFor(actor: SessionActor, access: CohortAccess, round: RoundRow, persona: Persona, locale: Locale) {
    let saved: { guide: FactorResearch['guide']; behaviour: string } | null = null;
    if (access.own?.id === round.participationId) {
      try {
        const { worksheets } = await deps.substeps.worksheets(actor, access.own.row.programmeId);
        const guide = get(worksheets, '3.2').guide;
        saved = { guide, behaviour: guide.behaviour || get(worksheets, '2.3').action };
      } catch (error) {
        // Taken off the programme's core team since joining: practise with the defaults.
        if (!(error instanceof AppError) || (error.status !== 403 && error.status !== 404)) throw error;
      }
    }
    const reason: GuideFallback | null = !saved
      ? 'guideUnreadable'
      : saved.guide.questions.length === 0
        ? 'emptyGuide'
        : sameBehaviour(saved.behaviour, persona.behaviour)
          ? null
          : 'otherBehaviour';
    const guide = saved && reason === null ? await programmeGuide(actor, saved, locale) : defaultGuide(persona, locale);
    return {
      source: reason === null ? ('programme' as const) : ('defaults' as const),
      reason,
      behaviour: guide.behaviour,
      opening: guide.opening,
      closing: guide.closing,
      questionsByFactor: guide.questionsByFactor.map(({ factor, questions }) => ({
        factor,
        name: COMB_FACTOR_TEXT[factor].name[locale],
        questions: questions.map(({ id, text }) => ({ id, text })),
      })),
      factorsWithoutQuestions: guide.factorsWithoutQuestions,
    };
  }

  return {
    /**
     * Starts a round in the caller's subgroup: three people of it, named or by rotation, and a persona
     * of the interviewer's organisation's sector. The round is the interviewer's organisation's.
     */
    async start(actor: SessionActor, cohortId: string, subgroupId: string, input: RoundInput) {
      const { access, own } = await ownSubgroup(actor, cohortId, subgroupId);
      authorize(cohortPolicy.participate, actor, access.ref, own);
      const cast = castOf(await repo.people(db, subgroupId), input);
      const sector = await deps.organisations.sectorOf(cast.interviewer.organisationId);
      const personaKey = pickPersona(PERSONAS, sector, `${subgroupId}:${await repo.roundsInSubgroup(db, subgroupId)}`)!;
      const round = await db.transaction(async (tx) => {
        const row = await repo.insertRound(tx, {
          organisationId: cast.interviewer.organisationId,
          cohortId,
          subgroupId,
          participationId: cast.interviewer.participationId,
          interviewerId: cast.interviewer.userId,
          colleagueId: cast.colleague.userId,
          observerId: cast.observer.userId,
          personaKey,
        });
        await audit.record(tx, await auditActor(tx, actor, row.organisationId), {
          action: 'cohort.roleplay.start',
          entity: 'cohort_share',
          entityId: row.participationId,
          after: { cohort: access.cohort.name, roundId: row.id, persona: personaKey },
        });
        return row;
      });
      return { id: round.id, subgroupId, createdAt: round.createdAt, people: await peopleOf(round) };
    },

    /** The subgroup's people, and the rounds the caller plays in: how the colleague and the observer find their round. */
    async subgroupRounds(actor: SessionActor, cohortId: string, subgroupId: string) {
      const { subgroup } = await ownSubgroup(actor, cohortId, subgroupId);
      const [people, rounds] = await Promise.all([repo.people(db, subgroupId), repo.roundsOfSubgroup(db, subgroupId)]);
      const mine = [];
      for (const round of rounds) {
        const you = roleIn(round, actor.userId);
        if (you) mine.push({ id: round.id, createdAt: round.createdAt, you, people: await peopleOf(round), scored: round.scoredAt !== null });
      }
      return {
        subgroupId,
        name: subgroup.name,
        people: people.map(({ userId, name, organisationName }) => ({ userId, name, organisationName })),
        roundsPlayed: rounds.length,
        rounds: mine,
      };
    },

    /** One round as the caller's role may see it (RoundView in src/contract/masterclass-roleplay.ts). */
    async view(actor: SessionActor, cohortId: string, roundId: string, locale: Locale) {
      const { access, round, role } = await loadRound(actor, cohortId, roundId);
      const persona = PERSONAS.find((p) => p.key === round.personaKey);
      const subgroup = await repo.subgroup(db, cohortId, round.subgroupId);
      if (!persona || !subgroup) throw notFound();
      const text = (t: LocalizedText) => inSector(t[locale], persona.sector);
      const scores = storedScores(round);
      const debrief = scores !== null;
      const seesChecklist = role === 'observer' || (role === 'interviewer' && debrief);
      return {
        id: round.id,
        cohortId,
        subgroupId: round.subgroupId,
        subgroupName: subgroup.name,
        createdAt: round.createdAt,
        you: role,
        task: text(ROLEPLAY_ROLE_TEXT[role].task),
        people: await peopleOf(round),
        persona: {
          key: persona.key,
          name: persona.name,
          sector: persona.sector,
          role: text(persona.role),
          situation: text(persona.situation),
          behaviour: text(persona.behaviour),
        },
        briefing: role === 'colleague' ? text(persona.briefing) : null,
        hiddenFactors:
          role === 'colleague' || debrief
            ? COMB_FACTORS.map((factor) => ({
                factor,
                name: COMB_FACTOR_TEXT[factor].name[locale],
                kind: persona.factors[factor].kind,
                reveals: text(persona.factors[factor].reveals),
              }))
            : null,
        guide: role === 'interviewer' ? await guideFor(actor, access, round, persona, locale) : null,
        checklist: seesChecklist
          ? OBSERVER_CRITERIA.map((criterion) => ({
              criterion,
              label: OBSERVER_CHECKLIST[criterion].label[locale],
              lookFor: OBSERVER_CHECKLIST[criterion].lookFor[locale],
            }))
          : null,
        scale: !seesChecklist ? null : OBSERVER_SCORES.map((score) => ({ score, label: OBSERVER_SCORE_LABELS[score][locale] })),
        factors:
          role === 'observer'
            ? COMB_FACTORS.map((factor) => ({ factor, name: COMB_FACTOR_TEXT[factor].name[locale], lookFor: COMB_FACTOR_TEXT[factor].lookFor[locale] }))
            : null,
        scoredAt: round.scoredAt,
        sharedWithTrainers: round.sharedWithTrainers,
        scores: scores && role !== 'colleague' ? { summary: summariseScores(scores), factorsCovered: scores.factorsCovered, notes: scores.notes } : null,
      };
    },

    /** The observer's scores and notes; scoring again replaces them. Answers the summary. */
    async score(actor: SessionActor, cohortId: string, roundId: string, input: ObserverScoresInput) {
      const { access, round, role } = await loadRound(actor, cohortId, roundId);
      if (role !== 'observer') throw forbidden();
      authorize(cohortPolicy.participate, actor, access.ref, access.own);
      const summary = summariseScores(input);
      await db.transaction(async (tx) => {
        if (!(await repo.saveScores(tx, round.organisationId, round.id, input, new Date()))) throw notFound();
        await audit.record(tx, await auditActor(tx, actor, round.organisationId), {
          action: 'cohort.roleplay.score',
          entity: 'cohort_share',
          entityId: round.participationId,
          after: { roundId: round.id, total: summary.total, max: summary.max },
        });
      });
      return summary;
    },

    /** The interviewer decides whether the trainers see the summary of the scores. */
    async share(actor: SessionActor, cohortId: string, roundId: string, input: ShareInput) {
      const { access, round, role } = await loadRound(actor, cohortId, roundId);
      if (role !== 'interviewer') throw forbidden();
      authorize(cohortPolicy.participate, actor, access.ref, access.own);
      await db.transaction(async (tx) => {
        if (!(await repo.share(tx, round.organisationId, round.id, input.sharedWithTrainers))) throw notFound();
        await audit.record(tx, await auditActor(tx, actor, round.organisationId), {
          action: 'cohort.roleplay.share',
          entity: 'cohort_share',
          entityId: round.participationId,
          before: { roundId: round.id, sharedWithTrainers: round.sharedWithTrainers },
          after: { roundId: round.id, sharedWithTrainers: input.sharedWithTrainers },
        });
      });
      return { id: round.id, sharedWithTrainers: input.sharedWithTrainers };
    },

    /**
     * For the trainers: per subgroup that rounds happened (when, scored or not), never who played
     * what or the scores, except the summary of a round its interviewer shared. Each such read goes
     * into the interviewer's organisation's audit log.
     */
    async overview(actor: SessionActor, cohortId: string) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      authorize(cohortPolicy.review, actor, access.ref);
      const [subgroups, rounds] = await Promise.all([repo.subgroups(db, cohortId), repo.rounds(db, cohortId)]);
      const read = new Map<string, { organisationId: string; rounds: string[] }>();
      const summaryOf = (round: RoundRow) => {
        const scores = round.sharedWithTrainers ? storedScores(round) : null;
        if (!scores) return null;
        const entry = read.get(round.participationId) ?? { organisationId: round.organisationId, rounds: [] };
        read.set(round.participationId, { ...entry, rounds: [...entry.rounds, round.id] });
        return withoutNotes(summariseScores(scores));
      };
      const result = {
        subgroups: subgroups.map((s) => {
          const own = rounds.filter((r) => r.subgroupId === s.id);
          return {
            subgroupId: s.id,
            assignmentId: s.assignmentId,
            name: s.name,
            count: own.length,
            rounds: own.map((r) => ({ id: r.id, createdAt: r.createdAt, scored: r.scoredAt !== null, scoredAt: r.scoredAt, summary: summaryOf(r) })),
          };
        }),
      };
      for (const [participationId, entry] of read)
        await logCrossRead(
          db,
          audit,
          actor,
          { id: participationId, organisationId: entry.organisationId },
          { cohort: access.cohort.name, items: ['roleplay'], rounds: entry.rounds },
        );
      return result;
    },
  };
}
export type RoleplayService = ReturnType<typeof createRoleplayService>;
