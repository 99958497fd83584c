import type { Database } from './db/client.js';
import type { Mailer } from './mail/mailer.js';
import { createAuditService } from './modules/audit/service.js';
import { createAuthService } from './modules/auth/service.js';
import { createOrganisationService } from './modules/organisation/service.js';
import { createProgrammesService } from './modules/programmes/service.js';
import { createSubstepsService } from './modules/programmes/substeps.service.js';
import { createExecutionService } from './modules/execution/service.js';
import { createMeasurementService } from './modules/measurement/service.js';
import { createCheckinsService } from './modules/execution/checkins.service.js';
import { createCommunicationService } from './modules/execution/communication.service.js';
import { createInterventionsService, interventionRequirements } from './modules/interventions/service.js';
import { anchoringRequirements, createAnchoringService } from './modules/anchoring/service.js';
import { createDashboardService } from './modules/dashboard/service.js';
import { createRemindersService } from './modules/reminders/service.js';
import { createReportsService } from './modules/reports/service.js';
import { createResearchService } from './modules/research/service.js';
import { createSurveyResponsesService } from './modules/surveys/responses.service.js';
import { createSurveysService } from './modules/surveys/service.js';
import { createSetupService } from './modules/setup/service.js';
import { createUsersService } from './modules/users/service.js';

/** Wires the services once; modules reach each other only through these. */
export function createServices(db: Database, secret: string, mailer: Mailer | null = null) {
  const audit = createAuditService(db);
  const organisations = createOrganisationService(db, audit);
  const auth = createAuthService(db, { secret, audit, organisations });
  const users = createUsersService(db, { secret, audit, auth, organisations });
  const programmes = createProgrammesService(db, { audit, users });
  const substeps = createSubstepsService(db, { audit, requirements: { ...interventionRequirements, ...anchoringRequirements } });
  const surveys = createSurveysService(db, { audit, organisations, secret, mailer });
  const surveyResponses = createSurveyResponsesService(db, { secret });
  const research = createResearchService({ substeps, surveys });
  const interventions = createInterventionsService(db, { audit, substeps });
  const execution = createExecutionService(db, { audit, users, interventions });
  const measurement = createMeasurementService(db, { audit, organisations, surveys, interventions });
  const communication = createCommunicationService(db, { audit });
  const checkins = createCheckinsService(db, { audit });
  const anchoring = createAnchoringService(db, { audit, users, substeps });
  const dashboard = createDashboardService(db, { programmes });
  const reminders = createRemindersService(db, { mailer });
  const reports = createReportsService(db, { measurement });
  const setup = createSetupService(db, { secret, audit, auth, users, organisations });
  return { audit, organisations, auth, users, programmes, substeps, surveys, surveyResponses, research, interventions, execution, communication, checkins, measurement, anchoring, dashboard, reminders, reports, setup };
}
export type Services = ReturnType<typeof createServices>;
