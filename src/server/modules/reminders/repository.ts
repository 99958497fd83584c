import { and, asc, between, desc, eq, inArray, lt, ne } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { actions, organisations, programmeMembers, programmes, sentReminders, users, worksheetVersions } from '../../db/schema.js';

/**
 * The reminder job's queries. It is a system job without a session, so it reads what it needs of
 * programmes, the 1.4 worksheet, team members and actions itself: read only, each query within one
 * organisation, only active programmes and active accounts.
 */

const activeAccount = (organisationId: string) => and(eq(users.organisationId, organisationId), eq(users.status, 'active'), ne(users.email, ''));
const recipient = { userId: users.id, email: users.email, name: users.name, locale: users.locale };

export const remindersRepository = {
  /** Organisations that can receive mail: the demo's addresses do not exist. */
  organisationIds: (db: Database) =>
    db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.isDemo, false))
      .orderBy(asc(organisations.createdAt))
      .then((rows) => rows.map((r) => r.id)),

  /** The active programmes with the stored data of their newest 1.4 worksheet (null when never saved). */
  programmes: (db: Database, organisationId: string) =>
    db
      .selectDistinctOn([programmes.id], { id: programmes.id, title: programmes.title, planning: worksheetVersions.data })
      .from(programmes)
      .leftJoin(
        worksheetVersions,
        and(eq(worksheetVersions.programmeId, programmes.id), eq(worksheetVersions.organisationId, organisationId), eq(worksheetVersions.substepKey, '1.4')),
      )
      .where(and(eq(programmes.organisationId, organisationId), eq(programmes.status, 'active')))
      .orderBy(programmes.id, desc(worksheetVersions.version)),

  /** The team members of the given programmes who can receive mail. */
  team: (db: Database, organisationId: string, programmeIds: string[]) =>
    programmeIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ programmeId: programmeMembers.programmeId, ...recipient })
          .from(programmeMembers)
          .innerJoin(users, eq(users.id, programmeMembers.userId))
          .where(and(eq(programmeMembers.organisationId, organisationId), inArray(programmeMembers.programmeId, programmeIds), activeAccount(organisationId)))
          .orderBy(asc(programmeMembers.addedAt), asc(users.id)),

  /** Open actions due between the two days (inclusive) whose owner has an active account. */
  openActionsDue: (db: Database, organisationId: string, from: string, to: string) =>
    db
      .select({ id: actions.id, programmeId: actions.programmeId, title: actions.title, status: actions.status, due: actions.due, owner: recipient })
      .from(actions)
      .innerJoin(users, eq(users.id, actions.ownerUserId))
      .where(
        and(
          eq(actions.organisationId, organisationId),
          inArray(actions.status, ['todo', 'doing']),
          between(actions.due, from, to),
          activeAccount(organisationId),
        ),
      )
      .orderBy(asc(actions.due), asc(actions.id)),

  /** Forgets reminders sent before the moment: their days are past, so their keys never come back. */
  forgetBefore: (db: Database, organisationId: string, before: Date) =>
    db.delete(sentReminders).where(and(eq(sentReminders.organisationId, organisationId), lt(sentReminders.sentAt, before))),
};
