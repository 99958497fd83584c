import { z } from 'zod';
import { Instant, type Json } from './common.js';

/** The organisation's audit log: who changed what and when, with the values before and after, as recorded. */
export const AuditEntry = z.object({
  id: z.number().int(),
  organisationId: z.uuid().nullable(),
  /** Null for a step taken before a session exists (set-up, the report form). */
  actorId: z.uuid().nullable(),
  /** Kept as text, so the log still reads after a user is removed. */
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  at: Instant,
});
export type AuditEntry = Json<typeof AuditEntry>;

/** A page of entries, newest first, with the number that match. */
export const AuditLog = z.object({ entries: z.array(AuditEntry), total: z.number().int() });
export type AuditLog = Json<typeof AuditLog>;
