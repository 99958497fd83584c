import { STANDARD_ANCHORING_ITEMS } from '#content/anchoring.js';
import { STANDARD_AREAS, anchoringMissing, anchoringProgress, type AnchoringInput } from '#core/anchoring/checklist.js';
import type { Locale } from '#core/locale.js';
import type { Database } from '../../db/client.js';
import { AppError, invalid, notFound } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import { loadProgramme } from '../programmes/access.js';
import type { SubstepRequirements, SubstepsService } from '../programmes/substeps.service.js';
import type { UsersService } from '../users/service.js';
import { anchoringRepository as repo, type AnchoringRow } from './repository.js';

/** The sub-step whose "done" this checklist decides. */
const SUBSTEP = ['6.2'] as const;

const present = (row: AnchoringRow) => ({
  id: row.id,
  area: row.area,
  description: row.description,
  owner: { userId: row.ownerUserId, name: row.ownerName },
  due: row.due,
  status: row.status,
  note: row.note,
});

/** The columns an item input is stored in. */
const columnsOf = (input: AnchoringInput) => ({
  area: input.area,
  description: input.description,
  ownerUserId: input.owner.userId,
  ownerName: input.owner.name,
  due: input.due,
  status: input.status,
  note: input.note,
});

const checklistOf = (rows: AnchoringRow[]) => ({ items: rows.map(present), progress: anchoringProgress(rows) });

/** Step 6.2's use-cases: the anchoring checklist of a programme. */
export function createAnchoringService(db: Database, deps: { audit: AuditService; users: UsersService; substeps: SubstepsService }) {
  const { audit, substeps } = deps;
  const log = (tx: Database, actor: SessionActor, action: string, entityId: string, before: unknown, after: unknown) =>
    audit.record(tx, asAuditActor(actor), { action, entity: 'anchoring_item', entityId, before, after });

  /** An owner with an account must be an active colleague; otherwise a name (or nobody yet) will do. */
  async function checkOwner(tx: Database, actor: SessionActor, input: AnchoringInput) {
    if (!input.owner.userId) return;
    try {
      await deps.users.findActive(tx, actor.organisationId, input.owner.userId);
    } catch (error) {
      if (error instanceof AppError) throw invalid('anchoringOwnerUnknown', 'owner.userId');
      throw error;
    }
  }

  return {
    async list(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      return checklistOf(await repo.items(db, actor.organisationId, programmeId));
    },

    create(actor: SessionActor, programmeId: string, input: AnchoringInput) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        await checkOwner(tx, actor, input);
        const row = await repo.insert(tx, { ...columnsOf(input), organisationId: actor.organisationId, programmeId });
        await log(tx, actor, 'anchoring.create', row.id, null, input);
        await substeps.recheck(tx, actor, programmeId, SUBSTEP);
        return present(row);
      });
    },

    update(actor: SessionActor, programmeId: string, id: string, input: AnchoringInput) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const before = await repo.item(tx, actor.organisationId, programmeId, id);
        if (!before) throw notFound();
        await checkOwner(tx, actor, input);
        const row = await repo.update(tx, actor.organisationId, programmeId, id, columnsOf(input));
        await log(tx, actor, 'anchoring.update', id, present(before), input);
        await substeps.recheck(tx, actor, programmeId, SUBSTEP);
        return present(row);
      });
    },

    remove(actor: SessionActor, programmeId: string, id: string) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const before = await repo.item(tx, actor.organisationId, programmeId, id);
        if (!before) throw notFound();
        await repo.remove(tx, actor.organisationId, programmeId, id);
        await log(tx, actor, 'anchoring.delete', id, present(before), null);
        await substeps.recheck(tx, actor, programmeId, SUBSTEP);
      });
    },

    /**
     * One item, in the caller's language, for each standard area that has none yet: a start the
     * team makes concrete. Areas already covered are left alone, so a second call adds nothing.
     */
    addStandard(actor: SessionActor, programmeId: string, locale: Locale) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        await repo.lockStandard(tx, programmeId);
        const existing = await repo.items(tx, actor.organisationId, programmeId);
        const empty = STANDARD_AREAS.filter((area) => !existing.some((i) => i.area === area));
        for (const area of empty) {
          const input: AnchoringInput = {
            area,
            description: STANDARD_ANCHORING_ITEMS[area][locale],
            owner: { userId: null, name: '' },
            due: null,
            status: 'todo',
            note: '',
          };
          const row = await repo.insert(tx, { ...columnsOf(input), organisationId: actor.organisationId, programmeId });
          await log(tx, actor, 'anchoring.create', row.id, null, input);
        }
        if (empty.length > 0) await substeps.recheck(tx, actor, programmeId, SUBSTEP);
        return { added: empty.length, ...checklistOf(await repo.items(tx, actor.organisationId, programmeId)) };
      });
    },
  };
}
export type AnchoringService = ReturnType<typeof createAnchoringService>;

/** What keeps 6.2 from "done", read from the programme's checklist. */
export const anchoringRequirements: SubstepRequirements = {
  '6.2': async (tx, organisationId, programmeId) => anchoringMissing((await repo.items(tx, organisationId, programmeId)).map(present)),
};
