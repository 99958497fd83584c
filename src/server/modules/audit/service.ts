import type { AuditEntity } from '#core/audit-entities.js';
import { organisationPolicy } from '#core/policies/index.js';
import type { Database } from '../../db/client.js';
import { authorize } from '../../security/authorize.js';
import type { SessionActor } from '../../context.js';
import { auditRepository, type AuditFilter } from './repository.js';

/** Who did it, as the log keeps it. Set-up and invitation acceptance act before a session exists. */
export interface AuditActor {
  userId: string | null;
  organisationId: string;
  name: string;
}

export interface AuditEntry {
  action: string;
  entity: AuditEntity;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export const asAuditActor = (actor: SessionActor): AuditActor => ({
  userId: actor.userId,
  organisationId: actor.organisationId,
  name: actor.name,
});

export function createAuditService(db: Database) {
  return {
    /** Called by every other service inside its own transaction, so the change and its log entry land together. */
    record: (tx: Database, actor: AuditActor, entry: AuditEntry) =>
      auditRepository.insert(tx, {
        organisationId: actor.organisationId,
        actorId: actor.userId,
        actorName: actor.name,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
      }),

    /**
     * The change history of one thing, for a module that shows it beside the thing itself (the
     * breach register); the caller has checked that the actor may read that thing.
     */
    history: (organisationId: string, entity: AuditEntity, entityId: string) => auditRepository.history(db, organisationId, entity, entityId),

    async list(actor: SessionActor, filter: AuditFilter, page: { offset: number; limit: number }) {
      authorize(organisationPolicy.readAudit, actor);
      return auditRepository.list(db, actor.organisationId, filter, page);
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
