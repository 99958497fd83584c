import { readApDetails } from '#core/breach/ap-details.js';
import { firstRunChecklist } from '#core/first-run.js';
import { organisationPolicy } from '#core/policies/index.js';
import type { Database } from '../../db/client.js';
import { authorize } from '../../security/authorize.js';
import type { SessionActor } from '../../context.js';
import type { ProgrammesService } from '../programmes/service.js';
import type { UsersService } from '../users/service.js';
import type { OrganisationService } from '../organisation/service.js';

/** The first page's checklist for a new organisation (core/first-run.ts), read from what it holds. */
export function createFirstRunService(db: Database, deps: { organisations: OrganisationService; users: UsersService; programmes: ProgrammesService }) {
  async function checklist(actor: SessionActor) {
    authorize(organisationPolicy.firstRun, actor);
    const [organisation, accounts, programmes] = await Promise.all([
      deps.organisations.byId(db, actor.organisationId),
      deps.users.counts(actor.organisationId),
      deps.programmes.count(actor.organisationId),
    ]);
    const facts = { ...accounts, breachLinkShared: organisation.breachLinkSharedAt !== null, apDetails: readApDetails(organisation.apDetails), programmes };
    return firstRunChecklist(facts, organisation.firstRunDismissedAt !== null);
  }

  return {
    checklist,
    async dismiss(actor: SessionActor) {
      await deps.organisations.dismissFirstRun(actor);
      return checklist(actor);
    },
  };
}
export type FirstRunService = ReturnType<typeof createFirstRunService>;
