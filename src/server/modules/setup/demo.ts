import type { Role } from '../../../core/roles.js';
import type { Database } from '../../db/client.js';
import { randomToken } from '../../security/tokens.js';
import { demoSurveyAnswers, demoSurveyDefinition } from './demo-survey.js';
import { demoWorksheets } from './demo-worksheets.js';
import type { AuditService } from '../audit/service.js';
import type { SessionActor } from '../auth/actor.js';
import type { OrganisationService } from '../organisation/service.js';
import type { ProgrammesService } from '../programmes/service.js';
import type { SubstepsService } from '../programmes/substeps.service.js';
import type { SurveyResponsesService } from '../surveys/responses.service.js';
import type { SurveysService } from '../surveys/service.js';
import type { UsersService } from '../users/service.js';

export const DEMO_ORGANISATION_NAME = 'Zorggroep Voorbeeldhaven (demo)';

const DEMO_USERS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'beheerder@demo.wegwijs.invalid', name: 'Demo Beheerder', roles: ['admin'] },
  { email: 'trajectleider@demo.wegwijs.invalid', name: 'Demo Trajectleider', roles: ['coordinator', 'privacy'] },
  { email: 'kernteamlid@demo.wegwijs.invalid', name: 'Demo Kernteamlid', roles: ['member'] },
  { email: 'bestuurder@demo.wegwijs.invalid', name: 'Demo Bestuurder', roles: ['viewer'] },
];

export interface DemoLogin {
  password: string;
  emails: string[];
}

/**
 * Loads the clearly marked demo organisation with one programme under way (and a closed survey
 * with results in 3.3), once. The password is
 * random per installation (printed in the console) so a forgotten demo is not an open door.
 */
export async function loadDemo(
  db: Database,
  deps: {
    audit: AuditService;
    organisations: OrganisationService;
    users: UsersService;
    programmes: ProgrammesService;
    substeps: SubstepsService;
    surveys: SurveysService;
    surveyResponses: SurveyResponsesService;
  },
  password = randomToken(12),
): Promise<DemoLogin | null> {
  if (await deps.organisations.demoOrganisation()) return null;
  const { organisation, accounts } = await db.transaction(async (tx) => {
    const organisation = await deps.organisations.create(tx, { name: DEMO_ORGANISATION_NAME, isDemo: true });
    const accounts = [];
    for (const u of DEMO_USERS) accounts.push(await deps.users.createActive(tx, { ...u, organisationId: organisation.id, password }));
    await deps.audit.record(tx, { userId: null, organisationId: organisation.id, name: 'Wegwijs' }, {
      action: 'organisation.demo_load',
      entity: 'organisation',
      entityId: organisation.id,
    });
    return { organisation, accounts };
  });

  const [, coordinator, member] = accounts;
  const actor: SessionActor = {
    userId: coordinator!.id,
    organisationId: organisation.id,
    roles: ['coordinator', 'privacy'],
    name: coordinator!.name,
    email: coordinator!.email,
    locale: 'nl',
    sessionId: 'demo-loader',
    csrfToken: 'demo-loader',
  };
  const programme = await deps.programmes.create(actor, {
    title: 'Datalekken sneller melden',
    problem:
      'Op de verpleegafdelingen worden datalekken (zoals een mail met patiëntgegevens aan de verkeerde ontvanger) laat of niet gemeld. Daardoor halen we de meldtermijn van 72 uur niet altijd.',
  });
  await deps.programmes.addMember(actor, programme.id, { userId: member!.id, teamRole: 'Verpleegkundige, zorgpraktijk' });
  const sheets = demoWorksheets({ coordinatorId: coordinator!.id, memberId: member!.id });
  const notes: Partial<Record<keyof typeof sheets, string>> = {
    '1.1': 'Gekozen uit de incidentregistratie en de interne audit: het aantal meldingen is laag, terwijl de audit meerdere niet-gemelde incidenten vond.',
  };
  for (const key of ['1.1', '1.2', '1.3', '1.4'] as const) {
    await deps.substeps.save(actor, programme.id, key, { baseVersion: 0, notes: notes[key] ?? '', fields: sheets[key] });
  }
  for (const key of ['1.1', '1.2'] as const) await deps.substeps.setStatus(actor, programme.id, key, 'done');

  // A closed baseline survey, so the results in 3.3 can be seen at once.
  const survey = await deps.surveys.create(actor, programme.id, { title: 'Nulmeting: datalekken melden', linkEnabled: true, definition: demoSurveyDefinition });
  await deps.surveys.open(actor, programme.id, survey.id);
  for (const answer of demoSurveyAnswers()) await deps.surveyResponses.submit(survey.publicSlug, answer);
  await deps.surveys.close(actor, programme.id, survey.id);
  return { password, emails: DEMO_USERS.map((u) => u.email) };
}
