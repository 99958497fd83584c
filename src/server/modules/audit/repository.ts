import { and, asc, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export interface AuditFilter {
  action?: string;
  entity?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

export const auditRepository = {
  insert: (db: Database, row: NewAuditRow) => db.insert(auditLog).values(row),

  /** Every entry about one thing, oldest first. */
  history: (db: Database, organisationId: string, entity: string, entityId: string) =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, organisationId), eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
      .orderBy(asc(auditLog.at), asc(auditLog.id)),

  async list(db: Database, organisationId: string, filter: AuditFilter, page: { offset: number; limit: number }) {
    const conditions: SQL[] = [eq(auditLog.organisationId, organisationId)];
    if (filter.action) conditions.push(ilike(auditLog.action, `%${filter.action.replace(/[\\%_]/g, '\\$&')}%`));
    if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
    if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
    if (filter.from) conditions.push(gte(auditLog.at, filter.from));
    if (filter.to) conditions.push(lt(auditLog.at, filter.to));
    const where = and(...conditions);
    const [entries, [total]] = await Promise.all([
      db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).offset(page.offset).limit(page.limit),
      db.select({ n: count() }).from(auditLog).where(where),
    ]);
    return { entries, total: total?.n ?? 0 };
  },
};
