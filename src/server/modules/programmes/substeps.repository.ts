import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { substepStates, users, worksheetVersions } from '../../db/schema.js';

export const substepsRepository = {
  statuses: (db: Database, programmeIds: string[]) =>
    programmeIds.length === 0 ? Promise.resolve([]) : db.select().from(substepStates).where(inArray(substepStates.programmeId, programmeIds)),

  async state(db: Database, programmeId: string, key: string) {
    const [row] = await db
      .select({ state: substepStates, updatedByName: users.name })
      .from(substepStates)
      .leftJoin(users, eq(users.id, substepStates.updatedBy))
      .where(and(eq(substepStates.programmeId, programmeId), eq(substepStates.substepKey, key)));
    return row;
  },

  upsertState: (db: Database, row: typeof substepStates.$inferInsert) =>
    db
      .insert(substepStates)
      .values(row)
      .onConflictDoUpdate({
        target: [substepStates.programmeId, substepStates.substepKey],
        set: { status: row.status, updatedBy: row.updatedBy, updatedAt: new Date() },
      }),

  versions: (db: Database, programmeId: string, key: string, limit?: number) => {
    const query = db
      .select({ version: worksheetVersions, authorName: users.name })
      .from(worksheetVersions)
      .leftJoin(users, eq(users.id, worksheetVersions.authorId))
      .where(and(eq(worksheetVersions.programmeId, programmeId), eq(worksheetVersions.substepKey, key)))
      .orderBy(desc(worksheetVersions.version));
    return limit ? query.limit(limit) : query;
  },

  /** The newest version of every worksheet of a programme. */
  latestOfEach: (db: Database, programmeId: string) =>
    db
      .selectDistinctOn([worksheetVersions.substepKey], { substepKey: worksheetVersions.substepKey, data: worksheetVersions.data })
      .from(worksheetVersions)
      .where(eq(worksheetVersions.programmeId, programmeId))
      .orderBy(worksheetVersions.substepKey, desc(worksheetVersions.version)),

  /** The newest version of one worksheet for each of these programmes (never saved: absent). */
  latestOf: (db: Database, programmeIds: string[], key: string) =>
    programmeIds.length === 0
      ? Promise.resolve([])
      : db
          .selectDistinctOn([worksheetVersions.programmeId], { programmeId: worksheetVersions.programmeId, data: worksheetVersions.data })
          .from(worksheetVersions)
          .where(and(inArray(worksheetVersions.programmeId, programmeIds), eq(worksheetVersions.substepKey, key)))
          .orderBy(worksheetVersions.programmeId, desc(worksheetVersions.version)),

  insertVersion: (db: Database, row: typeof worksheetVersions.$inferInsert) => db.insert(worksheetVersions).values(row),
};
