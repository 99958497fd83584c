import { readApDetails, type ApDetails } from '#core/breach/ap-details.js';
import type { Locale } from '#core/locale.js';
import { organisationPolicy } from '#core/policies/index.js';
import { readSector, type Sector } from '#core/sector.js';
import type { Database } from '../../db/client.js';
import { invalid, notFound } from '../../errors.js';
import { authorize } from '../../security/authorize.js';
import type { SessionActor } from '../../context.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { organisationRepository, type OrganisationRow } from './repository.js';

export type { OrganisationRow } from './repository.js';

export const publicOrganisation = (o: OrganisationRow) => ({
  id: o.id,
  name: o.name,
  isDemo: o.isDemo,
  minGroupSize: o.minGroupSize,
  defaultLocale: o.defaultLocale as Locale,
  /** Gives the texts their word for the person receiving care (src/core/sector.ts). */
  sector: readSector(o.sector),
  /** The staff's link to report a data breach is /melden/<breachSlug>. */
  breachSlug: o.breachSlug,
  breachReportRequiresLogin: o.breachReportRequiresLogin,
  apDetails: readApDetails(o.apDetails),
  /** The admin's setting; the operator's maximum may allow fewer (GET /api/organisation's surveyInvitations). */
  surveyInvitationsPerDay: o.surveyInvitationsPerDay,
});

export interface OrganisationChanges {
  name?: string;
  minGroupSize?: number;
  defaultLocale?: Locale;
  sector?: Sector;
  breachReportRequiresLogin?: boolean;
  apDetails?: ApDetails;
  surveyInvitationsPerDay?: number;
}

/** How an admin handed out the report link: its QR code as an image, or the link copied. */
export const BREACH_LINK_SHARES = ['png', 'svg', 'copy'] as const;
export type BreachLinkShare = (typeof BREACH_LINK_SHARES)[number];

/** The staff's breach report form: /melden/<slug> in the light respond page. */
export const breachReportPath = (breachSlug: string) => `/melden/${breachSlug}`;

export function createOrganisationService(db: Database, audit: AuditService, limits: { surveyInvitationsPerDayMax: number }) {
  return {
    async get(actor: SessionActor) {
      const row = await organisationRepository.byId(db, actor.organisationId);
      if (!row) throw notFound();
      return publicOrganisation(row);
    },

    update(actor: SessionActor, changes: OrganisationChanges) {
      authorize(organisationPolicy.update, actor);
      return db.transaction(async (tx) => {
        const before = await organisationRepository.byId(tx, actor.organisationId);
        if (!before) throw notFound();
        // The operator's ceiling on invitation mails holds for every organisation; a setting above a
        // since-lowered ceiling may be sent back unchanged (it counts as the ceiling), not raised.
        const max = limits.surveyInvitationsPerDayMax;
        const perDay = changes.surveyInvitationsPerDay;
        if (perDay !== undefined && perDay > max && perDay !== before.surveyInvitationsPerDay)
          throw invalid('surveyInvitationsAboveMax', 'surveyInvitationsPerDay', { max });
        const after = await organisationRepository.update(tx, actor.organisationId, changes);
        await audit.record(tx, asAuditActor(actor), {
          action: 'organisation.update',
          entity: 'organisation',
          entityId: after.id,
          before: publicOrganisation(before),
          after: publicOrganisation(after),
        });
        return publicOrganisation(after);
      });
    },

    /**
     * An admin downloaded the report link's QR code or copied the link: the step towards a poster and
     * the intranet that the app can see (the first-run checklist, core/first-run.ts). Only the first
     * time changes anything, so only that one is logged; later calls are one cheap update.
     */
    recordBreachLinkShared(actor: SessionActor, how: BreachLinkShare) {
      authorize(organisationPolicy.update, actor);
      return db.transaction(async (tx) => {
        if (!(await organisationRepository.markOnce(tx, actor.organisationId, 'breachLinkSharedAt', new Date()))) return;
        await audit.record(tx, asAuditActor(actor), {
          action: 'organisation.breach_link_share',
          entity: 'organisation',
          entityId: actor.organisationId,
          after: { how },
        });
      });
    },

    /** An admin put the first-run checklist away; it stays away for the whole organisation. Logged when it goes away, not again. */
    dismissFirstRun(actor: SessionActor) {
      authorize(organisationPolicy.firstRun, actor);
      return db.transaction(async (tx) => {
        if (!(await organisationRepository.markOnce(tx, actor.organisationId, 'firstRunDismissedAt', new Date()))) return;
        await audit.record(tx, asAuditActor(actor), { action: 'organisation.first_run_dismiss', entity: 'organisation', entityId: actor.organisationId });
      });
    },

    async byId(tx: Database, id: string) {
      const row = await organisationRepository.byId(tx, id);
      if (!row) throw notFound();
      return row;
    },

    /** Used by set-up, the demo loader and the import, inside their transaction. */
    create: (
      tx: Database,
      values: { name: string; isDemo?: boolean; defaultLocale?: Locale; firstRunDismissedAt?: Date | null } & Omit<
        OrganisationChanges,
        'name' | 'defaultLocale'
      >,
    ) => organisationRepository.insert(tx, values),

    /** The word our texts use for the person receiving the organisation's care follows this (src/core/sector.ts). */
    sectorOf: async (organisationId: string, tx: Database = db) => readSector((await organisationRepository.byId(tx, organisationId))?.sector),

    /** For the public breach report form; undefined for a link that is not (or no longer) ours. */
    byBreachSlug: (slug: string) => organisationRepository.byBreachSlug(db, slug),

    hasRealOrganisation: async (tx: Database = db) => (await organisationRepository.countReal(tx)) > 0,
    /** For the system jobs that mail (the breach deadline alerts): every organisation but the demo. */
    mailing: () => organisationRepository.mailing(db),
    demoOrganisation: () => organisationRepository.demo(db),
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
