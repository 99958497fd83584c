import { readApDetails, type ApDetails } from '../../../core/breach/ap-details.js';
import type { Locale } from '../../../core/locale.js';
import { organisationPolicy } from '../../../core/policies/index.js';
import type { Database } from '../../db/client.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import type { SessionActor } from '../auth/actor.js';
import { asAuditActor, type AuditService } from '../audit/service.js';
import { organisationRepository, type OrganisationRow } from './repository.js';

export const publicOrganisation = (o: OrganisationRow) => ({
  id: o.id,
  name: o.name,
  isDemo: o.isDemo,
  minGroupSize: o.minGroupSize,
  defaultLocale: o.defaultLocale as Locale,
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
  breachReportRequiresLogin?: boolean;
  apDetails?: ApDetails;
  surveyInvitationsPerDay?: number;
}

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
      if (!organisationPolicy.update(actor)) throw forbidden();
      return db.transaction(async (tx) => {
        const before = await organisationRepository.byId(tx, actor.organisationId);
        if (!before) throw notFound();
        // The operator's ceiling on invitation mails holds for every organisation; a setting above a
        // since-lowered ceiling may be sent back unchanged (it counts as the ceiling), not raised.
        const max = limits.surveyInvitationsPerDayMax;
        const perDay = changes.surveyInvitationsPerDay;
        if (perDay !== undefined && perDay > max && perDay !== before.surveyInvitationsPerDay) throw invalid('surveyInvitationsAboveMax', 'surveyInvitationsPerDay', { max });
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

    async byId(tx: Database, id: string) {
      const row = await organisationRepository.byId(tx, id);
      if (!row) throw notFound();
      return row;
    },

    /** Used by set-up, the demo loader and the import, inside their transaction. */
    create: (tx: Database, values: { name: string; isDemo?: boolean; defaultLocale?: Locale } & Omit<OrganisationChanges, 'name' | 'defaultLocale'>) =>
      organisationRepository.insert(tx, values),

    /** For the public breach report form; undefined for a link that is not (or no longer) ours. */
    byBreachSlug: (slug: string) => organisationRepository.byBreachSlug(db, slug),

    hasRealOrganisation: async (tx: Database = db) => (await organisationRepository.countReal(tx)) > 0,
    demoOrganisation: () => organisationRepository.demo(db),
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
