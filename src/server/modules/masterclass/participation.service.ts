import { isWellFormedCode, normaliseCode, type DuoInput, type JoinInput } from '#core/masterclass/cohort.js';
import { defaultShareSettings, revokedItems, SHAREABLE_WORKSHEETS, type ShareSettings } from '#core/masterclass/sharing.js';
import { cohortPolicy } from '#core/policies/index.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { conflict, invalid, notFound, TooManyAttempts } from '../../errors.js';
import { countHit } from '../../security/rate-limit-store.js';
import { authorize } from '../../security/authorize.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { ProgrammesService } from '../programmes/service.js';
import { loadCohort } from './access.js';
import { masterclassRepository as repo } from './repository.js';

/** The duo must come from the programme's core team (people with an account on it); else 400 naming the one who does not. */
function onCoreTeam(team: readonly { userId: string | null }[], participantIds: readonly string[]) {
  const members = new Set(team.flatMap((m) => (m.userId ? [m.userId] : [])));
  const outside = participantIds.findIndex((id) => !members.has(id));
  if (outside >= 0) throw invalid('participantNotOnTeam', `participantIds.${outside}`);
}

/** Wrong cohort codes an organisation may enter per window: a code is 8 of 31 characters, so guessing stays hopeless. */
const CODE_TRIES = 10;
const CODE_WINDOW_MS = 15 * 60_000;

