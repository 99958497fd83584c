import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organisationSso, ssoIdentities } from '../../db/schema.js';

export type SsoConfigRow = typeof organisationSso.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ssoRepository = {
  async of(db: Database, organisationId: string) {
    const [row] = await db.select().from(organisationSso).where(eq(organisationSso.organisationId, organisationId));
    return row;
  },

  /** What the login page or a direct link names: the login name, or the organisation's id. */
  async byLoginNameOrId(db: Database, key: string) {
    const where = UUID.test(key) ? eq(organisationSso.organisationId, key) : eq(organisationSso.loginName, key.toLowerCase());
    const [row] = await db.select().from(organisationSso).where(where);
    return row;
  },

  async save(db: Database, row: typeof organisationSso.$inferInsert) {
    const { organisationId, ...changes } = row;
    const [saved] = await db
      .insert(organisationSso)
      .values(row)
      .onConflictDoUpdate({ target: organisationSso.organisationId, set: { ...changes, updatedAt: new Date() } })
      .returning();
    return saved!;
  },

  /**
   * The organisation's single sign-on when it is the only way in for this account (password login
   * is off), else undefined. Administrators keep their password as break-glass access when single
   * sign-on fails.
   */
  async ssoOnlyFor(db: Database, account: { organisationId: string; roles: readonly string[] }) {
    if (account.roles.includes('admin')) return undefined;
    const row = await ssoRepository.of(db, account.organisationId);
    return row?.enabled && row.ssoOnly ? row : undefined;
  },

  async identity(db: Database, organisationId: string, issuer: string, subject: string) {
    const [row] = await db
      .select()
      .from(ssoIdentities)
      .where(and(eq(ssoIdentities.organisationId, organisationId), eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)));
    return row;
  },

  async identityOf(db: Database, userId: string) {
    const [row] = await db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, userId));
    return row;
  },

  /** Links an account to its identity at the provider, replacing a link to an earlier provider. */
  link: (db: Database, row: { userId: string; organisationId: string; issuer: string; subject: string }) =>
    db
      .insert(ssoIdentities)
      .values(row)
      .onConflictDoUpdate({ target: ssoIdentities.userId, set: { issuer: row.issuer, subject: row.subject, createdAt: new Date() } }),
};
