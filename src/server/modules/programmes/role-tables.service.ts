import { RoleTable } from '#core/role-table.js';
import type { StepNumber } from '#core/steps.js';
import { STEP_GUIDANCE, defaultRoleTable } from '#content/steps.js';
import type { Database } from '../../db/client.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import { loadProgramme } from './access.js';
import { roleTablesRepository as repo } from './role-tables.repository.js';

export interface StepRoleTableView {
  step: StepNumber;
  table: RoleTable;
  /** False while the step shows the content's default. */
  custom: boolean;
}

/** The who-does-what table of each step: the team's own where it wrote one, the content's default elsewhere. */
export function createRoleTablesService(db: Database, deps: { audit: AuditService }) {
  async function list(actor: SessionActor, programmeId: string): Promise<{ steps: StepRoleTableView[] }> {
    await loadProgramme(db, actor, programmeId, 'read');
    const rows = await repo.list(db, actor.organisationId, programmeId);
    return {
      steps: STEP_GUIDANCE.map(({ number: step }) => {
        // A stored table that no longer fits the schema (an older version wrote it) shows the default rather than breaking the page.
        const stored = RoleTable.safeParse(rows.find((r) => r.step === step)?.roles);
        return stored.success ? { step, table: stored.data, custom: true } : { step, table: defaultRoleTable(step), custom: false };
      }),
    };
  }

  return {
    list,

    async save(actor: SessionActor, programmeId: string, step: StepNumber, table: RoleTable) {
      await db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const before = await repo.get(tx, actor.organisationId, programmeId, step);
        await repo.save(tx, { organisationId: actor.organisationId, programmeId, step, roles: table, updatedBy: actor.userId });
        await deps.audit.record(tx, asAuditActor(actor), {
          action: 'role_table.update',
          entity: 'programme',
          entityId: programmeId,
          before: before ? { step, ...before.roles } : null,
          after: { step, ...table },
        });
      });
      return list(actor, programmeId);
    },

    /** Back to the content's default for this step. */
    async reset(actor: SessionActor, programmeId: string, step: StepNumber) {
      await db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const before = await repo.get(tx, actor.organisationId, programmeId, step);
        if (!before) return;
        await repo.remove(tx, actor.organisationId, programmeId, step);
        await deps.audit.record(tx, asAuditActor(actor), {
          action: 'role_table.reset',
          entity: 'programme',
          entityId: programmeId,
          before: { step, ...before.roles },
          after: null,
        });
      });
      return list(actor, programmeId);
    },
  };
}
export type RoleTablesService = ReturnType<typeof createRoleTablesService>;
