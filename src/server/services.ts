import type { LoginThrottleSettings } from '#core/login-throttle.js';
import type { Database } from './db/client.js';
import { answerIntake } from './db/group-commit.js';
import type { Mailer } from './mail/mailer.js';
import { createAuditService } from './modules/audit/service.js';
import { createAuthService } from './modules/auth/service.js';
import { createBreachAlertsService } from './modules/breaches/deadline-alerts.js';
import { createBreachRegisterService } from './modules/breaches/register.service.js';
import { createBreachReportService } from './modules/breaches/report.service.js';
import { createFirstRunService } from './modules/first-run/service.js';
import { createSessionsService } from './modules/sessions/service.js';
import { createOrganisationService } from './modules/organisation/service.js';
import { createProgrammesService } from './modules/programmes/service.js';
import { createSubstepsService } from './modules/programmes/substeps.service.js';
import { createExecutionService } from './modules/execution/service.js';
import { createRoleTablesService } from './modules/programmes/role-tables.service.js';
import { createMeasurementService } from './modules/measurement/service.js';
import { createKnowledgeService } from './modules/knowledge/service.js';
import { createKnowledgeResponsesService } from './modules/knowledge/responses.service.js';
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
import { createSurveyInvitationsService } from './modules/surveys/invitations.service.js';
import { DEFAULT_INVITATIONS_PER_DAY_MAX } from '#core/survey/invitations.js';
import { createSetupService } from './modules/setup/service.js';
import { createUsersService } from './modules/users/service.js';
import { createOidcClient, type OidcOptions } from './modules/sso/oidc.js';
import { createSsoService } from './modules/sso/service.js';
import { createTotpService } from './modules/totp/service.js';
import { createRetentionService } from './modules/retention/service.js';
import { createTransferService } from './modules/transfer/service.js';
import { createMailCheckService } from './modules/mail-check/service.js';
import { createCohortsService } from './modules/masterclass/cohorts.service.js';
import { createParticipationService } from './modules/masterclass/participation.service.js';
import { createBoardService } from './modules/masterclass/board.service.js';
import { createSharedService } from './modules/masterclass/shared.service.js';
import { createAfterCourseService } from './modules/masterclass/after-course.service.js';
import { createAssignmentsService } from './modules/masterclass/assignments.service.js';
import { createExchangeService } from './modules/masterclass/exchange.service.js';
import { createRoleplayService } from './modules/masterclass/roleplay.service.js';

/** Wires the services once; modules reach each other only through these. */
export function createServices(
  db: Database,
  secret: string,
  mailer: Mailer | null = null,
  limits: { surveyInvitationsPerDayMax?: number; loginThrottle?: LoginThrottleSettings; sso?: OidcOptions; databaseMaxWaitMs?: number | null } = {},
) {
  const intake = answerIntake(limits.databaseMaxWaitMs ?? null);
  const surveyInvitationsPerDayMax = limits.surveyInvitationsPerDayMax ?? DEFAULT_INVITATIONS_PER_DAY_MAX;
  const audit = createAuditService(db);
  const organisations = createOrganisationService(db, audit, { surveyInvitationsPerDayMax });
  const sessions = createSessionsService(db, { secret, audit, loginThrottle: limits.loginThrottle });
  const users = createUsersService(db, { secret, audit, sessions });
  const sso = createSsoService(db, { secret, audit, sessions, users, organisations, oidc: createOidcClient(limits.sso) });
  const totp = createTotpService(db, { secret, audit, sessions, users, organisations, mailer });
  const auth = createAuthService(db, { secret, audit, organisations, sessions, users, sso, totp });
  const substeps = createSubstepsService(db, { audit, users, requirements: { ...interventionRequirements, ...anchoringRequirements } });
  const programmes = createProgrammesService(db, { audit, users, substeps });
  const firstRun = createFirstRunService(db, { organisations, users, programmes });
  const roleTables = createRoleTablesService(db, { audit });
  const surveys = createSurveysService(db, { audit, organisations });
  const surveyInvitations = createSurveyInvitationsService(db, { audit, organisations, secret, mailer, perDayMax: surveyInvitationsPerDayMax });
  const surveyResponses = createSurveyResponsesService(db, { secret, intake, organisations });
  const research = createResearchService({ substeps, surveys, organisations });
  const interventions = createInterventionsService(db, { audit, substeps, organisations });
  const execution = createExecutionService(db, { audit, users, interventions });
  const knowledge = createKnowledgeService(db, { audit, organisations });
  const knowledgeResponses = createKnowledgeResponsesService(db, { intake, organisations });
  const breachRegister = createBreachRegisterService(db, { audit, organisations });
  const measurement = createMeasurementService(db, { audit, organisations, surveys, interventions, knowledge, breachRegister });
  const communication = createCommunicationService(db, { audit });
  const checkins = createCheckinsService(db, { audit });
  const anchoring = createAnchoringService(db, { audit, users, substeps });
  const dashboard = createDashboardService(db, { programmes, measurement, breachRegister });
  const reminders = createRemindersService(db, { mailer });
  const reports = createReportsService(db, { measurement, surveys, roleTables });
  const setup = createSetupService(db, { secret, audit, sessions, users, organisations });
  const breachReports = createBreachReportService(db, { audit, organisations, mailer });
  const breachAlerts = createBreachAlertsService(db, { mailer, organisations });
  const retention = createRetentionService(db, { audit });
  const transfer = createTransferService(db, { secret, audit, sessions, organisations, retention, knowledge, surveys });
  const mailCheck = createMailCheckService({ mailer, organisations });
  const cohorts = createCohortsService(db, { audit });
  const participation = createParticipationService(db, { audit, programmes });
  const shared = createSharedService(db, { audit, reports, interventions, measurement, surveys });
  const board = createBoardService(db, { audit, programmes, substeps, checkins, shared });
  const afterCourse = createAfterCourseService(db, { audit, board });
  const assignments = createAssignmentsService(db, { audit, substeps });
  const exchange = createExchangeService(db, { audit, interventions });
  const roleplay = createRoleplayService(db, { audit, substeps, organisations });
  return {
    audit,
    organisations,
    firstRun,
    sessions,
    auth,
    users,
    sso,
    totp,
    programmes,
    roleTables,
    substeps,
    surveys,
    surveyInvitations,
    surveyResponses,
    research,
    interventions,
    execution,
    communication,
    checkins,
    measurement,
    anchoring,
    dashboard,
    reminders,
    reports,
    setup,
    knowledge,
    knowledgeResponses,
    breachReports,
    breachRegister,
    breachAlerts,
    retention,
    transfer,
    mailCheck,
    cohorts,
    participation,
    board,
    shared,
    afterCourse,
    assignments,
    exchange,
    roleplay,
  };
}
export type Services = ReturnType<typeof createServices>;
