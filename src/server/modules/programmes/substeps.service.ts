import { programmePolicy } from '#core/policies/index.js';
import { programmeProgress, type SubstepKey, type SubstepStatus } from '#core/steps.js';
import { worksheetChanges } from '#core/worksheets/changes.js';
import {
  WORKSHEETS,
  collectWorksheets,
  get,
  hasRedaction,
  hasWorksheet,
  readFields,
  redactedFields,
  worksheetMissing,
  type Missing,
  type WorksheetFields,
  type StoredWorksheet,
  type WorksheetKey,
  type WorksheetSet,
} from '#core/worksheets/index.js';
import { coreTeamOf, type CoreTeam } from '#core/worksheets/core-team.js';
import { problemAfterSave, type ProblemInventory } from '#core/worksheets/problem-inventory.js';
import type { Database } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError } from '../../errors.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SessionActor } from '../../context.js';
import type { UsersService } from '../users/service.js';
import { loadProgramme } from './access.js';
import { grantAccessAsListed } from './core-team.js';
import { programmesRepository } from './repository.js';
import { substepsRepository } from './substeps.repository.js';

type Statuses = Partial<Record<SubstepKey, SubstepStatus>>;

export function statusesByProgramme(rows: { programmeId: string; substepKey: string; status: SubstepStatus }[]) {
  const map = new Map<string, Statuses>();
  for (const r of rows) map.set(r.programmeId, { ...map.get(r.programmeId), [r.substepKey]: r.status });
  return map;
}

/** The latest fields of every worksheet of a programme, as the core rules read them. */
export async function worksheetsOf(db: Database, programmeId: string): Promise<WorksheetSet> {
  const latest = await substepsRepository.latestOfEach(db, programmeId);
  return collectWorksheets(latest.map((r) => ({ key: r.substepKey, fields: r.data.fields })));
}

/** What a version is compared with when it is the first: the empty form, so defaults are no change. */
function emptyStart(key: SubstepKey): Record<string, unknown> {
  return hasWorksheet(key) ? { notes: '', fields: WORKSHEETS[key].empty() } : { notes: '' };
}

/**
 * A version as the reader gets it. `redact`: the reader may read the programme but not work on it,
 * so parts only its workers read (3.2's interview notes) are left out, and the reply says so.
 */
function present(key: SubstepKey, row: { version: { version: number; data: StoredWorksheet; createdAt: Date }; authorName: string | null }, redact: boolean) {
  const data = row.version.data;
  const redacted = redact && hasRedaction(key);
  return {
    version: row.version.version,
    notes: data.notes,
    // Redacted fields are the worksheet's own, with parts left empty.
    fields: (!hasWorksheet(key)
      ? null
      : redacted
        ? redactedFields(key, data.fields)
        : (readFields(key, data.fields) ?? null)) as WorksheetFields<WorksheetKey> | null,
    redacted,
    authorName: row.authorName,
    createdAt: row.version.createdAt,
  };
}

/** A version as the audit log keeps it: without what only the programme's workers read, so removing it from the worksheet leaves it in no log. */
function audited(key: SubstepKey, data: StoredWorksheet): StoredWorksheet {
  return hasWorksheet(key) && hasRedaction(key) ? { ...data, fields: redactedFields(key, data.fields) } : data;
}

export interface WorksheetInput {
  baseVersion: number;
  notes: string;
  /** Already checked against the sub-step's schema by the route; null for sub-steps without a form. */
  fields: unknown;
  /** 1.1: the team agreed that the chosen problem replaces the programme's written problem. */
  replaceProblem?: boolean;
}

/** Sub-steps whose completeness lives outside the worksheets (e.g. step 4's candidates), checked by their own module. */
export type SubstepRequirements = Partial<Record<SubstepKey, (tx: Database, organisationId: string, programmeId: string) => Promise<Missing[]>>>;

