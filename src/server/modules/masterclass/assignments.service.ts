import { proposeSubgroups, submissionState, type SubgroupsInput, type SubmissionInput } from '#core/masterclass/cohort.js';
import { readShareSettings, sharedWith, UNSHAREABLE_WORKSHEETS } from '#core/masterclass/sharing.js';
import type { Locale } from '#core/locale.js';
import { cohortPolicy, type ParticipationRef } from '#core/policies/index.js';
import type { SubstepKey } from '#core/steps.js';
import type { SessionActor } from '../../context.js';
import type { Database } from '../../db/client.js';
import { amsterdamDay } from '../../day.js';
import { AppError, invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import type { SubstepsService } from '../programmes/substeps.service.js';
import { loadCohort, type CohortAccess } from './access.js';
import { assignmentsRepository as arepo, type SubmissionRow } from './assignments.repository.js';
import { presentAssignment } from './cohorts.service.js';
import { logCrossRead, readerOf } from './read-log.js';
import { masterclassRepository as repo, type AssignmentRow, type ParticipationRow } from './repository.js';

const SUBGROUP: Record<Locale, string> = { nl: 'Subgroep', en: 'Subgroup' };

/** A participation as the policy needs it to judge a submission: whose it is and in which cohort (the duo and shares do not matter there). */
const asRef = (p: ParticipationRow): ParticipationRef => ({
  id: p.id,
  organisationId: p.organisationId,
  cohortId: p.cohortId,
  participantIds: [],
  shares: readShareSettings(p.shares),
});

interface Member {
  participation: ParticipationRow;
  organisationName: string;
}

interface Group {
  id: string;
  name: string;
  memberIds: string[];
}

/** Rows of subgroup × member as one entry per subgroup. */
function grouped(rows: { id: string; name: string; participationId: string | null }[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const group = groups.get(row.id) ?? { id: row.id, name: row.name, memberIds: [] };
    if (row.participationId) group.memberIds.push(row.participationId);
    groups.set(row.id, group);
  }
  return [...groups.values()];
}

/**
 * Assignments in a cohort (issue 21, point 4): trainers form subgroups per assignment, each
 * organisation's duo hands in its answer, and a subgroup reads each other's answers to that one
 * assignment. Also the trainers' per-session view of who prepared (point 3).
 *
 * Who reads which submission: the cohort's trainers every one (cohortPolicy.review, so also after
 * closing, within the retention: submissions are handed in to them); the duo and admin of a
 * participating organisation their own, and, while the cohort runs, those of the other organisations
 * in their own subgroup for this assignment. Anything else is "not found". Every read of another
 * organisation's submission is in that organisation's audit log.
 *
 * A linked worksheet is a share like any other (docs/masterclass.md, threat model): it can only be
 * linked when the organisation shares it with the trainers, and its content is shown to another
 * organisation only while it is shared with that reader (cohortPolicy.readSubmissionWorksheet, on
 * the current settings); otherwise the reader sees the link without the content.
 */
export function createAssignmentsService(db: Database, deps: { audit: AuditService; substeps: SubstepsService }) {
  const { audit, substeps } = deps;

  async function assignmentOf(tx: Database, cohortId: string, id: string) {
    const row = await repo.assignment(tx, cohortId, id);
    if (!row) throw notFound();
    return row;
  }

  /**
   * Which subgroups the caller sees for one assignment (trainers all, a participant its own), and
   * whose submissions it may read: cohortPolicy.readSubmission decides, given the caller's subgroup.
   */
  async function audienceOf(actor: SessionActor, access: CohortAccess, assignmentId: string) {
    const groups = grouped(await arepo.subgroups(db, assignmentId));
    const trainer = cohortPolicy.review(actor, access.ref);
    const own = access.own;
    // loadCohort let the caller in as a trainer or as someone taking part.
    if (!trainer && !own) throw notFound();
    const mine = own && groups.find((g) => g.memberIds.includes(own.id));
    const readable = (p: ParticipationRow) => cohortPolicy.readSubmission(actor, access.ref, asRef(p), mine?.memberIds.includes(p.id) ?? false, own);
    return { trainer, groups: trainer ? groups : mine ? [mine] : [], readable };
  }

  function presentGroups(groups: Group[], members: Member[]) {
    const name = (id: string) => members.find((m) => m.participation.id === id)?.organisationName ?? '';
    return groups.map((g) => ({
      id: g.id,
      name: g.name,
      members: g.memberIds.map((participationId) => ({ participationId, organisationName: name(participationId) })),
    }));
  }

  function summary(assignment: AssignmentRow, member: Member, row: SubmissionRow | undefined, ownId: string | undefined, today: string) {
    return {
      participationId: member.participation.id,
      organisationName: member.organisationName,
      own: member.participation.id === ownId,
      state: submissionState(assignment.dueDate, row ? amsterdamDay(row.submittedAt) : null, today),
      submittedAt: row?.submittedAt ?? null,
      updatedAt: row?.updatedAt ?? null,
      text: row ? row.text : null,
      worksheet: row?.worksheet && row.worksheetVersion !== null ? { key: row.worksheet as SubstepKey, version: row.worksheetVersion } : null,
    };
  }

  const read = (access: CohortAccess, assignment: AssignmentRow, items: string[]) => ({
    cohort: access.cohort.name,
    assignment: assignment.title,
    items,
  });

  return {
    /** A proposal that mixes organisations (core proposeSubgroups), for the trainer to change and save. */
    async proposal(actor: SessionActor, cohortId: string, assignmentId: string, size: number, locale: Locale) {
      await loadCohort(db, actor, cohortId, 'teach');
      await assignmentOf(db, cohortId, assignmentId);
      const members = await repo.participationsOf(db, cohortId);
      const groups = proposeSubgroups(members, size).filter((g) => g.length > 0);
      return {
        subgroups: groups.map((g, i) => ({
          name: `${SUBGROUP[locale]} ${i + 1}`,
          participationIds: g.map((m) => m.participation.id),
          members: g.map((m) => ({ participationId: m.participation.id, organisationName: m.organisationName })),
        })),
      };
    },

    /** Replaces the assignment's subgroups; every participation must be in this cohort (else 400 naming it, nothing written). */
    async saveSubgroups(actor: SessionActor, cohortId: string, assignmentId: string, input: SubgroupsInput) {
      return db.transaction(async (tx) => {
        const { cohort } = await loadCohort(tx, actor, cohortId, 'teach');
        await assignmentOf(tx, cohortId, assignmentId);
        const members = await repo.participationsOf(tx, cohortId);
        input.subgroups.forEach((group, i) =>
          group.participationIds.forEach((id, j) => {
            if (!members.some((m) => m.participation.id === id)) throw invalid('subgroupParticipationUnknown', `subgroups.${i}.participationIds.${j}`);
          }),
        );
        const before = grouped(await arepo.subgroups(tx, assignmentId)).map(({ name, memberIds }) => ({ name, participationIds: memberIds }));
        await arepo.replaceSubgroups(tx, cohort.organisationId, cohortId, assignmentId, input.subgroups);
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.subgroups.update',
          entity: 'cohort',
          entityId: cohortId,
          before: { assignmentId, subgroups: before },
          after: { assignmentId, subgroups: input.subgroups },
        });
        return { subgroups: presentGroups(grouped(await arepo.subgroups(tx, assignmentId)), members) };
      });
    },

    /**
     * The duo hands in (or changes) its organisation's answer: text, a worksheet of its own programme
     * at its current version, or both. The first hand-in's moment stays: on time or late is judged on it.
     * A linked worksheet must be shared with the trainers (the admin's decision, tab Delen): handing in
     * is no way around the organisation's share settings.
     */
    async submit(actor: SessionActor, cohortId: string, assignmentId: string, input: SubmissionInput) {
      const access = await loadCohort(db, actor, cohortId, 'participate');
      const own = access.own!;
      const assignment = await assignmentOf(db, cohortId, assignmentId);
      let worksheetVersion: number | null = null;
      if (input.worksheet !== null) {
        // Worksheets that name staff never leave the organisation, not even through a submission (core/masterclass/sharing.ts).
        if (UNSHAREABLE_WORKSHEETS.includes(input.worksheet)) throw invalid('submissionWorksheetNotShareable', 'worksheet');
        if (!sharedWith(own.shares, 'trainers', { kind: 'worksheet', substepKey: input.worksheet })) throw invalid('submissionWorksheetNotShared', 'worksheet');
        const sheet = await substeps.get(actor, own.row.programmeId, input.worksheet).catch((error: unknown) => {
          if (error instanceof AppError && (error.status === 403 || error.status === 404)) return null;
          throw error;
        });
        if (!sheet?.worksheet) throw invalid('submissionWorksheetMissing', 'worksheet');
        worksheetVersion = sheet.worksheet.version;
      }
      const row = await db.transaction(async (tx) => {
        const before = await arepo.submission(tx, assignmentId, own.id);
        const saved = await arepo.saveSubmission(tx, actor.organisationId, {
          assignmentId,
          participationId: own.id,
          text: input.text,
          worksheet: input.worksheet,
          worksheetVersion,
        });
        if (!saved) throw notFound();
        await audit.record(tx, asAuditActor(actor), {
          action: 'cohort.submission.save',
          entity: 'cohort_share',
          entityId: own.id,
          before: before ? { assignmentId, text: before.text, worksheet: before.worksheet, worksheetVersion: before.worksheetVersion } : null,
          after: { cohort: access.cohort.name, assignmentId, assignment: assignment.title, text: input.text, worksheet: input.worksheet, worksheetVersion },
        });
        return saved;
      });
      const organisationName = (await repo.participationsOf(db, cohortId)).find((m) => m.participation.id === own.id)?.organisationName ?? '';
      return summary(assignment, { participation: own.row, organisationName }, row, own.id, amsterdamDay());
    },

    /** The assignment as the caller may see it (see above): trainers everything, a participant its own subgroup. */
    async view(actor: SessionActor, cohortId: string, assignmentId: string) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      const assignment = await assignmentOf(db, cohortId, assignmentId);
      const audience = await audienceOf(actor, access, assignmentId);
      const [members, rows] = await Promise.all([repo.participationsOf(db, cohortId), arepo.submissions(db, assignmentId)]);
      const today = amsterdamDay();
      const visible = members.filter((m) => audience.readable(m.participation));
      const submissions = [];
      for (const member of visible) {
        const row = rows.find((r) => r.participationId === member.participation.id);
        if (row) await logCrossRead(db, audit, actor, member.participation, read(access, assignment, ['submission']));
        submissions.push(summary(assignment, member, row, access.own?.id, today));
      }
      return { assignment: presentAssignment(assignment), today, trainer: audience.trainer, subgroups: presentGroups(audience.groups, members), submissions };
    },

    /**
     * One submission, with the worksheet it links as it was at the version handed in (read as that
     * organisation's viewer); the content only while it is shared with the reader (see above).
     */
    async submission(actor: SessionActor, cohortId: string, assignmentId: string, participationId: string) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      const assignment = await assignmentOf(db, cohortId, assignmentId);
      const audience = await audienceOf(actor, access, assignmentId);
      const member = (await repo.participationsOf(db, cohortId)).find((m) => m.participation.id === participationId);
      if (!member || !audience.readable(member.participation)) throw notFound();
      const row = await arepo.submission(db, assignmentId, participationId);
      if (!member || !row) throw notFound();
      const base = summary(assignment, member, row, access.own?.id, amsterdamDay());
      const linkedWorksheet = base.worksheet;
      const worksheetShared =
        linkedWorksheet === null || cohortPolicy.readSubmissionWorksheet(actor, access.ref, asRef(member.participation), linkedWorksheet.key, access.own);
      let worksheet = null;
      if (base.worksheet && worksheetShared) {
        const versions = await substeps.versions(readerOf(actor, member.participation), member.participation.programmeId, base.worksheet.key);
        const version = versions.find((v) => v.version === base.worksheet!.version);
        // Never the author's name: names of staff stay in the organisation.
        if (version) worksheet = { ...base.worksheet, notes: version.notes, fields: version.fields, redacted: version.redacted, savedAt: version.createdAt };
      }
      await logCrossRead(db, audit, actor, member.participation, read(access, assignment, worksheet ? ['submission', worksheet.key] : ['submission']));
      return { ...base, worksheet, linkedWorksheet, worksheetShared };
    },

    /** The trainers' view of one session: per assignment, per organisation, whether it prepared (on time, late, missing, open). */
    async preparation(actor: SessionActor, cohortId: string, sessionId: string) {
      const access = await loadCohort(db, actor, cohortId, 'read');
      authorize(cohortPolicy.review, actor, access.ref);
      const session = await repo.session(db, access.cohort.organisationId, cohortId, sessionId);
      if (!session) throw notFound();
      const [assignments, members, times] = await Promise.all([
        repo.assignments(db, cohortId),
        repo.participationsOf(db, cohortId),
        repo.submissionTimes(db, cohortId),
      ]);
      const today = amsterdamDay();
      return {
        session: { id: session.id, title: session.title, startsAt: session.startsAt },
        today,
        assignments: assignments
          .filter((a) => a.sessionId === sessionId)
          .map((a) => ({
            assignment: presentAssignment(a),
            rows: members.map(({ participation: p, organisationName }) => {
              const submittedAt = times.find((t) => t.assignmentId === a.id && t.participationId === p.id)?.submittedAt ?? null;
              return {
                participationId: p.id,
                organisationName,
                state: submissionState(a.dueDate, submittedAt && amsterdamDay(submittedAt), today),
                submittedAt,
              };
            }),
          })),
      };
    },
  };
}
export type AssignmentsService = ReturnType<typeof createAssignmentsService>;
