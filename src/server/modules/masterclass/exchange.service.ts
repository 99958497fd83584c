import type { CombFactor } from '#core/comb.js';
import type { InterventionFunction } from '#core/interventions/functions.js';
import type { Effort, TargetBehaviourTag } from '#core/interventions/library.js';
import {
  asOwnIntervention,
  barrierFigures,
  copiedAtLeast,
  countOrganisations,
  MIN_ORGANISATIONS,
  readExchangeEffect,
  type ExchangeInput,
} from '#core/masterclass/exchange.js';
import { cohortPolicy } from '#core/policies/index.js';
import type { Sector } from '#core/sector.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { conflict, forbidden, invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { InterventionsService } from '../interventions/service.js';
import { loadCohort, type CohortAccess } from './access.js';
import { exchangeRepository as repo, type ExchangeItemRow } from './exchange.repository.js';
import { logCrossRead } from './read-log.js';

/** A stored item as the rules and the answer type it (validated by ExchangeInput when published). */
const typed = (row: ExchangeItemRow): ExchangeInput => ({
  title: row.title,
  setting: row.setting as Sector,
  targetBehaviour: row.targetBehaviour as TargetBehaviourTag,
  behaviour: row.behaviour,
  barrier: row.barrier as CombFactor,
  whatWeDid: row.whatWeDid,
  functions: row.functions as InterventionFunction[],
  effort: row.effort as Effort,
  effect: readExchangeEffect(row.effect),
});

/** Copying into the own library: cohortPolicy.copyFromExchange (the duo or admin who may edit the library; never a trainer). */
const mayCopy = (actor: SessionActor, access: CohortAccess) => cohortPolicy.copyFromExchange(actor, access.ref, access.own);

/**
 * The cohort's exchange (issue 21, point 6). Publishing is the sharing act: an item is visible to
 * the whole cohort (participants and trainers) from the moment it is published, under the
 * organisation's name, until it is withdrawn or the organisation leaves. Figures across
 * organisations are counts of organisations, shown only from MIN_ORGANISATIONS up, and how many copied
 * an item only in steps of MIN_ORGANISATIONS (copiedAtLeast); who copied what is never shown, not even
 * to the publisher (so a copy is logged only in the copying organisation).
 */
export function createExchangeService(db: Database, deps: { audit: AuditService; interventions: Pick<InterventionsService, 'createOwn'> }) {
  const { audit, interventions } = deps;

  /**
   * Every read of the exchange goes into the audit log of each other organisation whose items it showed,
   * one entry per organisation per read, whoever reads (a trainer or another participant), as the
   * board's reads do (read-log.ts logCrossRead; the own organisation's items are not a cross read).
   */
  async function logReads(actor: SessionActor, access: CohortAccess, rows: readonly { item: ExchangeItemRow }[]) {
    const owners = new Map<string, { id: string; organisationId: string }>();
    for (const { item } of rows) owners.set(item.organisationId, { id: item.participationId, organisationId: item.organisationId });
    for (const owner of owners.values()) await logCrossRead(db, audit, actor, owner, { cohort: access.cohort.name, items: ['exchange'] });
  }

  return {
    /** Everyone who may read the cohort: its trainers, and the duo and admin of each participating organisation. */
    async list(actor: SessionActor, cohortId: string) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      const rows = await repo.itemsOf(db, cohortId);
      const copies = await repo.copiesOf(
        db,
        rows.map((r) => r.item.id),
      );
      const items = rows.map(({ item, organisationName }) => {
        const copiers = copies.filter((c) => c.itemId === item.id).map((c) => c.organisationId);
        const mine = item.organisationId === actor.organisationId;
        return {
          id: item.id,
          organisationName,
          ...typed(item),
          publishedAt: item.publishedAt,
          mine,
          copiedByMe: copiers.includes(actor.organisationId),
          copiedBy: copiedAtLeast(copiers),
          canWithdraw: mine && access.own !== undefined,
        };
      });
      await logReads(actor, access, rows);
      const all = rows.map((r) => ({ ...typed(r.item), organisationId: r.item.organisationId }));
      return {
        publishingSharesWithCohort: true as const,
        minOrganisations: MIN_ORGANISATIONS,
        canPublish: cohortPolicy.participate(actor, access.ref, access.own),
        canCopy: mayCopy(actor, access),
        items,
        figures: { organisations: countOrganisations(all.map((i) => i.organisationId)), barriers: barrierFigures(all) },
      };
    },

    /** The duo publishes, while the cohort runs; the item belongs to (and is logged in) the publishing organisation. */
    async publish(actor: SessionActor, cohortId: string, input: ExchangeInput) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      if (!access.ref.running) throw conflict('cohortClosed');
      authorize(cohortPolicy.participate, actor, access.ref, access.own);
      const own = access.own!;
      return db.transaction(async (tx) => {
        const row = await repo.insertItem(tx, { ...input, organisationId: actor.organisationId, cohortId, participationId: own.id, publishedBy: actor.userId });
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.exchange.publish',
          entity: 'cohort_share',
          entityId: own.id,
          after: { cohort: access.cohort.name, itemId: row.id, ...input },
        });
        return { id: row.id };
      });
    },

    /** The publishing organisation's duo or admin takes an item back (also after closing); copies others made stay theirs. */
    async withdraw(actor: SessionActor, cohortId: string, itemId: string) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      if (!access.own) throw notFound();
      const own = access.own;
      await db.transaction(async (tx) => {
        const row = await repo.removeItem(tx, actor.organisationId, cohortId, itemId);
        if (!row) throw notFound();
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.exchange.withdraw',
          entity: 'cohort_share',
          entityId: own.id,
          before: { cohort: access.cohort.name, itemId, title: row.title },
        });
      });
    },

    /**
     * Copies another organisation's item into the caller's own library, through the interventions
     * service (so it is an ordinary own intervention, logged as such). The copy is claimed first, so
     * copying twice (or twice at once) is one copy; if the library refuses, the claim is released.
     */
    async copy(actor: SessionActor, cohortId: string, itemId: string) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      if (!mayCopy(actor, access)) throw forbidden();
      const own = access.own!;
      const found = await repo.item(db, cohortId, itemId);
      if (!found) throw notFound();
      if (found.item.organisationId === actor.organisationId) throw invalid('exchangeCopyOwn', 'itemId');
      if (!(await repo.claimCopy(db, actor.organisationId, itemId))) throw conflict('exchangeCopiedBefore', 'itemId');
      let interventionId: string;
      try {
        interventionId = (await interventions.createOwn(actor, asOwnIntervention({ ...typed(found.item), publishedBy: found.organisationName }))).id;
      } catch (error) {
        await repo.releaseCopy(db, actor.organisationId, itemId);
        throw error;
      }
      await db.transaction(async (tx) => {
        await repo.setCopiedIntervention(tx, actor.organisationId, itemId, interventionId);
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.exchange.copy',
          entity: 'cohort_share',
          entityId: own.id,
          after: { cohort: access.cohort.name, itemId, title: found.item.title, from: found.organisationName, interventionId },
        });
      });
      return { itemId, interventionId };
    },
  };
}
export type ExchangeService = ReturnType<typeof createExchangeService>;