export function createSubstepsService(db: Database, deps: { audit: AuditService; users: UsersService; requirements?: SubstepRequirements }) {
  const { audit, users, requirements = {} } = deps;

  /** What keeps a sub-step from "done": its worksheet's gaps and, where it has them, its module's. */
  async function missingOf(tx: Database, organisationId: string, id: string, key: SubstepKey, worksheets?: WorksheetSet) {
    const own = requirements[key];
    return [...worksheetMissing(key, worksheets ?? (await worksheetsOf(tx, id))), ...(own ? await own(tx, organisationId, id) : [])];
  }

  /** Writes a status change with its log entry; the caller holds the transaction. */
  async function changeStatus(tx: Database, actor: SessionActor, id: string, key: SubstepKey, from: SubstepStatus, to: SubstepStatus) {
    await substepsRepository.upsertState(tx, { programmeId: id, organisationId: actor.organisationId, substepKey: key, status: to, updatedBy: actor.userId });
    await audit.record(tx, asAuditActor(actor), {
      action: 'substep.status',
      entity: 'substep',
      entityId: `${id}/${key}`,
      before: { status: from },
      after: { status: to },
    });
  }

  async function progressOf(tx: Database, id: string) {
    return programmeProgress(statusesByProgramme(await substepsRepository.statuses(tx, [id])).get(id) ?? {});
  }

  return {
    async get(actor: SessionActor, id: string, key: SubstepKey) {
      const { programme, ref } = await loadProgramme(db, actor, id, 'read');
      const [state, [latest], worksheets] = await Promise.all([
        substepsRepository.state(db, id, key),
        substepsRepository.versions(db, id, key, 1),
        worksheetsOf(db, id),
      ]);
      const worksheet = latest ? present(key, latest, !programmePolicy.work(actor, ref)) : null;
      // 1.2 shows the core team as the team panel does, should stored data and access ever differ.
      if (worksheet && key === '1.2')
        worksheet.fields = coreTeamOf((worksheet.fields ?? undefined) as CoreTeam | undefined, await programmesRepository.team(db, id), programme.createdBy);
      return {
        key,
        status: state?.state.status ?? 'not_started',
        updatedAt: state?.state.updatedAt ?? null,
        updatedByName: state?.updatedByName ?? null,
        hasForm: hasWorksheet(key),
        /** Whether "done" has requirements, so the page can say when they are met. */
        checked: hasWorksheet(key) || key in requirements,
        worksheet,
        missing: await missingOf(db, actor.organisationId, id, key, worksheets),
      };
    },

    /** "Done" needs a complete worksheet: the refusal lists what is missing. */
    setStatus(actor: SessionActor, id: string, key: SubstepKey, status: SubstepStatus) {
      return db.transaction(async (tx) => {
        await loadProgramme(tx, actor, id, 'work');
        if (status === 'done') {
          const missing = await missingOf(tx, actor.organisationId, id, key);
          if (missing.length > 0) throw new AppError(409, 'worksheetIncomplete', 'status', {}, { missing });
        }
        const before = (await substepsRepository.state(tx, id, key))?.state.status ?? 'not_started';
        await changeStatus(tx, actor, id, key, before, status);
        await programmesRepository.update(tx, actor.organisationId, id, {});
        return { status, progress: await progressOf(tx, id) };
      });
    },

    /**
     * Saves the worksheet as a new version. `baseVersion` is the version the editor started from:
     * when a colleague saved in between, the save is refused rather than silently overwriting their
     * work. Saving starts a sub-step, and a "done" sub-step whose worksheet is no longer complete
     * goes back to "in progress", so "done" always means done.
     */
    async save(actor: SessionActor, id: string, key: SubstepKey, input: WorksheetInput) {
      try {
        return await db.transaction(async (tx) => {
          const { programme, ref } = await loadProgramme(tx, actor, id, 'work');
          const [latest] = await substepsRepository.versions(tx, id, key, 1);
          const current = latest?.version.version ?? 0;
          if (current !== input.baseVersion) throw new AppError(409, 'versionConflict', 'baseVersion', { current });
          // The core team is this list: access follows it, and a row linked to an account takes the account's name.
          const fields = key === '1.2' ? await grantAccessAsListed(tx, actor, { ...programme, ref }, input.fields as CoreTeam, { audit, users }) : input.fields;
          const version = current + 1;
          const data: StoredWorksheet = hasWorksheet(key) ? { notes: input.notes, fields } : { notes: input.notes };
          const before = latest?.version.data ?? null;
          await substepsRepository.insertVersion(tx, {
            organisationId: actor.organisationId,
            programmeId: id,
            substepKey: key,
            version,
            data,
            authorId: actor.userId,
          });
          const changes = worksheetChanges(before ?? emptyStart(key), data);
          await audit.record(tx, asAuditActor(actor), {
            action: 'worksheet.save',
            entity: 'substep',
            entityId: `${id}/${key}`,
            before: before ? { version: current, ...audited(key, before) } : null,
            after: { version, ...audited(key, data), changes },
          });

          // The chosen problem of 1.1 becomes the programme's problem: a written one only when the team said so.
          let problem = programme.problem;
          if (key === '1.1') {
            problem = problemAfterSave(programme.problem, input.fields as ProblemInventory, input.replaceProblem === true);
            if (problem !== programme.problem) {
              await audit.record(tx, asAuditActor(actor), {
                action: 'programme.update',
                entity: 'programme',
                entityId: id,
                before: { problem: programme.problem },
                after: { problem },
              });
            }
          }
          await programmesRepository.update(tx, actor.organisationId, id, { problem });

          const status = (await substepsRepository.state(tx, id, key))?.state.status ?? 'not_started';
          const missing = await missingOf(tx, actor.organisationId, id, key);
          const next: SubstepStatus = status === 'not_started' || (status === 'done' && missing.length > 0) ? 'in_progress' : status;
          if (next !== status) await changeStatus(tx, actor, id, key, status, next);
          return { version, status: next, missing, changes };
        });
      } catch (error) {
        // Two saves from the same base at the same moment: the database lets only one through.
        if (isUniqueViolation(error)) throw new AppError(409, 'versionConflict', 'baseVersion', { current: input.baseVersion + 1 });
        throw error;
      }
    },

    /**
     * After a change outside the worksheets (step 4's candidates), in the caller's transaction: a
     * "done" sub-step that is no longer complete goes back to "in progress", as after a save.
     */
    async recheck(tx: Database, actor: SessionActor, id: string, keys: readonly SubstepKey[]) {
      for (const key of keys) {
        if ((await substepsRepository.state(tx, id, key))?.state.status !== 'done') continue;
        if ((await missingOf(tx, actor.organisationId, id, key)).length > 0) await changeStatus(tx, actor, id, key, 'done', 'in_progress');
      }
    },

    /** The programme with the latest fields of all its worksheets, for documents and later steps. */
    async worksheets(actor: SessionActor, id: string) {
      const { programme } = await loadProgramme(db, actor, id, 'read');
      return { programme, worksheets: await worksheetsOf(db, id) };
    },

    /** The planning of 1.4 (or its empty start), for the calendar export. */
    async planning(actor: SessionActor, id: string) {
      const { programme } = await loadProgramme(db, actor, id, 'read');
      return { title: programme.title, planning: get(await worksheetsOf(db, id), '1.4') };
    },

    /** Every version, newest first, each with what changed compared with the one before. */
    async versions(actor: SessionActor, id: string, key: SubstepKey) {
      const { ref } = await loadProgramme(db, actor, id, 'read');
      const redact = !programmePolicy.work(actor, ref);
      const rows = await substepsRepository.versions(db, id, key);
      // The changes are counts per field, never content, so they are the same for every reader.
      return rows.map((row, i) => {
        const previous = rows[i + 1]?.version.data;
        return { ...present(key, row, redact), changes: worksheetChanges(previous ?? emptyStart(key), row.version.data) };
      });
    },
  };
}
export type SubstepsService = ReturnType<typeof createSubstepsService>;
