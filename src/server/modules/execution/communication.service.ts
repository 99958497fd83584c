import { sortCommunication, type CommunicationInput, type CommunicationItem } from '#core/execution/communication.js';
import type { Database } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import { loadProgramme } from '../programmes/access.js';
import { communicationRepository as repo, type CommunicationRow } from './communication.repository.js';

/** The input's keys are the table's columns. */
const present = (row: CommunicationRow): CommunicationItem => ({
  id: row.id,
  audience: row.audience,
  message: row.message,
  channel: row.channel,
  planned: row.planned,
  ownerName: row.ownerName,
  status: row.status,
});

/** 5.1's communication plan: who hears what, through which channel, when. Same access as the actions. */
export function createCommunicationService(db: Database, deps: { audit: AuditService }) {
  const { audit } = deps;

  /** Runs a change in one transaction, for a team member of the programme, with the item as it was. */
  async function changeItem<T>(actor: SessionActor, programmeId: string, id: string, change: (tx: Database, before: CommunicationRow) => Promise<T>) {
    return db.transaction(async (tx) => {
      await loadProgramme(tx, actor, programmeId, 'work');
      const before = await repo.item(tx, actor.organisationId, programmeId, id);
      if (!before) throw notFound();
      return change(tx, before);
    });
  }

  return {
    /** The plan by planned day, undated last. */
    async list(actor: SessionActor, programmeId: string) {
      await loadProgramme(db, actor, programmeId, 'read');
      const rows = await repo.items(db, actor.organisationId, programmeId);
      return { items: sortCommunication(rows.map(present)) };
    },

    create(actor: SessionActor, programmeId: string, input: CommunicationInput) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, programmeId, 'work');
        const row = await repo.insert(tx, { ...input, organisationId: actor.organisationId, programmeId });
        await audit.record(tx, asAuditActor(actor), { action: 'communication.create', entity: 'communication', entityId: row.id, after: input });
        return present(row);
      });
    },

    update(actor: SessionActor, programmeId: string, id: string, input: CommunicationInput) {
      return changeItem(actor, programmeId, id, async (tx, before) => {
        const row = await repo.update(tx, actor.organisationId, programmeId, id, input);
        await audit.record(tx, asAuditActor(actor), {
          action: 'communication.update',
          entity: 'communication',
          entityId: id,
          before: present(before),
          after: input,
        });
        return present(row);
      });
    },

    remove(actor: SessionActor, programmeId: string, id: string) {
      return changeItem(actor, programmeId, id, async (tx, before) => {
        await repo.remove(tx, actor.organisationId, programmeId, id);
        await audit.record(tx, asAuditActor(actor), { action: 'communication.delete', entity: 'communication', entityId: id, before: present(before) });
      });
    },
  };
}
export type CommunicationService = ReturnType<typeof createCommunicationService>;
