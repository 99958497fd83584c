import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { sql } from 'drizzle-orm';
import {
  breachPolicy,
  knowledgePolicy,
  libraryPolicy,
  organisationPolicy,
  programmePolicy,
  sessionCan,
  userPolicy,
  type Actor,
  type ProgrammeRef,
} from '#core/policies/index.js';
import { TABLES } from '#core/export/document.js';
import { ROLES, type Role } from '#core/roles.js';
import { addDays } from '#core/worksheets/planning.js';
import { startSmtpServer } from './smtp.js';
import { TEST_PASSWORD, startTestApp, type Client, type Reply, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Who may do what, route by route: every route of the app, called over HTTP by every role of our
 * organisation, by nobody, and by a user of another organisation who holds every role there.
 * The route list comes from the app itself, so a new route without a row here fails this file.
 *
 * - nobody (no session) gets 401 on every protected route;
 * - one of ours without the right gets 403, and nothing is written; so does a member of another
 *   programme of ours on our programme (programmes are scoped by their core team, not only by
 *   organisation), and one of ours with two roles gets what either role gets, no more;
 * - the other organisation gets 404 for anything that names our ids, and never sees one of them;
 * - whoever is allowed gets the 2xx the route promises.
 *
 * Who of ours is allowed comes from the rule in src/core/policies a row names, applied to our people
 * as PROFILE makes them, so a policy change cannot silently disagree with this table; only rows
 * that no rule guards (one's own account, the organisation one belongs to) list them by hand.
 */

const OURS = ['admin', 'coordinator', 'member', 'member off the team', 'viewer', 'privacy', 'trainer'] as const;
type Ours = (typeof OURS)[number];

/**
 * Our people as the policies see them. The coordinator starts the programmes, so leads their core
 * team; the member is put on it; the second member and the privacy officer are not.
 */
const PROFILE: Record<Ours, { roles: Role[]; onTeam: boolean }> = {
  admin: { roles: ['admin'], onTeam: false },
  coordinator: { roles: ['coordinator'], onTeam: true },
  member: { roles: ['member'], onTeam: true },
  'member off the team': { roles: ['member'], onTeam: false },
  viewer: { roles: ['viewer'], onTeam: false },
  privacy: { roles: ['privacy'], onTeam: false },
  /** A trainer of a training organisation: in their own organisation a role without programme work (docs/masterclass.md). */
  trainer: { roles: ['trainer'], onTeam: false },
};

/**
 * More of our people, whose rights are those of the ones above they are `like`: a member on the core
 * team of another programme of ours may on our programme what the member off the team may; one with
 * two roles gets the union of both roles' rights, no more. The member who is also privacy officer
 * (the duo's usual pair) is on our programme's core team, the others on none.
 */
const COMBINED = {
  'member of another programme': { roles: ['member'], like: ['member off the team'], onTeam: false },
  'viewer + privacy': { roles: ['viewer', 'privacy'], like: ['viewer', 'privacy'], onTeam: false },
  'coordinator + privacy': { roles: ['coordinator', 'privacy'], like: ['coordinator', 'privacy'], onTeam: false },
  'member + privacy': { roles: ['member', 'privacy'], like: ['member', 'privacy'], onTeam: true },
} as const satisfies Record<string, { roles: readonly Role[]; like: readonly Ours[]; onTeam: boolean }>;
type Combined = keyof typeof COMBINED;
const COMBINED_CALLERS = Object.keys(COMBINED) as Combined[];
const isCombined = (who: string): who is Combined => who in COMBINED;

type Caller = 'anonymous' | Ours | Combined | 'other organisation';
const CALLERS: readonly Caller[] = ['anonymous', ...OURS, ...COMBINED_CALLERS, 'other organisation'];
type SignedIn = Exclude<Caller, 'anonymous'>;

const rolesOf = (who: Ours | Combined): Role[] => [...(isCombined(who) ? COMBINED[who].roles : PROFILE[who].roles)];
/** Whether `allowed` (ones of ours) lets the caller in: one of ours by name, a combined caller by those it is like. */
const among = (allowed: readonly Ours[], who: Caller): boolean =>
  isCombined(who) ? COMBINED[who].like.some((o) => allowed.includes(o)) : (allowed as readonly Caller[]).includes(who);

/** A rule of src/core/policies, asked about our programme (or, for rules on the organisation, ignoring it). */
type Rule = (actor: Actor, resource: ProgrammeRef) => boolean;
/** One of ours, or a combined caller, as the policies see them: in our organisation, on our programme's core team or not. */
const asPolicySees = (who: Ours | Combined): [Actor, ProgrammeRef] => [
  { userId: who, organisationId: 'ours', roles: rolesOf(who) },
  { organisationId: 'ours', actorOnTeam: isCombined(who) ? COMBINED[who].onTeam : PROFILE[who].onTeam },
];
/** The ones of ours the rule lets in. */
const whoMay = (rule: Rule): readonly Ours[] => OURS.filter((who) => rule(...asPolicySees(who)));

const EVERY_ONE_OF_OURS: readonly Ours[] = OURS;

interface Request {
  path: string;
  body?: unknown;
  /** Another client than the caller's own session (e.g. a fresh session to log out). */
  as?: Client;
}

interface Case {
  /** Method and URL exactly as the app registers the route. */
  route: string;
  /** What is being tried, as a sentence. */
  does: string;
  /**
   * 'public': everyone, signed in or not, gets `status`. A rule of src/core/policies: the ones of ours
   * it lets in (whoMay). Otherwise the ones of ours who may, by hand where no rule guards the route.
   */
  allowed: 'public' | Rule | readonly Ours[];
  /** The answer to an allowed call. */
  status: number;
  /**
   * The other organisation's user: 'theirs' when the call acts on the caller's own organisation
   * (they get their own data, with none of ours in it); 'ours' when it names our ids (404).
   */
  scope?: 'theirs' | 'ours';
  /** A valid request for this caller, built just before the call (fresh ids where the call uses them up). */
  request: (who: Caller) => Request | Promise<Request>;
  /** Further checks on an answer. */
  check?: (who: Caller, reply: Reply) => void;
  /** Waits for work the call queued, so the next row's "wrote nothing" snapshot is not disturbed by it. */
  settle?: () => Promise<void>;
}

/** Routes of the masterclass: covered by masterclass-matrix.test.ts, with callers of several organisations. */
const isMasterclassRoute = (url: string) => url.startsWith('/api/cohorts');

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let A: TestOrganisation;
let B: TestOrganisation;
const callers = {} as Record<SignedIn, { client: Client; email: string; userId: string }>;
/** Fixtures in our organisation. */
const our = { programme: '', colleague: '', renamed: '', inviteToken: '', loginEmail: '', openSurvey: '', openSlug: '', closedSurvey: '', breachSlug: '' };
let theirProgramme = '';
/** A breach of ours in the register, reported through the open link. */
const ourBreach = { id: '' };
/** Knowledge checks of ours: one open (with its public link), one closed. */
const checks = { open: '', openSlug: '', closed: '' };
/** Every id of our organisation seen in any answer to one of ours: none may reach the other organisation. */
const ourIds = new Set<string>();
let serial = 0;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const uuidsIn = (body: unknown): string[] => JSON.stringify(body ?? null).match(UUID) ?? [];
const remember = (reply: Reply) => uuidsIn(reply.body).forEach((id) => ourIds.add(id));
const expectNoneOfOurs = (body: unknown) => expect(uuidsIn(body).filter((id) => ourIds.has(id))).toEqual([]);

async function ok(reply: Promise<Reply>, status = 200): Promise<Reply> {
  const r = await reply;
  if (r.status !== status) throw new Error(`fixture call failed: ${r.status} ${JSON.stringify(r.body)}`);
  remember(r);
  return r;
}

async function createUser(organisationId: string, name: string, roles: Role[]) {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${++serial}@test.wegwijs.invalid`;
  const user = await t.database.db.transaction((tx) => t.services.users.createActive(tx, { organisationId, email, name, roles, password: TEST_PASSWORD }));
  return { id: user.id, email };
}

/** An invited colleague in our organisation: their id and the token from their invitation link. */
async function invite(): Promise<{ id: string; token: string }> {
  const reply = await ok(A.as.admin.post('/api/users', { email: `genodigde-${++serial}@test.wegwijs.invalid`, name: 'Genodigde', roles: ['viewer'] }), 201);
  return { id: reply.body.user.id, token: String(reply.body.inviteUrl).split('#token=')[1]! };
}

/** A new programme of ours, started by the coordinator, with the member (and optionally the colleague) on its core team. */
async function teamProgramme(withColleague = false): Promise<string> {
  const id = (await ok(A.as.coordinator.post('/api/programmes', { title: `Wegwijzer ${++serial}` }), 201)).body.programme.id;
  await ok(A.as.admin.post(`/api/programmes/${id}/members`, { userId: A.userIds.member, teamRole: 'kernteamlid' }), 201);
  if (withColleague) await ok(A.as.admin.post(`/api/programmes/${id}/members`, { userId: our.colleague }), 201);
  return id;
}

const freshSession = (who: Caller) => (who === 'anonymous' ? t.client() : t.client().login(callers[who].email, TEST_PASSWORD));

/**
 * A new account like the caller's (same organisation, same roles), logged in, with two-step
 * verification enrolled (and confirmed if asked): its client, current code and a recovery code.
 */
async function twoStep(who: Caller, confirmed: boolean) {
  if (who === 'anonymous') return { client: t.client(), code: '123456', recoveryCode: 'abcd-efgh-jkm', email: '', id: '' };
  const other = who === 'other organisation';
  const { email, id } = await createUser(other ? B.id : A.id, 'Tweestaps', other ? [...ROLES] : rolesOf(who));
  const client = await t.client().login(email, TEST_PASSWORD);
  const secret = Secret.fromBase32((await ok(client.post('/api/auth/totp/enrol', { password: TEST_PASSWORD }))).body.secret);
  const code = TOTP.generate({ secret });
  const recoveryCode = confirmed ? (await ok(client.post('/api/auth/totp/confirm', { code }))).body.recoveryCodes[0] : '';
  return { client, code, recoveryCode, email, id };
}

/** Single sign-on settings that switch nothing on, so the other rows are not affected. */
const ssoSettings = () => ({
  enabled: false,
  loginName: `matrix-${++serial}`,
  issuer: 'https://login.example.invalid',
  clientId: 'wegwijs',
  clientSecret: 'een clientgeheim',
  defaultRole: 'viewer',
  groupClaim: '',
  groupRoles: [],
  ssoOnly: false,
  logoutAtProvider: true,
});

/** A valid organisation export with nothing in it. */
const emptyDocument = () => ({
  format: 'wegwijs-organisation',
  version: 1,
  exportedAt: new Date().toISOString(),
  organisation: { name: 'Overname BV', minGroupSize: 5, defaultLocale: 'nl', breachReportRequiresLogin: false, surveyResponsesMonths: null },
  ...Object.fromEntries(TABLES.map(({ key }) => [key, []])),
});

const P = () => `/api/programmes/${our.programme}`;

const surveyBody = () => ({
  title: `Vragenlijst ${++serial}`,
  linkEnabled: true,
  definition: {
    behaviour: 'melden',
    intro: { nl: '', en: '' },
    scale: 5,
    items: [{ id: 'i1', factor: 'C-psy', text: { nl: 'Ik weet hoe ik meld.', en: '' }, bankId: null }],
    groups: [],
  },
});
/** A fresh survey of ours in the given state, made by the admin. */
async function survey(state: 'draft' | 'open' | 'closed'): Promise<{ id: string; publicSlug: string }> {
  const created = (await ok(A.as.admin.post(`${P()}/surveys`, surveyBody()), 201)).body;
  if (state !== 'draft') await ok(A.as.admin.post(`${P()}/surveys/${created.id}/open`, {}));
  if (state === 'closed') await ok(A.as.admin.post(`${P()}/surveys/${created.id}/close`, {}));
  return created;
}

const ownIntervention = () => ({
  title: `Eigen interventie ${++serial}`,
  description: 'Wekelijkse tip in het teamoverleg',
  example: '',
  functions: ['education'],
  factors: ['C-psy'],
  fits: ['general'],
  effort: 'low',
  bcts: ['5.1'],
});
/** A fresh own intervention of ours, made by the admin. */
const ownOf = async () => (await ok(A.as.admin.post('/api/interventions/library', ownIntervention()), 201)).body.id as string;
const candidateBody = () => ({ title: `Idee ${++serial}`, description: '', functions: ['training'], factors: ['C-psy'], bcts: ['4.1'], barrierIds: [] });
/** A fresh candidate of our programme; chosen when a plan is to be written for it. */
async function candidate(chosen = false): Promise<string> {
  const id = (await ok(A.as.admin.post(`${P()}/interventions`, candidateBody()), 201)).body.id as string;
  if (chosen) await ok(A.as.admin.put(`${P()}/interventions/${id}/decision`, { decision: 'chosen', rationale: 'Past bij de diagnose' }));
  return id;
}
const rating = { affordability: 4, practicability: 3, effectiveness: 5, acceptability: null, sideEffects: 4, equity: 5, note: '' };
const plan = {
  what: 'Meldknop',
  forWhom: 'Iedereen',
  byWhom: 'ICT',
  start: '2027-02-01',
  end: null,
  materials: '',
  measurement: '',
  indicators: ['phishingReportRate'],
};

const actionBody = () => ({
  title: `Actie ${++serial}`,
  description: '',
  candidateId: null,
  owner: { userId: null, name: 'Teammanager Interne' },
  due: '2027-03-01',
  status: 'todo',
  channel: '',
});
/** A fresh action of our programme, made by the admin. */
const actionOf = async () => (await ok(A.as.admin.post(`${P()}/actions`, actionBody()), 201)).body.id as string;
const anchoringBody = () => ({
  area: 'training',
  description: `Verankeringspunt ${++serial}`,
  owner: { userId: null, name: 'Opleidingsadviseur' },
  due: null,
  status: 'todo',
  note: '',
});
/** A fresh item of our programme's anchoring checklist, made by the admin. */
const anchoringOf = async () => (await ok(A.as.admin.post(`${P()}/anchoring`, anchoringBody()), 201)).body.id as string;
const communicationBody = () => ({
  audience: `Team ${++serial}`,
  message: 'De meldknop komt eraan',
  channel: 'Intranet',
  planned: null,
  ownerName: '',
  status: 'planned',
});
/** A fresh communication item of our programme, made by the admin. */
const communicationOf = async () => (await ok(A.as.admin.post(`${P()}/communication`, communicationBody()), 201)).body.id as string;
/** A check-in on a day no other one of our programme has (one per day). */
const checkinBody = () => ({ date: addDays('2030-01-01', ++serial), attendees: ['Anna'], minutes: '', decisions: [] });
/** A fresh check-in of our programme, made by the admin. */
const checkinOf = async () => (await ok(A.as.admin.post(`${P()}/checkins`, checkinBody()), 201)).body.id as string;

const kpiBody = () => ({
  name: `KPI ${++serial}`,
  unit: '%',
  indicator: 'phishingReportRate',
  factor: null,
  candidateId: null,
  direction: 'increase',
  baseline: 20,
  baselineDate: '2027-01-01',
  target: 60,
  targetDate: '2027-12-31',
  notes: '',
});
/** A fresh KPI of our programme, made by the admin. */
const kpiOf = async () => (await ok(A.as.admin.post(`${P()}/kpis`, kpiBody()), 201)).body.id as string;
const measurementBody = { date: '2027-03-01', value: 35, note: '' };
/** A fresh KPI with one measurement, made by the admin. */
async function measurementOf(): Promise<{ kpiId: string; id: string }> {
  const kpiId = await kpiOf();
  return { kpiId, id: (await ok(A.as.admin.post(`${P()}/kpis/${kpiId}/measurements`, measurementBody), 201)).body.id as string };
}

const checkBody = () => ({
  title: `Kennischeck ${++serial}`,
  programmeId: null,
  definition: { scenarios: ['breach-wrong-gp', 'sharing-police-phone'], departments: [] },
});
const breachReportBody = {
  isBreach: 'yes',
  whatHappened: 'Overdrachtslijst op de printer laten liggen',
  incidentKind: 'other',
  noticedAt: '2026-03-28T10:00:00+01:00',
  dataKinds: ['health'],
  peopleBand: 'upTo10',
  ongoing: 'no',
};
/** A fresh breach of ours, as a staff member reports it; its id as the register lists it (newest first). */
async function breachOf(): Promise<string> {
  await ok(t.client().post(`/api/public/breach-report/${our.breachSlug}`, breachReportBody), 201);
  return (await ok(A.as.privacy.get('/api/breaches?limit=1'))).body.breaches[0].id as string;
}
const breachPath = (suffix = '') => `/api/breaches/${ourBreach.id}${suffix}`;
/** A fresh breach of ours whose moment of awareness the officer confirmed (the reporter's), so it may go into triage. */
async function confirmedBreachOf(): Promise<string> {
  const id = await breachOf();
  await ok(A.as.privacy.put(`/api/breaches/${id}/aware-at`, { awareAt: breachReportBody.noticedAt }), 204);
  return id;
}
/** A breach of ours notified to the AP under a meldnummer, made by the officer when a row first needs it. */
let notifiedBreach: Promise<string> | undefined;
const notifiedBreachPath = async (suffix: string) => {
  notifiedBreach ??= (async () => {
    const id = await confirmedBreachOf();
    const step = (body: object, path = '/status', status = 200) => ok(A.as.privacy.post(`/api/breaches/${id}${path}`, body), status);
    await step({ status: 'triage' });
    await step({ notifyAp: true, informSubjects: false, reasoning: 'Gezondheidsgegevens op de gang' }, '/decisions', 201);
    await step({ status: 'assessed' });
    await step({
      status: 'notified',
      apNotifiedAt: new Date(Date.now() - 3_600_000).toISOString(),
      lateReason: 'Pas maanden later gemeld',
      apReference: 'M-2026-0001',
    });
    return id;
  })();
  return `/api/breaches/${await notifiedBreach}${suffix}`;
};

/** A fresh knowledge check of ours in the given state, made by the admin. */
async function checkOf(state: 'draft' | 'open' | 'closed'): Promise<{ id: string; publicSlug: string }> {
  const created = (await ok(A.as.admin.post('/api/knowledge', checkBody()), 201)).body;
  if (state !== 'draft') await ok(A.as.admin.post(`/api/knowledge/${created.id}/open`, {}));
  if (state === 'closed') await ok(A.as.admin.post(`/api/knowledge/${created.id}/close`, {}));
  return created;
}

const CASES: Case[] = [
  // Health checks and what the web app asks before anyone logs in.
  { route: 'GET /healthz', does: 'check that the process answers', allowed: 'public', status: 200, request: () => ({ path: '/healthz' }) },
  { route: 'GET /readyz', does: 'check that the database answers', allowed: 'public', status: 200, request: () => ({ path: '/readyz' }) },
  { route: 'GET /api/docs', does: 'read the API description as a page', allowed: 'public', status: 200, request: () => ({ path: '/api/docs' }) },
  {
    route: 'GET /api/docs/openapi.json',
    does: 'read the OpenAPI description',
    allowed: 'public',
    status: 200,
    request: () => ({ path: '/api/docs/openapi.json' }),
  },
  {
    route: 'GET /api/setup/status',
    does: 'ask whether the installation still needs setting up',
    allowed: 'public',
    status: 200,
    request: () => ({ path: '/api/setup/status' }),
  },
  {
    route: 'GET /api/demo/logins',
    does: 'read which demo login holds which roles (none without a demo)',
    allowed: 'public',
    status: 200,
    request: () => ({ path: '/api/demo/logins' }),
  },
  {
    route: 'POST /api/setup',
    does: 'set up the installation a second time',
    allowed: 'public',
    status: 409,
    request: () => ({
      path: '/api/setup',
      body: {
        token: 'x'.repeat(43),
        organisationName: 'Overname BV',
        sector: 'hospital',
        name: 'Indringer',
        email: `setup-${++serial}@test.wegwijs.invalid`,
        password: TEST_PASSWORD,
      },
    }),
  },
  {
    route: 'GET /api/auth/session',
    does: 'ask who is logged in',
    allowed: 'public',
    status: 200,
    request: () => ({ path: '/api/auth/session' }),
    check: (who, reply) => {
      expect(reply.body.authenticated).toBe(who !== 'anonymous');
      if (who === 'other organisation') expect(reply.body.organisation.id).toBe(B.id);
      else if (who !== 'anonymous') {
        expect(reply.body.organisation.id).toBe(A.id);
        // What the web shows or hides is what the policies answer for this caller.
        expect(reply.body.can).toEqual(sessionCan(asPolicySees(who)[0]));
      }
    },
  },
  {
    route: 'POST /api/auth/login',
    does: 'log in with the e-mail address and password of an account',
    allowed: 'public',
    status: 200,
    request: () => ({ path: '/api/auth/login', body: { email: our.loginEmail, password: TEST_PASSWORD } }),
  },
  {
    route: 'GET /api/invitations/:token',
    does: 'open an invitation link (the link is the permission)',
    allowed: 'public',
    status: 200,
    request: () => ({ path: `/api/invitations/${our.inviteToken}` }),
  },
  {
    route: 'POST /api/invitations/accept',
    does: 'accept an invitation with its link (the link is the permission)',
    allowed: 'public',
    status: 200,
    request: async () => ({ path: '/api/invitations/accept', body: { token: (await invite()).token, name: 'Nieuwe collega', password: TEST_PASSWORD } }),
  },

  // One's own account.
  {
    route: 'POST /api/auth/logout',
    does: 'log out',
    allowed: EVERY_ONE_OF_OURS,
    status: 200,
    scope: 'theirs',
    request: async (who) => ({ path: '/api/auth/logout', as: await freshSession(who) }),
  },
  {
    route: 'PATCH /api/auth/me',
    does: 'change their own language',
    allowed: EVERY_ONE_OF_OURS,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/auth/me', body: { locale: 'nl' } }),
    check: (who, reply) => who !== 'anonymous' && expect(reply.body.user.id).toBe(callers[who].userId),
  },
  {
    route: 'POST /api/auth/password',
    does: 'change their own password',
    allowed: EVERY_ONE_OF_OURS,
    status: 204,
    scope: 'theirs',
    request: () => ({ path: '/api/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
  },

  {
    route: 'POST /api/auth/login/totp',
    does: 'finish logging in with the code from their app (the password step is the permission)',
    allowed: 'public',
    status: 200,
    request: async () => {
      const { email, recoveryCode } = await twoStep('viewer', true);
      const challenge = (await ok(t.client().post('/api/auth/login', { email, password: TEST_PASSWORD }))).body.challenge;
      return { path: '/api/auth/login/totp', body: { challenge, code: recoveryCode } };
    },
  },
  {
    route: 'GET /api/auth/sso/:organisation/start',
    does: 'start logging in with the organisation account (an unknown name leads back to the login page)',
    allowed: 'public',
    status: 302,
    request: () => ({ path: '/api/auth/sso/geen-organisatie/start' }),
    check: (_, reply) => expect(reply.headers.get('location')).toBe('/login?sso=unknown'),
  },
  {
    route: 'GET /api/auth/sso/callback',
    does: 'come back from the identity provider without having started there (back to the login page)',
    allowed: 'public',
    status: 302,
    request: () => ({ path: '/api/auth/sso/callback?code=abc&state=def' }),
    check: (_, reply) => expect(reply.headers.get('location')).toBe('/login?sso=expired'),
  },
  {
    route: 'GET /api/auth/totp',
    does: 'see whether their two-step verification is on',
    allowed: EVERY_ONE_OF_OURS,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/auth/totp' }),
  },
  {
    route: 'POST /api/auth/totp/enrol',
    does: 'start turning on two-step verification',
    allowed: EVERY_ONE_OF_OURS,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/auth/totp/enrol', body: { password: TEST_PASSWORD } }),
  },
  {
    route: 'POST /api/auth/totp/confirm',
    does: 'turn on two-step verification with a first code',
    allowed: EVERY_ONE_OF_OURS,
    status: 200,
    scope: 'theirs',
    request: async (who) => {
      const { client, code } = await twoStep(who, false);
      return { path: '/api/auth/totp/confirm', body: { code }, as: client };
    },
  },
  {
    route: 'POST /api/auth/totp/disable',
    does: 'turn off two-step verification',
    allowed: EVERY_ONE_OF_OURS,
    status: 204,
    scope: 'theirs',
    request: async (who) => {
      const { client, recoveryCode } = await twoStep(who, true);
      return { path: '/api/auth/totp/disable', body: { password: TEST_PASSWORD, code: recoveryCode }, as: client };
    },
  },

  // Accounts: the admin's business.
  { route: 'GET /api/users', does: 'list the accounts', allowed: userPolicy.manage, status: 200, scope: 'theirs', request: () => ({ path: '/api/users' }) },
  {
    route: 'GET /api/users/directory',
    does: 'see the names of colleagues, to pick a core team',
    allowed: userPolicy.directory,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/users/directory' }),
  },
  {
    route: 'POST /api/users',
    does: 'invite a colleague',
    allowed: userPolicy.manage,
    status: 201,
    scope: 'theirs',
    request: () => ({ path: '/api/users', body: { email: `nieuw-${++serial}@test.wegwijs.invalid`, name: 'Nieuwe collega', roles: ['member'] } }),
  },
  {
    route: 'PATCH /api/users/:id',
    does: "change a colleague's name",
    allowed: userPolicy.manage,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `/api/users/${our.renamed}`, body: { name: 'Hernoemde collega' } }),
  },
  {
    route: 'POST /api/users/:id/deactivate',
    does: 'deactivate a colleague',
    allowed: userPolicy.manage,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `/api/users/${(await invite()).id}/deactivate` }),
  },
  {
    route: 'POST /api/users/:id/reactivate',
    does: 'reactivate a deactivated colleague',
    allowed: userPolicy.manage,
    status: 200,
    scope: 'ours',
    request: async () => {
      const { id } = await invite();
      await ok(A.as.admin.post(`/api/users/${id}/deactivate`));
      return { path: `/api/users/${id}/reactivate` };
    },
  },
  {
    route: 'POST /api/users/:id/invitation',
    does: 'send a colleague a new invitation link',
    allowed: userPolicy.manage,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `/api/users/${our.renamed}/invitation` }),
  },
  {
    route: 'DELETE /api/users/:id/totp',
    does: 'reset the two-step verification of a colleague who lost their phone',
    allowed: userPolicy.manage,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `/api/users/${(await twoStep('member', true)).id}/totp` }),
  },

  // The organisation.
  {
    route: 'GET /api/organisation',
    does: 'see their organisation',
    allowed: EVERY_ONE_OF_OURS,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation' }),
    check: (who, reply) => who !== 'anonymous' && expect(reply.body.organisation.id).toBe(who === 'other organisation' ? B.id : A.id),
  },
  {
    route: 'PATCH /api/organisation',
    does: "change the organisation's settings",
    allowed: organisationPolicy.update,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation', body: { defaultLocale: 'nl' } }),
  },
  {
    route: 'GET /api/organisation/sso',
    does: 'see the single sign-on settings',
    allowed: organisationPolicy.update,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/sso' }),
  },
  {
    route: 'PUT /api/organisation/sso',
    does: 'change the single sign-on settings',
    allowed: organisationPolicy.update,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/sso', body: ssoSettings() }),
  },
  {
    route: 'GET /api/organisation/export',
    does: 'export everything the organisation holds',
    allowed: organisationPolicy.transfer,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/export' }),
  },
  {
    route: 'POST /api/organisation/import',
    does: 'import an organisation into an installation that is already set up',
    allowed: 'public',
    status: 409,
    request: () => ({
      path: '/api/organisation/import',
      body: { name: 'Indringer', email: `import-${++serial}@test.wegwijs.invalid`, password: TEST_PASSWORD, document: emptyDocument() },
    }),
  },
  {
    route: 'GET /api/organisation/retention',
    does: 'see how long raw answers are kept',
    allowed: organisationPolicy.transfer,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/retention' }),
  },
  {
    route: 'PUT /api/organisation/retention',
    does: 'set how long raw answers are kept',
    allowed: organisationPolicy.transfer,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/retention', body: { surveyResponsesMonths: null, knowledgeResponsesMonths: null } }),
  },
  {
    route: 'GET /api/organisation/first-run',
    does: 'see what the organisation still has to do first',
    allowed: organisationPolicy.firstRun,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/first-run' }),
  },
  {
    route: 'POST /api/organisation/first-run/dismiss',
    does: 'put the first-run checklist away',
    allowed: organisationPolicy.firstRun,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/first-run/dismiss' }),
  },
  {
    route: 'POST /api/organisation/breach-report/shared',
    does: 'record that the breach report link was handed out',
    allowed: organisationPolicy.update,
    status: 204,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/breach-report/shared', body: { how: 'copy' } }),
  },
  {
    route: 'POST /api/mail/test',
    does: 'mail themselves to check the installation’s mail',
    allowed: organisationPolicy.update,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/mail/test', body: {} }),
    check: (who, reply) => reply.status === 200 && who !== 'anonymous' && expect(reply.body.sentTo).toBe(callers[who].email),
  },
  {
    route: 'GET /api/audit',
    does: 'read the audit log',
    allowed: organisationPolicy.readAudit,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/audit?limit=200' }),
  },

  // Programmes.
  {
    route: 'GET /api/programmes',
    does: 'list programmes (members and privacy officers only the ones they are on)',
    allowed: programmePolicy.list,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/programmes' }),
    check: (who, reply) => {
      if (who === 'anonymous' || who === 'other organisation' || reply.status !== 200) return;
      const listed = (reply.body.programmes as { id: string }[]).map((p) => p.id);
      expect(listed.includes(our.programme), `${who} sees the programme`).toBe(among(whoMay(programmePolicy.read), who));
    },
  },
  {
    route: 'POST /api/programmes',
    does: 'start a programme',
    allowed: programmePolicy.create,
    status: 201,
    scope: 'theirs',
    request: () => ({ path: '/api/programmes', body: { title: `Veilig mailen ${++serial}`, problem: 'Mails naar de verkeerde ontvanger' } }),
  },
  {
    route: 'GET /api/programmes/:id',
    does: 'read a programme',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: P() }),
    check: (who, reply) => {
      if (reply.status !== 200 || who === 'anonymous' || who === 'other organisation') return;
      expect(reply.body.programme.permissions).toEqual({ work: among(whoMay(programmePolicy.work), who), manage: among(whoMay(programmePolicy.manage), who) });
    },
  },
  {
    route: 'PATCH /api/programmes/:id',
    does: "change a programme's wording (team work)",
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: () => ({ path: P(), body: { problem: `Te weinig meldingen van datalekken (${++serial})` } }),
  },
  {
    route: 'PATCH /api/programmes/:id',
    does: 'archive or reopen a programme (a lead decides)',
    allowed: programmePolicy.manage,
    status: 200,
    scope: 'ours',
    request: () => ({ path: P(), body: { status: 'active' } }),
  },
  {
    route: 'POST /api/programmes/:id/members',
    does: 'put a colleague on the core team',
    allowed: programmePolicy.manage,
    status: 201,
    scope: 'ours',
    request: async () => ({ path: `/api/programmes/${await teamProgramme()}/members`, body: { userId: our.colleague, teamRole: 'aandachtsfunctionaris' } }),
  },
  {
    route: 'DELETE /api/programmes/:id/members/:userId',
    does: 'take a colleague off the core team',
    allowed: programmePolicy.manage,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `/api/programmes/${await teamProgramme(true)}/members/${our.colleague}` }),
  },
  {
    route: 'GET /api/programmes/:id/substeps/:key',
    does: 'read a sub-step and its worksheet',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/substeps/1.1` }),
  },
  {
    route: 'PUT /api/programmes/:id/substeps/:key/status',
    does: "change a sub-step's status",
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/substeps/1.2/status`, body: { status: 'in_progress' } }),
  },
  {
    route: 'PUT /api/programmes/:id/substeps/:key/worksheet',
    does: 'change a worksheet',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => {
      const current = await ok(A.as.admin.get(`${P()}/substeps/2.1`));
      const fields = { behaviours: [{ id: `b${++serial}`, description: 'Verpleegkundigen controleren de geadresseerde', link: '' }] };
      return { path: `${P()}/substeps/2.1/worksheet`, body: { notes: `Verslag ${serial}`, baseVersion: current.body.worksheet?.version ?? 0, fields } };
    },
  },
  {
    route: 'GET /api/programmes/:id/planning.ics',
    does: 'download the planning as a calendar file',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/planning.ics` }),
  },
  {
    route: 'GET /api/programmes/:id/substeps/:key/versions',
    does: "read a worksheet's earlier versions",
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/substeps/1.3/versions` }),
  },
  {
    route: 'GET /api/programmes/:id/surveys',
    does: "list a programme's surveys",
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/surveys` }),
  },
  {
    route: 'POST /api/programmes/:id/surveys',
    does: 'create a survey',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/surveys`, body: surveyBody() }),
  },
  {
    route: 'GET /api/programmes/:id/surveys/:surveyId',
    does: 'read a survey',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/surveys/${our.openSurvey}` }),
  },
  {
    route: 'GET /api/programmes/:id/surveys/:surveyId/preview',
    does: 'preview a draft survey as staff will see it',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/surveys/${(await survey('draft')).id}/preview` }),
  },
  {
    route: 'PUT /api/programmes/:id/surveys/:surveyId',
    does: 'change a draft survey',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/surveys/${(await survey('draft')).id}`, body: surveyBody() }),
  },
  {
    route: 'DELETE /api/programmes/:id/surveys/:surveyId',
    does: 'delete a draft survey',
    allowed: programmePolicy.work,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `${P()}/surveys/${(await survey('draft')).id}` }),
  },
  {
    route: 'POST /api/programmes/:id/surveys/:surveyId/open',
    does: 'open a survey',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/surveys/${(await survey('draft')).id}/open`, body: {} }),
  },
  {
    route: 'POST /api/programmes/:id/surveys/:surveyId/close',
    does: 'close a survey',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/surveys/${(await survey('open')).id}/close`, body: {} }),
  },
  {
    route: 'GET /api/programmes/:id/surveys/:surveyId/results',
    does: "read a survey's results",
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/surveys/${our.closedSurvey}/results` }),
  },
  {
    route: 'GET /api/programmes/:id/surveys/:surveyId/results.csv',
    does: "download a survey's results as CSV",
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/surveys/${our.closedSurvey}/results.csv` }),
  },
  {
    route: 'POST /api/programmes/:id/surveys/:surveyId/invitations',
    does: 'e-mail survey invitations',
    allowed: programmePolicy.work,
    status: 202,
    scope: 'ours',
    request: () => ({ path: `${P()}/surveys/${our.openSurvey}/invitations`, body: { emails: ['collega@example.org'], message: '', locale: 'nl' } }),
    settle: async () => {
      const waiting = async () =>
        Number(
          ((await t.database.db.execute(sql`select count(*)::int as n from survey_invitation_outbox`)) as unknown as { rows: { n: number }[] }).rows[0]!.n,
        );
      await expect.poll(waiting, { timeout: 20_000 }).toBe(0);
    },
  },
  {
    route: 'GET /api/programmes/:id/surveys/:surveyId/qr.:format',
    does: "download the survey link's QR code",
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/surveys/${our.openSurvey}/qr.svg` }),
  },
  {
    route: 'GET /api/programmes/:id/interview-guide.:format',
    does: 'download the interview guide',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/interview-guide.docx` }),
  },
  {
    route: 'GET /api/programmes/:id/documents/plan.:format',
    does: 'download the plan van aanpak',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/documents/plan.pdf` }),
  },
  {
    route: 'GET /api/programmes/:id/documents/report.:format',
    does: 'download the final report',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/documents/report.docx` }),
  },
  {
    route: 'GET /api/programmes/:id/diagnosis/suggestions',
    does: 'read what interviews and survey suggest for the diagnosis',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/diagnosis/suggestions` }),
  },
  {
    route: 'GET /api/programmes/:id/interventions/functions',
    does: 'read the intervention functions the diagnosis calls for',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/interventions/functions` }),
  },
  {
    route: 'GET /api/interventions/library',
    does: 'browse the intervention library with the organisation’s own interventions',
    allowed: libraryPolicy.read,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/interventions/library' }),
  },
  {
    route: 'POST /api/interventions/library',
    does: 'add an intervention to the organisation’s own library',
    allowed: libraryPolicy.edit,
    status: 201,
    scope: 'theirs',
    request: () => ({ path: '/api/interventions/library', body: ownIntervention() }),
  },
  {
    route: 'PUT /api/interventions/library/:id',
    does: 'change one of the organisation’s own interventions',
    allowed: libraryPolicy.edit,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `/api/interventions/library/${await ownOf()}`, body: ownIntervention() }),
  },
  {
    route: 'DELETE /api/interventions/library/:id',
    does: 'remove one of the organisation’s own interventions',
    allowed: libraryPolicy.edit,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `/api/interventions/library/${await ownOf()}` }),
  },
  {
    route: 'GET /api/programmes/:id/interventions',
    does: 'read the candidates, dots, ratings and choices of step 4',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/interventions` }),
  },
  {
    route: 'POST /api/programmes/:id/interventions',
    does: 'add an idea of the team as a candidate',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/interventions`, body: candidateBody() }),
  },
  {
    route: 'POST /api/programmes/:id/interventions/from-library',
    does: 'add a library intervention as a candidate',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/interventions/from-library`, body: { libraryId: 'phishing-report-button' } }),
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId',
    does: 'change a candidate',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/interventions/${await candidate()}`, body: candidateBody() }),
  },
  {
    route: 'DELETE /api/programmes/:id/interventions/:candidateId',
    does: 'remove a candidate',
    allowed: programmePolicy.work,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `${P()}/interventions/${await candidate()}` }),
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/vote',
    does: 'put a dot on a candidate',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/interventions/${await candidate()}/vote`, body: { vote: true } }),
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/shortlist',
    does: 'put a candidate on the shortlist',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/interventions/${await candidate()}/shortlist`, body: { shortlisted: true } }),
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/rating',
    does: 'rate a candidate on APEASE',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/interventions/${await candidate()}/rating`, body: rating }),
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/decision',
    does: 'choose a candidate, with the reason',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/interventions/${await candidate()}/decision`, body: { decision: 'chosen', rationale: 'Goedkoop en effectief' } }),
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/plan',
    does: 'make a chosen intervention concrete',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/interventions/${await candidate(true)}/plan`, body: plan }),
  },
  {
    route: 'GET /api/programmes/:id/actions',
    does: 'read the action plan',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/actions` }),
  },
  {
    route: 'POST /api/programmes/:id/actions',
    does: 'add an action',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/actions`, body: actionBody() }),
  },
  {
    route: 'PUT /api/programmes/:id/actions/:actionId',
    does: 'change an action',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/actions/${await actionOf()}`, body: { ...actionBody(), status: 'done' } }),
  },
  {
    route: 'DELETE /api/programmes/:id/actions/:actionId',
    does: 'remove an action',
    allowed: programmePolicy.work,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `${P()}/actions/${await actionOf()}` }),
  },
  {
    route: 'GET /api/programmes/:id/anchoring',
    does: 'read the anchoring checklist',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/anchoring` }),
  },
  {
    route: 'POST /api/programmes/:id/anchoring',
    does: 'add an item to the anchoring checklist',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/anchoring`, body: anchoringBody() }),
  },
  {
    route: 'POST /api/programmes/:id/anchoring/standard',
    does: 'add the standard anchoring items',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/anchoring/standard` }),
  },
  {
    route: 'PUT /api/programmes/:id/anchoring/:itemId',
    does: 'change an anchoring item',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/anchoring/${await anchoringOf()}`, body: { ...anchoringBody(), status: 'done' } }),
  },
  {
    route: 'DELETE /api/programmes/:id/anchoring/:itemId',
    does: 'remove an anchoring item',
    allowed: programmePolicy.work,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `${P()}/anchoring/${await anchoringOf()}` }),
  },
  {
    route: 'GET /api/dashboard',
    does: 'read the board dashboard (only the programmes they may read)',
    allowed: programmePolicy.list,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/dashboard' }),
    check: (who, reply) => {
      if (who === 'anonymous' || who === 'other organisation' || reply.status !== 200) return;
      const listed = (reply.body.programmes as { id: string }[]).map((p) => p.id);
      expect(listed.includes(our.programme), `${who} sees the programme`).toBe(among(whoMay(programmePolicy.read), who));
      // The register's figures (counts only) ride along for those breachPolicy.readFigures lets see them.
      expect(reply.body.breaches !== null, `${who} sees the breach figures`).toBe(among(whoMay(breachPolicy.readFigures), who));
    },
  },
  {
    route: 'GET /api/programmes/:id/communication',
    does: 'read the communication plan',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/communication` }),
  },
  {
    route: 'POST /api/programmes/:id/communication',
    does: 'add a communication item',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/communication`, body: communicationBody() }),
  },
  {
    route: 'PUT /api/programmes/:id/communication/:itemId',
    does: 'change a communication item',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/communication/${await communicationOf()}`, body: { ...communicationBody(), status: 'done' } }),
  },
  {
    route: 'DELETE /api/programmes/:id/communication/:itemId',
    does: 'remove a communication item',
    allowed: programmePolicy.work,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `${P()}/communication/${await communicationOf()}` }),
  },
  {
    route: 'GET /api/programmes/:id/checkins',
    does: 'read the check-ins and their agenda',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/checkins` }),
  },
  {
    route: 'POST /api/programmes/:id/checkins',
    does: 'record a check-in',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/checkins`, body: checkinBody() }),
  },
  {
    route: 'PUT /api/programmes/:id/checkins/:checkinId',
    does: 'change a check-in',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/checkins/${await checkinOf()}`, body: checkinBody() }),
  },
  {
    route: 'DELETE /api/programmes/:id/checkins/:checkinId',
    does: 'remove a check-in',
    allowed: programmePolicy.work,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `${P()}/checkins/${await checkinOf()}` }),
  },
  {
    route: 'GET /api/programmes/:id/role-tables',
    does: 'read who does what per step',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/role-tables` }),
  },
  {
    route: 'PUT /api/programmes/:id/role-tables/:step',
    does: 'change who does what in a step',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: () => ({
      path: `${P()}/role-tables/4`,
      body: { responsible: [{ role: 'projectLead' }], accountable: [{ role: 'board' }], consulted: [{ role: 'teamManager' }], informed: [] },
    }),
  },
  {
    route: 'DELETE /api/programmes/:id/role-tables/:step',
    does: "put a step's roles back to the default",
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/role-tables/4` }),
  },
  {
    route: 'GET /api/programmes/:id/measurement-plan',
    does: 'read the measurement worksheet',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/measurement-plan` }),
  },
  {
    route: 'PUT /api/programmes/:id/measurement-plan',
    does: 'change the measurement worksheet',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: () => ({
      path: `${P()}/measurement-plan`,
      body: {
        outcomeKpiId: null,
        method: 'observation',
        methodDetail: '',
        selfReportReason: '',
        design: 'beforeAfter',
        groups: '',
        population: 'Alle medewerkers',
        baselinePlannedOn: null,
        followUpPlannedOn: null,
        deviations: [],
        decision: null,
        decisionReason: '',
      },
    }),
  },
  {
    route: 'GET /api/programmes/:id/kpis',
    does: 'read the KPIs with their measurements',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/kpis` }),
  },
  {
    route: 'POST /api/programmes/:id/kpis',
    does: 'add a KPI',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/kpis`, body: kpiBody() }),
  },
  {
    route: 'PUT /api/programmes/:id/kpis/:kpiId',
    does: 'change a KPI',
    allowed: programmePolicy.work,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `${P()}/kpis/${await kpiOf()}`, body: { ...kpiBody(), target: 80 } }),
  },
  {
    route: 'DELETE /api/programmes/:id/kpis/:kpiId',
    does: 'remove a KPI',
    allowed: programmePolicy.work,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `${P()}/kpis/${await kpiOf()}` }),
  },
  {
    route: 'POST /api/programmes/:id/kpis/:kpiId/measurements',
    does: 'add a measurement to a KPI',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: async () => ({ path: `${P()}/kpis/${await kpiOf()}/measurements`, body: measurementBody }),
  },
  {
    route: 'DELETE /api/programmes/:id/kpis/:kpiId/measurements/:measurementId',
    does: 'remove a measurement',
    allowed: programmePolicy.work,
    status: 204,
    scope: 'ours',
    request: async () => {
      const { kpiId, id } = await measurementOf();
      return { path: `${P()}/kpis/${kpiId}/measurements/${id}` };
    },
  },
  {
    route: 'GET /api/programmes/:id/effect',
    does: 'read the effect measurement per COM-B factor',
    allowed: programmePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `${P()}/effect` }),
  },
  {
    route: 'POST /api/programmes/:id/surveys/:surveyId/follow-up',
    does: 'make a follow-up of a closed survey',
    allowed: programmePolicy.work,
    status: 201,
    scope: 'ours',
    request: () => ({ path: `${P()}/surveys/${our.closedSurvey}/follow-up`, body: {} }),
  },
  {
    route: 'GET /api/public/surveys/:slug',
    does: 'open the questionnaire of an anonymous link',
    allowed: 'public',
    status: 200,
    request: () => ({ path: `/api/public/surveys/${our.openSlug}` }),
  },
  {
    route: 'POST /api/public/surveys/:slug/responses',
    does: 'answer a survey anonymously',
    allowed: 'public',
    status: 201,
    request: () => ({ path: `/api/public/surveys/${our.openSlug}/responses`, body: { answers: { i1: 4 } } }),
  },
  {
    route: 'GET /api/knowledge',
    does: 'list the knowledge checks',
    allowed: knowledgePolicy.read,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/knowledge' }),
  },
  {
    route: 'POST /api/knowledge',
    does: 'build a knowledge check',
    allowed: knowledgePolicy.manage,
    status: 201,
    scope: 'theirs',
    request: () => ({ path: '/api/knowledge', body: checkBody() }),
  },
  {
    route: 'GET /api/knowledge/:id',
    does: 'read a knowledge check',
    allowed: knowledgePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `/api/knowledge/${checks.open}` }),
  },
  {
    route: 'PUT /api/knowledge/:id',
    does: 'change a draft knowledge check',
    allowed: knowledgePolicy.manage,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `/api/knowledge/${(await checkOf('draft')).id}`, body: checkBody() }),
  },
  {
    route: 'DELETE /api/knowledge/:id',
    does: 'remove a draft knowledge check',
    allowed: knowledgePolicy.manage,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: `/api/knowledge/${(await checkOf('draft')).id}` }),
  },
  {
    route: 'POST /api/knowledge/:id/open',
    does: 'open a knowledge check to staff',
    allowed: knowledgePolicy.manage,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `/api/knowledge/${(await checkOf('draft')).id}/open`, body: {} }),
  },
  {
    route: 'POST /api/knowledge/:id/close',
    does: 'close a knowledge check',
    allowed: knowledgePolicy.manage,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `/api/knowledge/${(await checkOf('open')).id}/close`, body: {} }),
  },
  {
    route: 'GET /api/knowledge/:id/results',
    does: 'read the results of a closed knowledge check',
    allowed: knowledgePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `/api/knowledge/${checks.closed}/results` }),
  },
  {
    route: 'GET /api/knowledge/:id/qr.:format',
    does: 'get the link of a knowledge check as a QR code',
    allowed: knowledgePolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: `/api/knowledge/${checks.open}/qr.svg` }),
  },
  {
    route: 'GET /api/public/knowledge/:slug',
    does: 'open a knowledge check by its link',
    allowed: 'public',
    status: 200,
    request: () => ({ path: `/api/public/knowledge/${checks.openSlug}` }),
  },
  {
    route: 'POST /api/public/knowledge/:slug/responses',
    does: 'answer a knowledge check anonymously',
    allowed: 'public',
    status: 201,
    request: () => ({ path: `/api/public/knowledge/${checks.openSlug}/responses`, body: { answers: { 'breach-wrong-gp': 1, 'sharing-police-phone': 1 } } }),
  },
  {
    route: 'GET /api/organisation/breach-report/qr.:format',
    does: 'get the breach report link as a QR code, for a poster',
    allowed: EVERY_ONE_OF_OURS,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/organisation/breach-report/qr.svg' }),
  },
  {
    route: 'GET /api/public/breach-report/:slug',
    does: 'open the breach report form of a link',
    allowed: 'public',
    status: 200,
    request: () => ({ path: `/api/public/breach-report/${our.breachSlug}` }),
  },
  {
    route: 'POST /api/public/breach-report/:slug',
    does: 'report a data breach through the open link (the link is the permission)',
    allowed: 'public',
    status: 201,
    request: () => ({
      path: `/api/public/breach-report/${our.breachSlug}`,
      body: {
        isBreach: 'yes',
        whatHappened: 'Overdrachtslijst op de printer laten liggen',
        incidentKind: 'other',
        noticedAt: '2026-03-28T10:00:00+01:00',
        dataKinds: ['health'],
        peopleBand: 'upTo10',
        ongoing: 'no',
      },
    }),
  },

  // The breach register: the privacy officer's work; admins may look along.
  {
    route: 'GET /api/breaches',
    does: 'list the breach register',
    allowed: breachPolicy.read,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/breaches' }),
  },
  {
    route: 'GET /api/breaches/statistics',
    does: 'read the breach statistics',
    allowed: breachPolicy.read,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/breaches/statistics' }),
  },
  {
    route: 'GET /api/breaches/open',
    does: 'see the open breaches and their clocks (the badge and the panel)',
    allowed: breachPolicy.read,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/breaches/open' }),
    check: (who, reply) => who === 'privacy' && expect(reply.body.breaches.map((b: { id: string }) => b.id)).toContain(ourBreach.id),
  },
  {
    route: 'GET /api/breaches/export.csv',
    does: 'export the breach register as CSV',
    allowed: breachPolicy.read,
    status: 200,
    scope: 'theirs',
    request: () => ({ path: '/api/breaches/export.csv' }),
  },
  { route: 'GET /api/breaches/:id', does: 'read a breach', allowed: breachPolicy.read, status: 200, scope: 'ours', request: () => ({ path: breachPath() }) },
  {
    route: 'GET /api/breaches/:id/ap-form',
    does: "read a breach's answers for the AP form",
    allowed: breachPolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: breachPath('/ap-form') }),
  },
  {
    route: 'GET /api/breaches/:id/letter',
    does: 'draft the letter to the people involved in a breach',
    allowed: breachPolicy.read,
    status: 200,
    scope: 'ours',
    request: () => ({ path: breachPath('/letter?lang=en') }),
  },
  {
    route: 'PUT /api/breaches/:id/register',
    does: 'record the facts of a breach',
    allowed: breachPolicy.handle,
    status: 204,
    scope: 'ours',
    request: () => ({ path: breachPath('/register'), body: { classification: ['confidentiality'], cause: 'Printer op de gang' } }),
  },
  {
    route: 'PUT /api/breaches/:id/aware-at',
    does: 'confirm when the organisation became aware of a breach',
    allowed: breachPolicy.handle,
    status: 204,
    scope: 'ours',
    request: () => ({ path: breachPath('/aware-at'), body: { awareAt: '2026-01-05T09:00:00+01:00', reason: 'De teamleider wist het eerder' } }),
  },
  {
    route: 'POST /api/breaches/:id/decisions',
    does: 'record the notification decision on a breach',
    allowed: breachPolicy.handle,
    status: 201,
    scope: 'ours',
    request: () => ({ path: breachPath('/decisions'), body: { notifyAp: false, informSubjects: false, reasoning: 'Binnen de afdeling gebleven' } }),
  },
  {
    route: 'POST /api/breaches/:id/status',
    does: 'take a breach into triage',
    allowed: breachPolicy.handle,
    status: 200,
    scope: 'ours',
    request: async () => ({ path: `/api/breaches/${await confirmedBreachOf()}/status`, body: { status: 'triage' } }),
  },
  {
    route: 'PUT /api/breaches/:id/ap-reference',
    does: "record the AP's meldnummer of a notified breach",
    allowed: breachPolicy.handle,
    status: 204,
    scope: 'ours',
    request: async () => ({ path: await notifiedBreachPath('/ap-reference'), body: { apReference: 'M-2026-0001', apReceivedAt: null } }),
  },
  {
    route: 'POST /api/breaches/:id/ap-follow-ups',
    does: 'record a follow-up to the AP under the meldnummer',
    allowed: breachPolicy.handle,
    status: 201,
    scope: 'ours',
    request: async () => ({
      path: await notifiedBreachPath('/ap-follow-ups'),
      body: { kind: 'supplement', sentAt: new Date().toISOString(), note: 'Oorzaak aangevuld' },
    }),
  },
];

/** The ones of ours a row lets in. */
const oursAllowed = (c: Case): readonly Ours[] => (c.allowed === 'public' ? OURS : typeof c.allowed === 'function' ? whoMay(c.allowed) : c.allowed);

function expectedStatus(c: Case, who: Caller): number {
  if (c.allowed === 'public') return c.status;
  if (who === 'anonymous') return 401;
  if (who === 'other organisation') return c.scope === 'theirs' ? c.status : 404;
  return among(oursAllowed(c), who) ? c.status : 403;
}

const ERROR_OF: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'notFound', 409: 'setupDone' };

beforeAll(async () => {
  smtp = await startSmtpServer();
  // With the job queue: survey invitations are only accepted when it can send them. It polls as
  // often as pg-boss allows, so a row that waits for the queue to empty waits no longer than that.
  t = await startTestApp({ mail: { url: smtp.url, from: 'test@wegwijs.invalid' }, jobs: { linkBase: 'https://wegwijs.test', pollingIntervalSeconds: 0.5 } });
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
  for (const role of ROLES) callers[role] = { client: A.as[role], email: A.emails[role], userId: A.userIds[role] };

  const offTeam = await createUser(A.id, 'Tweede kernteamlid', ['member']);
  callers['member off the team'] = { client: await t.client().login(offTeam.email, TEST_PASSWORD), ...offTeam, userId: offTeam.id };
  // The member of another programme is on its core team; of the two-role callers only the member + privacy is on ours.
  const another = (await ok(A.as.coordinator.post('/api/programmes', { title: 'Wachtwoorden niet delen' }), 201)).body.programme.id;
  for (const who of COMBINED_CALLERS) {
    const user = await createUser(A.id, who, rolesOf(who));
    callers[who] = { client: await t.client().login(user.email, TEST_PASSWORD), ...user, userId: user.id };
    ourIds.add(user.id);
  }
  await ok(A.as.admin.post(`/api/programmes/${another}/members`, { userId: callers['member of another programme'].userId }), 201);
  const outsider = await createUser(B.id, 'Buitenstaander', [...ROLES]);
  callers['other organisation'] = { client: await t.client().login(outsider.email, TEST_PASSWORD), ...outsider, userId: outsider.id };

  our.colleague = (await createUser(A.id, 'Collega', ['member'])).id;
  our.loginEmail = (await createUser(A.id, 'Aanmelder', ['viewer'])).email;
  our.renamed = (await invite()).id;
  our.inviteToken = (await invite()).token;
  our.programme = (await ok(A.as.coordinator.post('/api/programmes', { title: 'Datalekken melden', problem: 'Te weinig meldingen' }), 201)).body.programme.id;
  await ok(A.as.admin.post(`${P()}/members`, { userId: A.userIds.member, teamRole: 'kernteamlid' }), 201);
  for (const who of COMBINED_CALLERS.filter((w) => COMBINED[w].onTeam)) await ok(A.as.admin.post(`${P()}/members`, { userId: callers[who].userId }), 201);
  await ok(A.as.member.put(`${P()}/substeps/3.1/status`, { status: 'done' }));
  await ok(A.as.member.put(`${P()}/substeps/1.3/worksheet`, { notes: 'Eerste verslag', baseVersion: 0, fields: { stakeholders: [] } }));
  const open = await survey('open');
  [our.openSurvey, our.openSlug] = [open.id, open.publicSlug];
  our.closedSurvey = (await survey('closed')).id;
  const openCheck = await checkOf('open');
  [checks.open, checks.openSlug] = [openCheck.id, openCheck.publicSlug];
  checks.closed = (await checkOf('closed')).id;
  our.breachSlug = (await ok(A.as.admin.get('/api/organisation'))).body.organisation.breachSlug;
  ourBreach.id = await breachOf();
  [A.id, ...Object.values(A.userIds), offTeam.id].forEach((id) => ourIds.add(id));

  // The other organisation has data of its own, so "none of ours" is not trivially true.
  theirProgramme = (await B.as.coordinator.post('/api/programmes', { title: 'Wachtwoorden delen' })).body.programme.id;
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('the table covers the app', () => {
  it('every route the app registers has a row, and every row is a registered route', () => {
    // The masterclass's routes cross organisations and have a matrix of their own (masterclass-matrix.test.ts).
    const registered = t.routes.filter((r) => r.method !== 'HEAD' && !isMasterclassRoute(r.url)).map((r) => `${r.method} ${r.url}`);
    const listed = new Set(CASES.map((c) => c.route));
    expect(
      registered.filter((r) => !listed.has(r)),
      'routes without a row in CASES',
    ).toEqual([]);
    expect(
      [...listed].filter((r) => !registered.includes(r)),
      'rows for routes that do not exist',
    ).toEqual([]);
  });

  it('HEAD routes are only the twins Fastify adds for GET routes', () => {
    const gets = new Set(t.routes.filter((r) => r.method === 'GET').map((r) => r.url));
    expect(t.routes.filter((r) => r.method === 'HEAD' && !gets.has(r.url))).toEqual([]);
  });
});

/**
 * Who of ours may comes from the policies themselves (whoMay); what is left to check is that the
 * policies give one with two roles what either role gets, no more, and another organisation nothing.
 */
describe('src/core/policies give two roles the union of both, another organisation nothing', () => {
  const ruled = CASES.flatMap((c) => (typeof c.allowed === 'function' ? [[`${c.route}: ${c.does}`, c, c.allowed] as const] : []));
  it.each(ruled)('%s', (_, c, rule) => {
    const allowed = whoMay(rule);
    for (const who of COMBINED_CALLERS) expect(rule(...asPolicySees(who)), who).toBe(among(allowed, who));
    if (c.scope === 'ours') {
      const stranger: Actor = { userId: 'stranger', organisationId: 'theirs', roles: [...ROLES] };
      expect(rule(stranger, { organisationId: 'ours', actorOnTeam: true }), 'another organisation').toBe(false);
    }
  });
});

const outcome = (status: number) => (status < 300 ? `may (${status})` : `may not (${status})`);

/**
 * Whether a row can tell a combined caller from the ones it is like: when our roles get different
 * answers, or the answer itself is checked. Elsewhere (public rows, rows every one of ours may use
 * alike) their answer follows, so they are not asked: that keeps the matrix quick.
 */
const asksCombined = (c: Case) => c.allowed !== 'public' && (c.check !== undefined || OURS.some((o) => !oursAllowed(c).includes(o)));

describe.each(CASES.map((c) => [`${c.route}: ${c.does}`, c] as const))('%s', (_, c) => {
  const [method] = c.route.split(' ') as [string];
  const rows = CALLERS.filter((who) => !isCombined(who) || asksCombined(c)).map(
    (who) => [`${who} ${outcome(expectedStatus(c, who))}`, who, expectedStatus(c, who)] as const,
  );
  /**
   * A refused call is checked to leave every table as it was, so where the row builds its request
   * alike for every caller (the builder takes no caller), the refused ones share one, with its fixtures.
   */
  let refused: Promise<Request> | undefined;
  it.each(rows)('%s', async (_title, who, status) => {
    const checked = method !== 'GET' && status >= 300;
    const request = await (checked && c.request.length === 0 ? (refused ??= Promise.resolve(c.request(who))) : c.request(who));
    const client = request.as ?? (who === 'anonymous' ? t.client() : callers[who].client.clone());
    const before = checked ? await t.snapshot() : undefined;

    const reply = await client.request(method, request.path, request.body);

    expect(reply.status, JSON.stringify(reply.body)).toBe(status);
    if (before) expect(await t.snapshot()).toEqual(before);
    if (status >= 400) expect(reply.body.error).toBe(ERROR_OF[status]);
    if (who === 'other organisation' && c.allowed !== 'public') expectNoneOfOurs(reply.body);
    else if (who !== 'anonymous' && who !== 'other organisation') remember(reply);
    c.check?.(who, reply);
    if (reply.status < 300) await c.settle?.();
  });
});

describe('another organisation never sees our data', () => {
  it.each(['/api/users', '/api/users/directory', '/api/programmes', '/api/audit?limit=200', '/api/organisation'])(
    'their admin reads %s and finds only their own ids',
    async (path) => {
      const reply = await B.as.admin.get(path);
      expect(reply.status).toBe(200);
      expect(uuidsIn(reply.body).length).toBeGreaterThan(0);
      expectNoneOfOurs(reply.body);
    },
  );

  it('their admin filtering the audit log by one of our users finds nothing', async () => {
    const reply = await B.as.admin.get(`/api/audit?actorId=${A.userIds.admin}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ entries: [], total: 0 });
  });

  it('their coordinator cannot put one of our users on their programme, and nothing is written', async () => {
    const before = await t.snapshot();
    const reply = await B.as.coordinator.post(`/api/programmes/${theirProgramme}/members`, { userId: A.userIds.member });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('userInactive');
    expect(await t.snapshot()).toEqual(before);
  });

  it('our coordinator cannot reach their programme either', async () => {
    const reply = await A.as.coordinator.get(`/api/programmes/${theirProgramme}`);
    expect(reply.status).toBe(404);
  });
});
