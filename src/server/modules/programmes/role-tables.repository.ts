import { and, eq } from 'drizzle-orm';
import type { RoleTable } from '#core/role-table.js';
import type { Database } from '../../db/client.js';
import { stepRoleTables } from '../../db/schema.js';

const ofStep = (organisationId: string, programmeId: string, step: number) =>
  and(eq(stepRoleTables.organisationId, organisationId), eq(stepRoleTables.programmeId, programmeId), eq(stepRoleTables.step, step));

export const roleTablesRepository = {
  list: (db: Database, organisationId: string, programmeId: string) =>
    db
      .select()
      .from(stepRoleTables)
      .where(and(eq(stepRoleTables.organisationId, organisationId), eq(stepRoleTables.programmeId, programmeId))),

  async get(db: Database, organisationId: string, programmeId: string, step: number) {
    const [row] = await db
      .select()
      .from(stepRoleTables)
      .where(ofStep(organisationId, programmeId, step));
    return row;
  },

  save: (db: Database, row: { organisationId: string; programmeId: string; step: number; roles: RoleTable; updatedBy: string }) =>
    db
      .insert(stepRoleTables)
      .values(row)
      .onConflictDoUpdate({
        target: [stepRoleTables.programmeId, stepRoleTables.step],
        set: { roles: row.roles, updatedBy: row.updatedBy, updatedAt: new Date() },
      }),

  remove: (db: Database, organisationId: string, programmeId: string, step: number) =>
    db.delete(stepRoleTables).where(ofStep(organisationId, programmeId, step)),
};