/** An organisation's side of a cohort: joining with a code, what it shares, leaving. */
export function createParticipationService(db: Database, deps: { audit: AuditService; programmes: ProgrammesService }) {
  const { audit, programmes } = deps;

  async function loadOwn(actor: SessionActor, cohortId: string) {
    const access = await loadCohort(db, actor, cohortId, 'read');
    if (!access.own) throw notFound();
    return { ...access, own: access.own };
  }

  /** What the organisation shares with this cohort: its admin and its duo see it. */
  async function sharing(actor: SessionActor, cohortId: string) {
    const { cohort, own } = await loadOwn(actor, cohortId);
    const [programme, people] = await Promise.all([programmes.get(actor, own.row.programmeId).catch(() => null), repo.participants(db, [own.id])]);
    return {
      participationId: own.id,
      cohortId,
      cohortName: cohort.name,
      programmeId: own.row.programmeId,
      programmeTitle: programme?.title ?? '',
      participants: people.map(({ userId, name }) => ({ userId, name })),
      shares: own.shares,
      shareableWorksheets: [...SHAREABLE_WORKSHEETS],
      manageSharing: cohortPolicy.manageSharing(actor, own),
    };
  }

  return {
    /**
     * Joins a programme of the caller's organisation to the cohort whose code was given, with one or
     * two of its core team as the duo. An unknown code, a closed or full cohort, a cohort joined before
     * and the trainers' own cohort are refused naming the field; nothing is written then.
     */
    async join(actor: SessionActor, input: JoinInput) {
      authorize(cohortPolicy.join, actor);
      const code = normaliseCode(input.code);
      // Wrong codes count per organisation, not per address or account: a client cannot dodge it (threat model, docs/masterclass.md).
      const throttle = `cohort-code ${actor.organisationId}`;
      const wrong = await repo.recentHits(db, throttle);
      if (wrong.hits >= CODE_TRIES) throw new TooManyAttempts(wrong.waitMs, 'cohortCodeThrottled');
      const found = isWellFormedCode(code) ? await repo.cohortByCode(db, code) : undefined;
      // The demo cohort's code is printed for everyone; a real organisation never joins a demo cohort, nor the reverse.
      const cohort = found && (await repo.isDemo(db, found.organisationId)) === (await repo.isDemo(db, actor.organisationId)) ? found : undefined;
      if (!cohort) {
        await countHit(db, throttle, CODE_WINDOW_MS);
        throw invalid('cohortCodeUnknown', 'code');
      }
      if (cohort.organisationId === actor.organisationId) throw invalid('cohortOwn', 'code');
      if (cohort.closedAt !== null) throw conflict('cohortClosed', 'code');
      // Read as the caller: a programme of another organisation is "not found", one they may not manage forbidden.
      const programme = await programmes.get(actor, input.programmeId);
      if (!programme.permissions.manage) throw notFound();
      onCoreTeam(programme.team, input.participantIds);
      try {
        return await db.transaction(async (tx) => {
          await repo.lockCohort(tx, cohort.id);
          if (await repo.ownParticipation(tx, actor.organisationId, cohort.id)) throw conflict('cohortAlreadyJoined', 'code');
          if ((await repo.countParticipations(tx, cohort.id)) >= cohort.capacity) throw conflict('cohortFull', 'code');
          const row = await repo.insertParticipation(tx, {
            organisationId: actor.organisationId,
            cohortId: cohort.id,
            programmeId: input.programmeId,
            shares: defaultShareSettings(),
            joinedBy: actor.userId,
          });
          await repo.insertParticipants(
            tx,
            input.participantIds.map((userId) => ({ participationId: row.id, userId, organisationId: actor.organisationId })),
          );
          await audit.record(tx, asAuditActor(actor), {
            action: 'cohort.join',
            entity: 'cohort_share',
            entityId: row.id,
            after: { cohort: cohort.name, programmeId: input.programmeId, participantIds: input.participantIds, shares: row.shares },
          });
          return { cohortId: cohort.id, participationId: row.id };
        });
      } catch (error) {
        // Two admins joining at once: the unique index keeps one.
        if (isUniqueViolation(error)) throw conflict('cohortAlreadyJoined', 'code');
        throw error;
      }
    },

    sharing,

    /**
     * Changes what is shared. Taking something back works at once, also after the cohort closed:
     * every read goes through the current settings (core/policies/cohort.ts).
     */
    async updateSharing(actor: SessionActor, cohortId: string, shares: ShareSettings) {
      const { own } = await loadOwn(actor, cohortId);
      authorize(cohortPolicy.manageSharing, actor, own);
      await db.transaction(async (tx) => {
        await repo.updateShares(tx, actor.organisationId, own.id, shares);
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.sharing.update',
          entity: 'cohort_share',
          entityId: own.id,
          before: own.shares,
          after: { ...shares, revoked: { trainers: revokedItems(own.shares, shares, 'trainers'), cohort: revokedItems(own.shares, shares, 'cohort') } },
        });
      });
      return sharing(actor, cohortId);
    },

    /** Changes who takes part for the organisation (someone left, or a second person joins): its admin, while the cohort runs. */
    async changeDuo(actor: SessionActor, cohortId: string, input: DuoInput) {
      const { own, ref } = await loadOwn(actor, cohortId);
      authorize(cohortPolicy.manageSharing, actor, own);
      if (!ref.running) throw conflict('cohortClosed');
      onCoreTeam((await programmes.get(actor, own.row.programmeId)).team, input.participantIds);
      await db.transaction(async (tx) => {
        await repo.replaceParticipants(
          tx,
          own.id,
          input.participantIds.map((userId) => ({ participationId: own.id, userId, organisationId: actor.organisationId })),
        );
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.duo',
          entity: 'cohort_share',
          entityId: own.id,
          before: { participantIds: own.participantIds },
          after: { participantIds: input.participantIds },
        });
      });
      return sharing(actor, cohortId);
    },

    /** Leaves the cohort: everything the organisation handed in, published or shared there goes with it. */
    async leave(actor: SessionActor, cohortId: string) {
      const { cohort, own } = await loadOwn(actor, cohortId);
      authorize(cohortPolicy.manageSharing, actor, own);
      await db.transaction(async (tx) => {
        await repo.removeParticipation(tx, actor.organisationId, own.id);
        await audit.record(tx, asAuditActor(actor), { action: 'cohort.leave', entity: 'cohort_share', entityId: own.id, before: { cohort: cohort.name } });
      });
    },
  };
}
export type ParticipationService = ReturnType<typeof createParticipationService>;
