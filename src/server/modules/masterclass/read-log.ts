import type { ShareItem } from '#core/masterclass/sharing.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { AuditService } from '../audit/service.js';
import type { CohortAccess } from './access.js';
import { masterclassRepository as repo } from './repository.js';

/**
 * The one way the masterclass reads a participating organisation's programme: as that organisation's
 * reader (the viewer role: the board's view, with interview identities redacted, core/worksheets),
 * and only after core/policies/cohort.ts allowed the item. Never used to write.
 */
export const readerOf = (actor: SessionActor, participation: { organisationId: string }): SessionActor => ({
  ...actor,
  organisationId: participation.organisationId,
  roles: ['viewer'],
});

/** A shared item as the audit log and the board name it: the scope, or the sub-step of a worksheet. */
export const itemName = (item: ShareItem) => (item.kind === 'worksheet' ? item.substepKey : item.kind);

/**
 * Every read of another organisation's data goes into that organisation's audit log, with who read
 * it from where (issue 21, point 2). A read of the caller's own organisation is not logged here.
 */
export async function logCrossRead(
  db: Database,
  audit: AuditService,
  actor: SessionActor,
  participation: { id: string; organisationId: string },
  after: unknown,
) {
  if (participation.organisationId === actor.organisationId) return;
  const from = await repo.trainingOrganisationName(db, actor.organisationId);
  await audit.record(
    db,
    { userId: actor.userId, organisationId: participation.organisationId, name: `${actor.name} (${from})` },
    { action: 'cohort.read', entity: 'cohort_share', entityId: participation.id, after },
  );
}

/** Reads of shared items (scopes and worksheets), logged with the cohort's name and the items read. */
export function createReadLog(db: Database, audit: AuditService) {
  return async function logRead(actor: SessionActor, access: CohortAccess, participation: { id: string; organisationId: string }, items: readonly ShareItem[]) {
    if (items.length === 0) return;
    await logCrossRead(db, audit, actor, participation, { cohort: access.cohort.name, items: items.map(itemName) });
  };
}
export type ReadLog = ReturnType<typeof createReadLog>;
