import { readableUntil } from '#core/masterclass/cohort.js';
import { readShareSettings, type ShareItem } from '#core/masterclass/sharing.js';
import { cohortPolicy, type Actor, type CohortRef, type ParticipationRef } from '#core/policies/index.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { masterclassRepository as repo, type CohortRow, type ParticipationRow } from './repository.js';

/**
 * The only way into a cohort: load it by id, learn the caller's own participation, ask
 * core/policies/cohort.ts. A cohort the caller may not read is "not found", wherever it lives.
 */

export const cohortRef = (row: CohortRow, now: Date): CohortRef => {
  const until = readableUntil(row.closedAt, row.retentionDays);
  return { id: row.id, organisationId: row.organisationId, running: row.closedAt === null, readable: until === null || now < until };
};

export async function participationRef(db: Database, row: ParticipationRow): Promise<ParticipationRef> {
  const people = await repo.participants(db, [row.id]);
  return {
    id: row.id,
    organisationId: row.organisationId,
    cohortId: row.cohortId,
    participantIds: people.map((p) => p.userId),
    shares: readShareSettings(row.shares),
  };
}

export interface CohortAccess {
  cohort: CohortRow;
  ref: CohortRef;
  /** The caller's organisation's participation, when it takes part. */
  own: (ParticipationRef & { row: ParticipationRow }) | undefined;
}

export type CohortRule = 'read' | 'teach' | 'participate';

export async function loadCohort(db: Database, actor: SessionActor, id: string, rule: CohortRule, now = new Date()): Promise<CohortAccess> {
  const cohort = await repo.cohort(db, id);
  if (!cohort) throw notFound();
  const ref = cohortRef(cohort, now);
  const ownRow = await repo.ownParticipation(db, actor.organisationId, id);
  const own = ownRow ? { ...(await participationRef(db, ownRow)), row: ownRow } : undefined;
  if (!cohortPolicy.read(actor, ref, own)) throw notFound();
  if (rule === 'teach') authorize(cohortPolicy.teach, actor, ref);
  if (rule === 'participate') authorize(cohortPolicy.participate, actor, ref, own);
  return { cohort, ref, own };
}

/**
 * Another organisation's participation in the cohort, for reading one item it shares. Not shared (or
 * shared and taken back) answers 404, the same as a participation that does not exist.
 */
export async function loadShared(db: Database, actor: Actor, access: CohortAccess, participationId: string, item: ShareItem) {
  const row = (await repo.participationsOf(db, access.cohort.id)).find((p) => p.participation.id === participationId);
  if (!row) throw notFound();
  const ref = await participationRef(db, row.participation);
  if (!cohortPolicy.readShared(actor, access.ref, ref, item, access.own)) throw notFound();
  return { ...row, ref };
}
