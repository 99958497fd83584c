import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyRequest, type FastifyServerOptions, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { LoginThrottleSettings } from '#core/login-throttle.js';
import type { TrustProxy } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import type { RouteContext } from './context.js';
import './i18n/validation.js';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { breachRegisterRoutes } from './modules/breaches/register.routes.js';
import { breachReportRoutes } from './modules/breaches/report.routes.js';
import { docsRoutes, openApiOptions } from './modules/docs/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { knowledgeRoutes, publicKnowledgeRoutes } from './modules/knowledge/routes.js';
import { organisationRoutes } from './modules/organisation/routes.js';
import { firstRunRoutes } from './modules/first-run/routes.js';
import { programmesRoutes } from './modules/programmes/routes.js';
import { substepsRoutes } from './modules/programmes/substeps.routes.js';
import { loadSessionSecret } from './modules/setup/service.js';
import { executionRoutes } from './modules/execution/routes.js';
import { anchoringRoutes } from './modules/anchoring/routes.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { roleTablesRoutes } from './modules/programmes/role-tables.routes.js';
import { measurementRoutes } from './modules/measurement/routes.js';
import { interventionsRoutes } from './modules/interventions/routes.js';
import { reportsRoutes } from './modules/reports/routes.js';
import { researchRoutes } from './modules/research/routes.js';
import { setupRoutes } from './modules/setup/routes.js';
import { publicSurveyRoutes, surveysRoutes } from './modules/surveys/routes.js';
import { usersRoutes } from './modules/users/routes.js';
import { ssoRoutes } from './modules/sso/routes.js';
import { totpRoutes } from './modules/totp/routes.js';
import { retentionRoutes } from './modules/retention/routes.js';
import { transferRoutes } from './modules/transfer/routes.js';
import { mailCheckRoutes } from './modules/mail-check/routes.js';
import { masterclassRoutes } from './modules/masterclass/routes.js';
import { masterclassSharedRoutes } from './modules/masterclass/shared.routes.js';
import { masterclassAssignmentsRoutes } from './modules/masterclass/assignments.routes.js';
import { exchangeRoutes } from './modules/masterclass/exchange.routes.js';
import { roleplayRoutes } from './modules/masterclass/roleplay.routes.js';
import compression from './plugins/compression.js';
import csrf from './plugins/csrf.js';
import errors, { frameworkErrors } from './plugins/errors.js';
import jsonBody from './plugins/json-body.js';
import locale from './plugins/locale.js';
import securityHeaders from './plugins/security-headers.js';
import sessions from './plugins/sessions.js';
import webApp from './plugins/web-app.js';
import { clientAddressKey } from './security/client-address.js';
import { databaseRateLimitStore } from './security/rate-limit-store.js';
import { createMailer, type MailOptions } from './mail/mailer.js';
import { createServices } from './services.js';
import type { OidcOptions } from './modules/sso/oidc.js';
import { serializeError } from './log.js';
import { AccessLog } from './http/access-log.js';
import { startScheduledJobs, type JobsOptions } from './jobs/scheduled.js';

export interface AppOptions {
  database: DatabaseHandle;
  sessionSecret?: string;
  publicUrl?: string;
  trustProxy?: TrustProxy;
  /** Outgoing mail (survey invitations); without it the app offers links and QR codes only. */
  mail?: MailOptions;
  /** The most survey invitation mails an admin may allow their organisation a day (SURVEY_INVITATIONS_PER_DAY_MAX). */
  surveyInvitationsPerDayMax?: number;
  /** How login attempts are slowed down; the defaults of core/login-throttle unless a test needs smaller ones. */
  loginThrottle?: LoginThrottleSettings;
  /** Single sign-on's requests to providers: which private providers the operator allows (SSO_ALLOW_PRIVATE_ISSUERS). */
  sso?: OidcOptions;
  /**
   * Runs the scheduled work (e-mail reminders) on the job queue in the database. Off unless asked
   * for: main.ts turns it on; the API tests that do not need it stay without.
   */
  jobs?: JobsOptions;
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
  /** Told about every route as it is registered (the authorization-matrix test lists them this way). */
  onRoute?: (route: RouteOptions) => void;
}

/** Never log credentials, cookies or tokens. */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.headers["x-setup-token"]',
  'res.headers["set-cookie"]',
];

/**
 * Fastify's request line, but with tokens masked: an account invitation travels in the path
 * (GET /api/invitations/:token) and a survey invitation in the query (/s/:slug?t=token); whoever
 * reads the logs could otherwise use them.
 */
function logRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.replace(/^(\/api\/invitations\/)(?!accept(?:[?#]|$))[^/?#]+/, '$1[token]').replace(/([?&]t=)[^&#]*/, '$1[token]'),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** The caller's logger settings, always with the request line above, the redactions and errors as serializeError tells them. */
function withSafeRequestLog(logger: AppOptions['logger']) {
  if (!logger) return false;
  const settings = logger === true ? {} : logger;
  return { redact: LOG_REDACT, ...settings, serializers: { ...settings.serializers, req: logRequest, err: serializeError } };
}

/**
 * Every request's log lines carry its id (reqId), and the response tells it (X-Request-Id). A
 * reverse proxy's X-Request-Id is kept so one id follows a request through both logs; anything
 * else (too long, odd characters) is replaced by a fresh one, as instances share no counter.
 */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
function requestId(request: { headers: Record<string, string | string[] | undefined> }) {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Fastify's trustProxy for our setting. Fastify 5.12 turned hop counts off, as a count cannot tell
 * the proxy from a client that reaches the port directly; we keep them for proxies without a fixed
 * address (Docker's port mapping), where the port must be reachable through the proxy only
 * (docs/operations.md). The `hops` nearest addresses are proxies; the one before them is the client.
 */
function trustProxyOption(setting: TrustProxy = false) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

/** Builds the whole app; the plugins below run in the order they are registered. */
export async function buildApp(options: AppOptions) {
  const https = options.publicUrl?.startsWith('https://') ?? false;
  const app = Fastify({
    logger: withSafeRequestLog(options.logger),
    trustProxy: trustProxyOption(options.trustProxy),
    bodyLimit: 256 * 1024,
    frameworkErrors,
    genReqId: requestId,
    logController: new AccessLog(),
  }).withTypeProvider<ZodTypeProvider>();
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.addHook('onRequest', async (request, reply) => void reply.header('x-request-id', request.id));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const secret = await loadSessionSecret(options.database.db, options.sessionSecret);
  const mailer = options.mail ? createMailer(options.mail) : null;
  if (mailer) app.addHook('onClose', async () => mailer.close());
  const services = createServices(options.database.db, secret, mailer, {
    databaseMaxWaitMs: options.database.maxWaitMs,
    surveyInvitationsPerDayMax: options.surveyInvitationsPerDayMax,
    loginThrottle: options.loginThrottle,
    sso: options.sso,
  });
  const ctx: RouteContext = { services, cookie: { secure: https }, publicUrl: options.publicUrl };

  await app.register(securityHeaders, { https });
  await app.register(compression);
  await app.register(locale);
  await app.register(errors);
  // Counted in the database, so a limit holds however many instances serve the requests; per
  // client as clientAddressKey sees it (an IPv6 /64 is one client).
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(options.database.db, secret),
    keyGenerator: (request) => clientAddressKey(request.ip),
  });
  await app.register(sessions, { sessions: services.sessions });
  await app.register(jsonBody);
  await app.register(csrf, { publicOrigin: options.publicUrl ? new URL(options.publicUrl).origin : undefined });

  await app.register(swagger, openApiOptions);
  // Set when shutting down: /readyz answers 503 so a load balancer stops sending traffic, and
  // each answer closes its connection, else close() would wait for idle keep-alive connections.
  let draining = false;
  app.addHook('preClose', async () => void (draining = true));
  app.addHook('onSend', async (_request, reply) => void (draining && reply.header('connection', 'close')));
  await app.register(healthRoutes, { ping: options.database.ping, draining: () => draining });
  await app.register(docsRoutes);
  for (const routes of [
    setupRoutes,
    authRoutes,
    ssoRoutes,
    totpRoutes,
    usersRoutes,
    organisationRoutes,
    firstRunRoutes,
    programmesRoutes,
    roleTablesRoutes,
    substepsRoutes,
    surveysRoutes,
    publicSurveyRoutes,
    researchRoutes,
    reportsRoutes,
    interventionsRoutes,
    executionRoutes,
    measurementRoutes,
    anchoringRoutes,
    dashboardRoutes,
    auditRoutes,
    knowledgeRoutes,
    publicKnowledgeRoutes,
    breachReportRoutes,
    breachRegisterRoutes,
    transferRoutes,
    retentionRoutes,
    mailCheckRoutes,
    masterclassRoutes,
    masterclassSharedRoutes,
    masterclassAssignmentsRoutes,
    exchangeRoutes,
    roleplayRoutes,
  ]) {
    await app.register(routes, ctx);
  }
  if (options.webRoot) await app.register(webApp, { root: options.webRoot });

  // Started last, so a failure above leaves nothing running; onClose hooks run last-added first,
  // so the queue stops (finishing a running job) before the mailer closes.
  const jobs = options.jobs ? await startScheduledJobs(options.database, services, app.log, options.jobs) : null;
  if (jobs) app.addHook('onClose', () => jobs.stop());

  return { app, services, jobs, startDraining: () => void (draining = true) };
}
