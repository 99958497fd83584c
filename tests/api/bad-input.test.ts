import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '#core/export/document.js';
import { OBSERVER_CRITERIA } from '#core/masterclass/roleplay.js';
import { ROLES } from '#core/roles.js';
import { message, type MessageKey } from '#server/i18n/messages.js';
import { actionInput, handoverListReport, kpiInput, ok, openKnowledgeCheck, openSurvey, startProgramme } from '../fixtures.js';
import { reportBreach, TEST_PASSWORD, nextAddress, startTestApp, type Client, type Reply, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Bad input, route by route: every state-changing route gets broken JSON, bodies of the wrong
 * shape, missing, unknown, mistyped, too long and too large fields and the wrong content type;
 * every route with parameters or a query gets values that are not what it expects. The answer is
 * always a 4xx with `{ error, message, fields? }` naming the field, and not one row is written.
 * The caller is allowed to do each thing, so what fails is the input, not the permission.
 */

const KIB = 1024;
const UNKNOWN_ID = '7d1f3c52-9a4e-4b8e-8f0e-2c6d5a4b3e21';
const OTHER_ORGANISATION_ID = '3b9e2f4a-1c7d-4e5f-9a8b-6c5d4e3f2a10';

type Body = Record<string, unknown>;

/** A valid organisation export with nothing in it. */
const EMPTY_DOCUMENT = {
  format: 'wegwijs-organisation',
  version: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  organisation: { name: 'Zorggroep Oost', minGroupSize: 5, defaultLocale: 'nl', breachReportRequiresLogin: false, surveyResponsesMonths: null },
  ...Object.fromEntries(TABLES.map(({ key }) => [key, []])),
};

/** A state-changing route, with a valid body that each bad case takes apart. */
interface BodyRoute {
  route: string;
  path: () => string;
  /** Who sends it, when the admin may not (e.g. only the privacy officer handles a breach). */
  client?: () => Client;
  /** Takes no input at all (nothing, or `{}`). */
  noBody?: boolean;
  /** Static, so the cases can be listed before the app runs; ids in it need not exist (validation comes first). */
  valid?: Body;
  required?: string[];
  /** Maximum length of text fields. */
  maxLength?: Record<string, number>;
  /** Free-text fields that end up in the database (and so may not contain NUL). */
  stored?: string[];
  /** Values of the right type that are still wrong. */
  wrong?: Record<string, unknown[]>;
  /** Fields that must never be accepted here (besides `organisationId`, refused everywhere). */
  forbidden?: string[];
  /** A larger body limit than the usual 256 KiB (the organisation import). */
  bodyLimitKib?: number;
  /**
   * Answered before a byte of the body is read, whatever it holds (the organisation import, on this
   * installation that is set up); its bad bodies are tried on a new installation in transfer.test.ts.
   */
  refusedBeforeBody?: { status: number; error: MessageKey };
}

interface BadRequest {
  name: string;
  method: string;
  /** Built when the case runs: it may name ids made in beforeAll. */
  path: () => string;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  error: MessageKey;
  /** The field that `fields` must name. */
  field?: string;
  /** Who sends it; the admin (who may do everything here) unless said otherwise. */
  client?: () => Client;
}

let t: TestApp;
let A: TestOrganisation;
/** A training organisation: its trainer runs the masterclass A takes part in. */
let T: TestOrganisation;
const fixture = {
  breachSlug: '',
  programme: '',
  invited: '',
  draftSurvey: '',
  openSurvey: '',
  openSlug: '',
  own: '',
  candidate: '',
  idea: '',
  action: '',
  communication: '',
  checkin: '',
};

const admin = () => A.as.admin;
const programme = () => `/api/programmes/${fixture.programme}`;

/** A valid survey, as the team's builder sends it. */
const SURVEY = {
  title: 'Datalekken melden',
  linkEnabled: true,
  definition: {
    behaviour: 'een datalek melden',
    intro: { nl: 'Vijf minuten.', en: '' },
    scale: 5,
    items: [{ id: 'i1', factor: 'C-psy', text: { nl: 'Ik weet hoe ik een datalek meld.', en: '' }, bankId: null }],
    groups: [
      {
        id: 'department',
        question: { nl: 'Afdeling?', en: '' },
        options: [
          { id: 'a', label: { nl: 'A', en: '' } },
          { id: 'b', label: { nl: 'B', en: '' } },
        ],
      },
    ],
  },
};

const OWN_INTERVENTION = {
  title: 'Tip van de week',
  description: 'Elke week één tip in het teamoverleg.',
  example: 'De teamleider leest de tip voor.',
  functions: ['education'],
  factors: ['C-psy'],
  fits: ['general'],
  effort: 'low',
  bcts: ['5.1'],
};
const CANDIDATE = {
  title: 'Meldknop in Outlook',
  description: '',
  functions: ['environmentalRestructuring'],
  factors: ['O-phy'],
  bcts: ['12.1'],
  barrierIds: [],
};
const RATING = { affordability: 4, practicability: 3, effectiveness: 5, acceptability: null, sideEffects: 4, equity: 5, note: '' };
const PLAN = {
  what: 'Meldknop',
  forWhom: 'Iedereen',
  byWhom: 'ICT',
  start: '2027-02-01',
  end: '2027-03-01',
  materials: '',
  measurement: 'Meldpercentage',
  indicators: ['phishingReportRate'],
};
const KPI = kpiInput();
const MEASUREMENT_PLAN = {
  outcomeKpiId: null,
  method: 'registrations',
  methodDetail: 'Aandeel gemelde oefenmails per maand',
  selfReportReason: '',
  design: 'beforeAfter',
  groups: '',
  population: 'Alle medewerkers',
  baselinePlannedOn: '2027-01-10',
  followUpPlannedOn: '2027-06-10',
  deviations: [{ id: 'd1', date: '2027-03-01', description: 'Geen oefenmail in maart' }],
  decision: null,
  decisionReason: '',
};
/** The FG's advice on a decision, given before the decision. */
const FG_ADVICE = {
  notifyAp: true,
  informSubjects: false,
  advice: 'Melden: gezondheidsgegevens bij een derde.',
  by: 'A. de Vries (FG)',
  at: '2026-03-28T11:00:00+01:00',
};
/** Facts of a breach, as the privacy officer records them; `registered.breach` is the breach they are for. */
const BREACH_FACTS = {
  classification: ['confidentiality'],
  incidentKind: 'emailWrongRecipient',
  summary: 'Overdrachtslijst naar een verkeerde ontvanger gemaild.',
  startedAt: '2026-03-28T09:15:00+01:00',
  dataCategories: ['name'],
  specialCategories: ['health'],
  subjectGroups: ['patients'],
  people: { min: 24, max: 24 },
  protection: 'none',
  recipientTrusted: false,
  cause: 'Adressuggestie in het e-mailprogramma.',
  otherOrganisations: '',
  enisa: { dpc: null, easeOfIdentification: null },
};
const registered = { breach: '' };
/** A staff member's breach report, as the public form sends it. */
const BREACH_REPORT = handoverListReport({
  isBreach: 'unsure',
  happenedAt: '2026-03-28T09:15:00+01:00',
  noticedAt: '2026-03-28T10:00:00+01:00',
  contact: { name: 'Sanne', phone: '06 12345678', email: 'sanne@zorg.test' },
});
const MEASUREMENT = { date: '2027-03-01', value: 35, note: 'Na de eerste oefenmail' };
/** Made in beforeAll: a KPI with one measurement. */
const measured = { kpi: '', measurement: '' };
const ANCHORING = {
  area: 'policy',
  description: 'Opnemen in het informatiebeveiligingsbeleid',
  owner: { userId: null, name: 'CISO' },
  due: '2027-06-01',
  status: 'todo',
  note: '',
};
/** The anchoring item the PUT and DELETE cases name. */
const anchored = { item: '' };
const ACTION = actionInput({ due: '2027-03-01', channel: 'intranet' });
const COMMUNICATION = {
  audience: 'Verpleegkundigen',
  message: 'De meldknop komt eraan',
  channel: 'Intranet',
  planned: '2027-03-01',
  ownerName: 'Teammanager',
  status: 'planned',
};
const CHECKIN = { date: '2027-03-01', attendees: ['Anna'], minutes: 'Besproken', decisions: [{ id: 'd1', text: 'Budget aanvragen', open: true, due: null }] };
const RATINGS_WRONG = Object.fromEntries(
  ['affordability', 'practicability', 'effectiveness', 'acceptability', 'sideEffects', 'equity'].map((c) => [c, [0, 6, 2.5]]),
);

/** A valid knowledge check, as the team's builder sends it, and the check made from it in beforeAll. */
const CHECK = {
  title: 'Datalek of niet?',
  programmeId: null,
  definition: {
    scenarios: ['breach-wrong-gp', 'sharing-police-phone'],
    departments: [
      { id: 'a', name: 'Afdeling A' },
      { id: 'b', name: 'Afdeling B' },
    ],
  },
};
const CHECK_ANSWERS = { 'breach-wrong-gp': 1, 'sharing-police-phone': 1 };
const checks = { draft: '', open: '', openSlug: '' };

/**
 * Made in beforeAll: T's cohort with a session and an assignment; A's participation in it (its admin
 * joined a programme of A with A's coordinator as the duo, sharing 2.3 with the trainers); a subgroup
 * with A in it, and an item A's duo published to the exchange.
 */
const masterclass = { id: '', code: '', programme: '', session: '', assignment: '', participation: '', subgroup: '', item: '' };
const cohort = () => `/api/cohorts/${masterclass.id}`;
const trainer = () => T.as.trainer;
const duo = () => A.as.coordinator;
/** No round is played here (a round takes three people): what the round routes refuse, they refuse before looking for it. */
const NO_ROUND = '5c2e8a41-6b3d-4f7a-9e1c-8d4b2a6f3e90';
const NEXT_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString();
const SESSION = {
  title: 'Stap 3 en 4',
  startsAt: NEXT_MONTH,
  minutes: 180,
  place: 'Utrecht',
  videoLink: 'https://meet.example.org/masterclass',
  steps: [3, 4],
};
const ASSIGNMENT = { title: 'Doelgedrag', instructions: 'Vul werkblad 2.3 in.', relatesTo: '2.3', dueDate: NEXT_MONTH.slice(0, 10) };
const COHORT_SHARES = { trainers: { scopes: ['progress', 'checkins'], worksheets: ['2.3'] }, cohort: { scopes: [], worksheets: [] } };
/** Ids of participations, people and the like that need not exist (validation comes first). */
const someIds = (n: number) => Array.from({ length: n }, (_, i) => `7d1f3c52-9a4e-4b8e-8f0e-2c6d5a4b3e${String(i).padStart(2, '0')}`);
const EFFECT = { measure: 'Vergrendelde schermen bij de steekproef', before: 40, after: 75, unit: '%' };
const EXCHANGE = {
  title: 'Sticker op het scherm',
  setting: 'vvt',
  targetBehaviour: 'screen-locking',
  behaviour: 'Scherm vergrendelen bij het weglopen',
  barrier: 'M-aut',
  whatWeDid: 'Op elk scherm een sticker met Windows-toets + L.',
  functions: ['environmentalRestructuring'],
  effort: 'low',
  effect: EFFECT,
};
const ROUND = { interviewerId: someIds(3)[0], colleagueId: someIds(3)[1], observerId: someIds(3)[2] };
const OBSERVER_SCORES = {
  scores: Object.fromEntries(OBSERVER_CRITERIA.map((c) => [c, { score: 2 }])),
  factorsCovered: ['C-psy', 'M-aut'],
  notes: 'Goede open vragen; vraag vaker door.',
};

const ROUTES: BodyRoute[] = [
  {
    route: 'POST /api/auth/login',
    path: () => '/api/auth/login',
    valid: { email: 'iemand@example.org', password: 'een willekeurig wachtwoord' },
    required: ['email', 'password'],
    maxLength: { email: 254, password: 1024 },
    wrong: { email: ['geen-e-mailadres', 'iemand@'], password: [''] },
  },
  { route: 'POST /api/auth/logout', path: () => '/api/auth/logout', noBody: true },
  {
    route: 'PATCH /api/auth/me',
    path: () => '/api/auth/me',
    valid: { name: 'Nieuwe naam', locale: 'en' },
    maxLength: { name: 120 },
    stored: ['name'],
    wrong: { name: ['', '   '], locale: ['fr', 'NL'] },
    forbidden: ['roles', 'email', 'status'],
  },
  {
    route: 'POST /api/auth/password',
    path: () => '/api/auth/password',
    valid: { currentPassword: TEST_PASSWORD, newPassword: 'een ander en langer wachtwoord' },
    required: ['currentPassword', 'newPassword'],
    maxLength: { currentPassword: 1024, newPassword: 1024 },
    wrong: { currentPassword: [''], newPassword: [''] },
  },
  {
    route: 'POST /api/auth/login/totp',
    path: () => '/api/auth/login/totp',
    valid: { challenge: 'x'.repeat(60), code: '123456' },
    required: ['challenge', 'code'],
    maxLength: { challenge: 256, code: 20 },
    wrong: { challenge: [''], code: ['', '12345', '      '] },
  },
  {
    route: 'POST /api/auth/totp/enrol',
    path: () => '/api/auth/totp/enrol',
    valid: { password: TEST_PASSWORD },
    required: ['password'],
    maxLength: { password: 1024 },
    wrong: { password: [''] },
  },
  {
    route: 'POST /api/auth/totp/confirm',
    path: () => '/api/auth/totp/confirm',
    valid: { code: '123456' },
    required: ['code'],
    maxLength: { code: 20 },
    wrong: { code: ['', '12345'] },
  },
  {
    route: 'POST /api/auth/totp/disable',
    path: () => '/api/auth/totp/disable',
    valid: { password: TEST_PASSWORD, code: '123456' },
    required: ['password', 'code'],
    maxLength: { password: 1024, code: 20 },
    wrong: { password: [''], code: ['12345'] },
  },
  {
    route: 'PUT /api/organisation/sso',
    path: () => '/api/organisation/sso',
    valid: {
      enabled: true,
      loginName: 'zorggroep-west',
      issuer: 'https://login.example.org/realms/zorg',
      clientId: 'wegwijs',
      clientSecret: 'een clientgeheim',
      defaultRole: 'member',
      groupClaim: 'groups',
      groupRoles: [{ group: 'wegwijs-beheer', role: 'admin' }],
      ssoOnly: false,
      logoutAtProvider: true,
    },
    required: ['enabled', 'loginName', 'issuer', 'clientId', 'defaultRole', 'groupClaim', 'groupRoles', 'ssoOnly', 'logoutAtProvider'],
    maxLength: { issuer: 500, clientId: 300, clientSecret: 1000, groupClaim: 100 },
    stored: ['clientId', 'clientSecret', 'groupClaim'],
    wrong: {
      loginName: ['Zorggroep West', '-west', 'west-', 'zorg_groep', 'x'.repeat(64)],
      issuer: ['login.example.org', 'http://login.example.org', 'ftp://login.example.org'],
      clientId: ['', '  '],
      clientSecret: [''],
      defaultRole: ['koning'],
      groupRoles: [
        [{ group: '', role: 'member' }],
        [{ group: 'g', role: 'koning' }],
        [{ group: 'g' }],
        Array.from({ length: 51 }, () => ({ group: 'g', role: 'member' })),
      ],
    },
    forbidden: ['clientSecretSealed'],
  },
  {
    route: 'POST /api/setup',
    path: () => '/api/setup',
    valid: {
      token: 'x'.repeat(43),
      organisationName: 'Nieuwe zorggroep',
      sector: 'vvt',
      name: 'Nieuwe beheerder',
      email: 'beheer@example.org',
      password: TEST_PASSWORD,
    },
    required: ['token', 'organisationName', 'sector', 'name', 'email', 'password'],
    maxLength: { token: 128, organisationName: 160, name: 120, email: 254, password: 1024 },
    stored: ['organisationName', 'name'],
    wrong: { token: [''], organisationName: ['a'], sector: ['ziekenhuis', 'VVT'], email: ['beheer'] },
  },
  {
    route: 'POST /api/organisation/import',
    path: () => '/api/organisation/import',
    valid: { name: 'Nieuwe beheerder', email: 'beheer@example.org', password: TEST_PASSWORD, document: EMPTY_DOCUMENT },
    refusedBeforeBody: { status: 409, error: 'setupDone' },
    bodyLimitKib: 32 * KIB,
  },
  {
    route: 'POST /api/organisation/breach-report/shared',
    path: () => '/api/organisation/breach-report/shared',
    valid: { how: 'png' },
    required: ['how'],
    wrong: { how: ['pdf', 'PNG', ''] },
  },
  { route: 'POST /api/organisation/first-run/dismiss', path: () => '/api/organisation/first-run/dismiss', noBody: true },
  {
    route: 'PUT /api/organisation/retention',
    path: () => '/api/organisation/retention',
    valid: { surveyResponsesMonths: 24, knowledgeResponsesMonths: 12 },
    required: ['surveyResponsesMonths', 'knowledgeResponsesMonths'],
    wrong: { surveyResponsesMonths: [0, -1, 601, 2.5], knowledgeResponsesMonths: [0, -1, 601, 2.5] },
  },
  {
    route: 'POST /api/users',
    path: () => '/api/users',
    valid: { email: 'nieuw@example.org', name: 'Nieuwe collega', roles: ['member'] },
    required: ['email', 'name', 'roles'],
    maxLength: { email: 254, name: 120 },
    stored: ['name'],
    wrong: { email: ['nieuw'], roles: [[], ['koning'], [...ROLES, 'admin']] },
    forbidden: ['status', 'passwordHash'],
  },
  {
    route: 'PATCH /api/users/:id',
    path: () => `/api/users/${A.userIds.viewer}`,
    valid: { name: 'Andere naam', roles: ['viewer', 'member'] },
    maxLength: { name: 120 },
    stored: ['name'],
    wrong: { name: [''], roles: [[], ['superuser']] },
    forbidden: ['email', 'status'],
  },
  { route: 'POST /api/users/:id/deactivate', path: () => `/api/users/${A.userIds.viewer}/deactivate`, noBody: true },
  { route: 'POST /api/users/:id/reactivate', path: () => `/api/users/${A.userIds.viewer}/reactivate`, noBody: true },
  { route: 'POST /api/users/:id/invitation', path: () => `/api/users/${fixture.invited}/invitation`, noBody: true },
  { route: 'DELETE /api/users/:id/totp', path: () => `/api/users/${A.userIds.viewer}/totp`, noBody: true },
  { route: 'POST /api/mail/test', path: () => '/api/mail/test', noBody: true },
  {
    route: 'POST /api/invitations/accept',
    path: () => '/api/invitations/accept',
    valid: { token: 'x'.repeat(43), name: 'Nieuwe collega', password: TEST_PASSWORD },
    required: ['token', 'name', 'password'],
    maxLength: { token: 128, name: 120, password: 1024 },
    stored: ['name'],
    wrong: { token: [''], name: ['  '] },
  },
  {
    route: 'PATCH /api/organisation',
    path: () => '/api/organisation',
    valid: { name: 'Zorggroep Oost', minGroupSize: 5, defaultLocale: 'en' },
    maxLength: { name: 160 },
    stored: ['name'],
    // A group smaller than 3 could reveal who answered what.
    wrong: {
      name: ['Z'],
      minGroupSize: [2, 0, -5, 51, 3.5, 1e308],
      defaultLocale: ['de'],
      sector: ['ziekenhuis', ''],
      surveyInvitationsPerDay: [-1, 2.5, 1e308],
    },
    forbidden: ['id', 'isDemo'],
  },
  {
    route: 'POST /api/programmes',
    path: () => '/api/programmes',
    valid: { title: 'Veilig mailen', problem: 'Mails naar de verkeerde ontvanger' },
    required: ['title'],
    maxLength: { title: 200, problem: 5_000 },
    stored: ['title', 'problem'],
    wrong: { title: ['ab', '     '] },
    forbidden: ['status', 'createdBy'],
  },
  {
    route: 'PATCH /api/programmes/:id',
    path: programme,
    valid: { title: 'Andere titel', problem: 'Ander probleem', status: 'archived' },
    maxLength: { title: 200, problem: 5_000 },
    stored: ['title', 'problem'],
    wrong: { title: ['ab'], status: ['deleted', 'ARCHIVED'] },
    forbidden: ['createdBy'],
  },
  {
    route: 'POST /api/programmes/:id/members',
    path: () => `${programme()}/members`,
    valid: { userId: UNKNOWN_ID, teamRole: 'kernteamlid' },
    required: ['userId'],
    maxLength: { teamRole: 120 },
    stored: ['teamRole'],
    wrong: { userId: ['niet-een-id', ''] },
  },
  { route: 'DELETE /api/programmes/:id/members/:userId', path: () => `${programme()}/members/${A.userIds.coordinator}`, noBody: true },
  {
    route: 'PUT /api/programmes/:id/substeps/:key/status',
    path: () => `${programme()}/substeps/1.1/status`,
    valid: { status: 'done' },
    required: ['status'],
    wrong: { status: ['klaar', 'DONE', '', 'x'.repeat(10_000)] },
  },
  {
    route: 'PUT /api/programmes/:id/substeps/:key/worksheet',
    path: () => `${programme()}/substeps/2.3/worksheet`,
    valid: {
      notes: 'Verslag van de eerste bijeenkomst',
      baseVersion: 0,
      fields: {
        targetGroup: 'Verpleegkundigen',
        departments: 'Cardiologie',
        professions: 'verpleegkundigen',
        size: 90,
        action: 'controleren de geadresseerde',
        when: 'voor het versturen',
        where: 'op de afdeling',
        howOften: 'bij elke e-mail',
        withWhat: 'met de adrescontrole',
        currentSituation: '',
        desiredSituation: 'Geen e-mail meer aan de verkeerde ontvanger.',
      },
    },
    required: ['notes', 'baseVersion', 'fields'],
    maxLength: { notes: 50_000 },
    stored: ['notes'],
    wrong: { baseVersion: [-1, 1.5, 2 ** 53], fields: [[], 'formulier', null] },
  },
  {
    route: 'POST /api/programmes/:id/surveys',
    path: () => `${programme()}/surveys`,
    valid: SURVEY,
    required: ['title', 'linkEnabled', 'definition'],
    maxLength: { title: 300 },
    stored: ['title'],
    wrong: { title: ['', '   ', 'Inloggen op www.example.org'], definition: [{}, { ...SURVEY.definition, scale: 6 }, { ...SURVEY.definition, items: [] }] },
  },
  {
    route: 'PUT /api/programmes/:id/surveys/:surveyId',
    path: () => `${programme()}/surveys/${fixture.draftSurvey}`,
    valid: SURVEY,
    required: ['title', 'linkEnabled', 'definition'],
    maxLength: { title: 300 },
    stored: ['title'],
    wrong: { definition: [{ ...SURVEY.definition, items: [{ ...SURVEY.definition.items[0], factor: 'X-yz' }] }] },
  },
  { route: 'DELETE /api/programmes/:id/surveys/:surveyId', path: () => `${programme()}/surveys/${fixture.draftSurvey}`, noBody: true },
  { route: 'POST /api/programmes/:id/surveys/:surveyId/open', path: () => `${programme()}/surveys/${fixture.draftSurvey}/open`, noBody: true },
  { route: 'POST /api/programmes/:id/surveys/:surveyId/close', path: () => `${programme()}/surveys/${fixture.openSurvey}/close`, noBody: true },
  {
    route: 'POST /api/programmes/:id/surveys/:surveyId/invitations',
    path: () => `${programme()}/surveys/${fixture.openSurvey}/invitations`,
    valid: { emails: ['collega@example.org'], message: 'Doe je mee?', locale: 'nl' },
    required: ['emails', 'message', 'locale'],
    maxLength: { message: 500 },
    wrong: {
      emails: [[], ['geen-adres'], ['a@example.org', 'A@example.org'], Array(501).fill('a@example.org')],
      message: ['Log in via https://example.org', 'Zie www.example.org', 'Mail helpdesk@example.org', 'Kijk op inlog-portaal.nl'],
      locale: ['fr'],
    },
  },
  {
    route: 'POST /api/interventions/library',
    path: () => '/api/interventions/library',
    valid: OWN_INTERVENTION,
    required: ['title', 'description', 'example', 'functions', 'factors', 'fits', 'effort', 'bcts'],
    maxLength: { title: 300, description: 4000, example: 4000 },
    stored: ['title', 'description', 'example'],
    wrong: {
      title: ['', '  '],
      functions: [[], ['lecturing'], ['education', 'education']],
      factors: [['C-soc']],
      fits: [['everything']],
      effort: ['huge'],
      bcts: [['5'], ['x.1']],
    },
  },
  {
    route: 'PUT /api/interventions/library/:id',
    path: () => `/api/interventions/library/${fixture.own}`,
    valid: OWN_INTERVENTION,
    required: ['title', 'functions', 'effort'],
    maxLength: { title: 300 },
    stored: ['title'],
    wrong: { effort: ['Low'] },
  },
  { route: 'DELETE /api/interventions/library/:id', path: () => `/api/interventions/library/${fixture.own}`, noBody: true },
  {
    route: 'POST /api/programmes/:id/interventions',
    path: () => `${programme()}/interventions`,
    valid: CANDIDATE,
    required: ['title', 'description', 'functions', 'factors', 'bcts', 'barrierIds'],
    maxLength: { title: 300, description: 4000 },
    stored: ['title', 'description'],
    wrong: { title: [''], functions: [['coaching']], factors: [['M-ref', 'M-ref']], bcts: [['1']], barrierIds: [['met spatie'], ['a', 'a']] },
  },
  {
    route: 'POST /api/programmes/:id/interventions/from-library',
    path: () => `${programme()}/interventions/from-library`,
    valid: { libraryId: 'phishing-report-button' },
    required: ['libraryId'],
    maxLength: { libraryId: 100 },
    wrong: { libraryId: [''] },
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId',
    path: () => `${programme()}/interventions/${fixture.idea}`,
    valid: CANDIDATE,
    required: ['title', 'barrierIds'],
    maxLength: { title: 300 },
    stored: ['title'],
    wrong: { factors: [['O-phy', 'X']] },
  },
  { route: 'DELETE /api/programmes/:id/interventions/:candidateId', path: () => `${programme()}/interventions/${fixture.idea}`, noBody: true },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/vote',
    path: () => `${programme()}/interventions/${fixture.idea}/vote`,
    valid: { vote: true },
    required: ['vote'],
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/shortlist',
    path: () => `${programme()}/interventions/${fixture.idea}/shortlist`,
    valid: { shortlisted: true },
    required: ['shortlisted'],
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/rating',
    path: () => `${programme()}/interventions/${fixture.idea}/rating`,
    valid: RATING,
    required: ['affordability', 'equity', 'note'],
    maxLength: { note: 4000 },
    stored: ['note'],
    wrong: RATINGS_WRONG,
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/decision',
    path: () => `${programme()}/interventions/${fixture.idea}/decision`,
    valid: { decision: 'chosen', rationale: 'Goedkoop en het team wil het' },
    required: ['decision', 'rationale'],
    maxLength: { rationale: 4000 },
    stored: ['rationale'],
    wrong: { decision: ['gekozen', 'CHOSEN'], rationale: ['', '   '] },
  },
  {
    route: 'PUT /api/programmes/:id/interventions/:candidateId/plan',
    path: () => `${programme()}/interventions/${fixture.candidate}/plan`,
    valid: PLAN,
    required: ['what', 'forWhom', 'byWhom', 'start', 'end', 'materials', 'measurement', 'indicators'],
    maxLength: { what: 4000, forWhom: 300, byWhom: 300, materials: 4000, measurement: 4000 },
    stored: ['what', 'forWhom', 'byWhom', 'materials', 'measurement'],
    wrong: { start: ['1-2-2027', '2027-02-30'], end: ['2027-01-31'], indicators: [['clicks'], ['breachReports', 'breachReports']] },
  },
  {
    route: 'POST /api/programmes/:id/actions',
    path: () => `${programme()}/actions`,
    valid: ACTION,
    required: ['title', 'description', 'candidateId', 'owner', 'due', 'status', 'channel'],
    maxLength: { title: 300, description: 4000, channel: 300 },
    stored: ['title', 'description', 'channel'],
    wrong: {
      title: ['', ' '],
      candidateId: ['meldknop'],
      owner: [{ userId: null, name: '' }, { userId: 'iemand', name: 'X' }, { name: 'X' }, { userId: null, name: 'X', email: 'x@y.z' }],
      due: ['1 maart', '2027-02-29'],
      status: ['klaar', 'DONE'],
    },
  },
  {
    route: 'PUT /api/programmes/:id/actions/:actionId',
    path: () => `${programme()}/actions/${fixture.action}`,
    valid: ACTION,
    required: ['title', 'owner', 'status'],
    maxLength: { title: 300 },
    stored: ['title'],
    wrong: { status: ['open'] },
  },
  { route: 'DELETE /api/programmes/:id/actions/:actionId', path: () => `${programme()}/actions/${fixture.action}`, noBody: true },
  {
    route: 'POST /api/programmes/:id/anchoring',
    path: () => `${programme()}/anchoring`,
    valid: ANCHORING,
    required: ['area', 'description', 'owner', 'due', 'status', 'note'],
    maxLength: { description: 4000, note: 4000 },
    stored: ['description', 'note'],
    wrong: {
      area: ['pdca', 'Policy', ''],
      description: ['', '  '],
      owner: [{ userId: 'iemand', name: 'X' }, { name: 'X' }, { userId: null, name: 'X', email: 'x@y.z' }, { userId: UNKNOWN_ID, name: ' ' }, null],
      due: ['1 juni', '2027-02-29'],
      status: ['klaar', 'DONE'],
    },
  },
  { route: 'POST /api/programmes/:id/anchoring/standard', path: () => `${programme()}/anchoring/standard`, noBody: true },
  {
    route: 'PUT /api/programmes/:id/anchoring/:itemId',
    path: () => `${programme()}/anchoring/${anchored.item}`,
    valid: ANCHORING,
    required: ['area', 'description', 'owner', 'status', 'note'],
    maxLength: { description: 4000 },
    stored: ['description'],
    wrong: { status: ['open'] },
  },
  { route: 'DELETE /api/programmes/:id/anchoring/:itemId', path: () => `${programme()}/anchoring/${anchored.item}`, noBody: true },
  {
    route: 'POST /api/programmes/:id/communication',
    path: () => `${programme()}/communication`,
    valid: COMMUNICATION,
    required: ['audience', 'message', 'channel', 'planned', 'ownerName', 'status'],
    maxLength: { audience: 300, message: 4000, channel: 300, ownerName: 300 },
    stored: ['audience', 'message', 'channel', 'ownerName'],
    wrong: { audience: ['', ' '], message: [''], channel: [' '], planned: ['1 maart', '2027-02-29'], status: ['verstuurd', 'DONE'] },
  },
  {
    route: 'PUT /api/programmes/:id/communication/:itemId',
    path: () => `${programme()}/communication/${fixture.communication}`,
    valid: COMMUNICATION,
    required: ['audience', 'channel', 'status'],
    maxLength: { message: 4000 },
    stored: ['message'],
    wrong: { status: ['open'] },
  },
  { route: 'DELETE /api/programmes/:id/communication/:itemId', path: () => `${programme()}/communication/${fixture.communication}`, noBody: true },
  {
    route: 'POST /api/programmes/:id/checkins',
    path: () => `${programme()}/checkins`,
    valid: CHECKIN,
    required: ['date', 'attendees', 'minutes', 'decisions'],
    maxLength: { minutes: 50_000 },
    stored: ['minutes'],
    wrong: {
      date: ['1 maart', '2027-02-29'],
      attendees: [[''], Array.from({ length: 31 }, (_, i) => `P${i}`)],
      decisions: [
        [{ id: 'd 1', text: 'x', open: true, due: null }],
        [{ id: 'd1', text: '', open: true, due: null }],
        [{ id: 'd1', text: 'x', open: 'ja', due: null }],
        [
          { id: 'd1', text: 'x', open: true, due: null },
          { id: 'd1', text: 'y', open: true, due: null },
        ],
      ],
    },
  },
  {
    route: 'PUT /api/programmes/:id/checkins/:checkinId',
    path: () => `${programme()}/checkins/${fixture.checkin}`,
    valid: CHECKIN,
    required: ['date', 'decisions'],
    stored: ['minutes'],
    wrong: { date: ['2027-13-01'] },
  },
  { route: 'DELETE /api/programmes/:id/checkins/:checkinId', path: () => `${programme()}/checkins/${fixture.checkin}`, noBody: true },
  {
    route: 'POST /api/programmes/:id/kpis',
    path: () => `${programme()}/kpis`,
    valid: KPI,
    required: ['name', 'unit', 'indicator', 'factor', 'candidateId', 'direction', 'baseline', 'baselineDate', 'target', 'targetDate', 'notes'],
    maxLength: { name: 300, unit: 300, notes: 4000 },
    stored: ['name', 'unit', 'notes'],
    wrong: {
      name: ['', '  '],
      unit: [''],
      indicator: ['koffieverbruik'],
      factor: ['Motivatie', 'C-psy'],
      candidateId: ['meldknop'],
      direction: ['omhoog'],
      baseline: ['20'],
      baselineDate: ['1-1-2027', '2027-02-30'],
      target: [10, 20],
      targetDate: ['2026-12-31'],
    },
  },
  {
    route: 'PUT /api/programmes/:id/kpis/:kpiId',
    path: () => `${programme()}/kpis/${measured.kpi}`,
    valid: KPI,
    required: ['name', 'indicator', 'factor', 'direction'],
    maxLength: { name: 300, targetChangeReason: 2000 },
    stored: ['name'],
    wrong: { direction: ['sideways'], target: [0], measures: ['behaviour'] },
  },
  { route: 'DELETE /api/programmes/:id/kpis/:kpiId', path: () => `${programme()}/kpis/${measured.kpi}`, noBody: true },
  {
    route: 'PUT /api/programmes/:id/role-tables/:step',
    path: () => `${programme()}/role-tables/4`,
    valid: { responsible: [{ role: 'projectLead' }], accountable: [{ role: 'board' }], consulted: [{ text: 'Adviesbureau Veilig' }], informed: [] },
    required: ['responsible', 'accountable', 'consulted', 'informed'],
    wrong: {
      responsible: [[], [{ role: 'directeur' }], [{ text: '' }], [{ text: 'x'.repeat(301) }], [{ text: 'voor\u0000na' }], [{ role: 'board', text: 'ook' }]],
      accountable: [[], [{ role: 'board' }, { role: 'dpo' }]],
      consulted: [
        [{ role: 'dpo' }, { role: 'dpo' }],
        [{ text: 'Adviseur' }, { text: 'adviseur' }],
        Array.from({ length: 13 }, (_, i) => ({ text: `Rol ${i}` })),
      ],
    },
  },
  { route: 'DELETE /api/programmes/:id/role-tables/:step', path: () => `${programme()}/role-tables/4`, noBody: true },
  {
    route: 'PUT /api/programmes/:id/measurement-plan',
    path: () => `${programme()}/measurement-plan`,
    valid: MEASUREMENT_PLAN,
    required: ['method', 'design', 'population', 'baselinePlannedOn', 'deviations', 'decision'],
    maxLength: { population: 300, methodDetail: 4000 },
    stored: ['methodDetail', 'population'],
    wrong: { method: ['gevoel'], followUpPlannedOn: ['2027-01-01', '2027-01-10'], outcomeKpiId: ['geen-uuid'], decision: ['misschien'] },
  },
  {
    route: 'POST /api/programmes/:id/kpis/:kpiId/measurements',
    path: () => `${programme()}/kpis/${measured.kpi}/measurements`,
    valid: MEASUREMENT,
    required: ['date', 'value', 'note'],
    maxLength: { note: 300 },
    stored: ['note'],
    wrong: { date: ['1 maart', '2027-02-30', ''], value: [null] },
  },
  {
    route: 'DELETE /api/programmes/:id/kpis/:kpiId/measurements/:measurementId',
    path: () => `${programme()}/kpis/${measured.kpi}/measurements/${measured.measurement}`,
    noBody: true,
  },
  { route: 'POST /api/programmes/:id/surveys/:surveyId/follow-up', path: () => `${programme()}/surveys/${fixture.draftSurvey}/follow-up`, noBody: true },
  {
    route: 'POST /api/public/surveys/:slug/responses',
    path: () => `/api/public/surveys/${fixture.openSlug}/responses`,
    valid: { answers: { i1: 3 } },
    required: ['answers'],
    // 0 is "weet ik niet", an answer; below it nothing is.
    wrong: {
      answers: [{}, { i1: -1 }, { i1: 6 }, { i1: 2.5 }, { i1: '3' }, { i1: null }, { i1: 3, i2: 3 }],
      token: [''],
      groups: [{ department: 'z' }, { beroep: 'arts' }],
    },
  },
  {
    route: 'POST /api/knowledge',
    path: () => '/api/knowledge',
    valid: CHECK,
    required: ['title', 'programmeId', 'definition'],
    maxLength: { title: 300 },
    stored: ['title'],
    wrong: {
      title: ['', '   '],
      programmeId: ['traject-1'],
      definition: [
        {},
        { ...CHECK.definition, scenarios: [] },
        { ...CHECK.definition, scenarios: ['toverstaf'] },
        { ...CHECK.definition, scenarios: ['breach-wrong-gp', 'breach-wrong-gp'] },
        { ...CHECK.definition, departments: [{ id: 'a', name: 'Afdeling A' }] },
        {
          ...CHECK.definition,
          departments: [
            { id: 'a', name: '' },
            { id: 'b', name: 'B' },
          ],
        },
      ],
    },
  },
  {
    route: 'PUT /api/knowledge/:id',
    path: () => `/api/knowledge/${checks.draft}`,
    valid: CHECK,
    required: ['title', 'programmeId', 'definition'],
    maxLength: { title: 300 },
    stored: ['title'],
    wrong: { definition: [{ ...CHECK.definition, scenarios: ['breach-wrong-gp', 'onbekend'] }] },
  },
  { route: 'DELETE /api/knowledge/:id', path: () => `/api/knowledge/${checks.draft}`, noBody: true },
  { route: 'POST /api/knowledge/:id/open', path: () => `/api/knowledge/${checks.draft}/open`, noBody: true },
  { route: 'POST /api/knowledge/:id/close', path: () => `/api/knowledge/${checks.open}/close`, noBody: true },
  {
    route: 'POST /api/public/knowledge/:slug/responses',
    path: () => `/api/public/knowledge/${checks.openSlug}/responses`,
    valid: { answers: CHECK_ANSWERS },
    required: ['answers'],
    wrong: {
      answers: [
        {},
        { ...CHECK_ANSWERS, 'breach-wrong-gp': 2 },
        { ...CHECK_ANSWERS, 'breach-wrong-gp': -1 },
        { ...CHECK_ANSWERS, 'breach-wrong-gp': 0.5 },
        { ...CHECK_ANSWERS, 'breach-wrong-gp': '1' },
        { ...CHECK_ANSWERS, extra: 0 },
      ],
      department: ['z', ''],
    },
  },
  {
    route: 'POST /api/public/breach-report/:slug',
    path: () => `/api/public/breach-report/${fixture.breachSlug}`,
    valid: BREACH_REPORT,
    required: ['isBreach', 'whatHappened', 'incidentKind', 'noticedAt', 'dataKinds', 'peopleBand', 'ongoing'],
    maxLength: { whatHappened: 2000, actionsTaken: 2000, department: 120 },
    stored: ['whatHappened', 'actionsTaken', 'department'],
    wrong: {
      isBreach: ['misschien', 'YES'],
      whatHappened: ['', '   '],
      incidentKind: ['ransomware'],
      happenedAt: ['gisteren', '2026-03-28T11:00:00+01:00'],
      noticedAt: ['28-03-2026', '2026-03-28T10:00', ''],
      dataKinds: [[], ['dna'], ['health', 'health']],
      peopleBand: ['veel'],
      ongoing: ['misschien'],
      contact: [{ email: 'geen-adres' }, { phone: 'bel me maar' }, { name: 'Sanne', fax: '010-1234567' }, { name: 'x'.repeat(121) }],
    },
  },
  {
    route: 'PUT /api/breaches/:id/register',
    path: () => `/api/breaches/${registered.breach}/register`,
    client: () => A.as.privacy,
    valid: BREACH_FACTS,
    maxLength: { summary: 4000, cause: 4000, otherOrganisations: 300 },
    stored: ['summary', 'cause', 'otherOrganisations'],
    wrong: {
      classification: [['geheim'], ['integrity', 'integrity']],
      incidentKind: ['ransomware'],
      dataCategories: [['dna']],
      specialCategories: [['bsn']],
      subjectGroups: [['kinderen']],
      people: [{ min: 30, max: 10 }, { min: -1, max: null }, { min: 1.5, max: null }, { min: 1 }],
      startedAt: ['gisteren'],
      endedAt: ['2026-03-01T00:00:00+01:00'],
      protection: ['wachtwoord'],
      enisa: [
        { dpc: 5, easeOfIdentification: null },
        { dpc: null, easeOfIdentification: 'total' },
      ],
      ongoing: ['misschien'],
      startedAtExact: [null, 'ja'],
      subjectsInformPlannedFor: ['morgen'],
      notifier: [
        { name: 'C. Bakker', function: '', phone: 'bel me maar', email: '' },
        { email: 'geen-adres' },
        { name: 'x'.repeat(301) },
        { fax: '010-1234567' },
      ],
      careIncident: ['ja'],
      patientToldOfIncidentAt: ['2026-03-28T10:00'],
      vimReportedAt: ['gisteren'],
      significantIncident: [1],
      csirtWarnedAt: ['28-03-2026'],
    },
  },
  {
    route: 'PUT /api/breaches/:id/aware-at',
    path: () => `/api/breaches/${registered.breach}/aware-at`,
    client: () => A.as.privacy,
    valid: { awareAt: '2026-01-05T09:00:00+01:00', reason: 'De teamleider wist het eerder.' },
    required: ['awareAt'],
    maxLength: { reason: 4000 },
    stored: ['reason'],
    wrong: { awareAt: ['gisteren', '2026-01-05T09:00', ''] },
  },
  {
    route: 'POST /api/breaches/:id/decisions',
    path: () => `/api/breaches/${registered.breach}/decisions`,
    client: () => A.as.privacy,
    valid: { notifyAp: true, informSubjects: false, reasoning: 'Gezondheidsgegevens bij een derde.', fgAdvice: FG_ADVICE },
    required: ['notifyAp', 'informSubjects', 'reasoning'],
    maxLength: { reasoning: 4000 },
    stored: ['reasoning'],
    wrong: {
      notifyAp: [null, 'true'],
      reasoning: ['', ' '],
      fgAdvice: [
        { ...FG_ADVICE, at: '2999-01-01T00:00:00Z' },
        { ...FG_ADVICE, at: '2026-03-28T11:00' },
        { ...FG_ADVICE, advice: ' ' },
        { ...FG_ADVICE, by: '' },
        { ...FG_ADVICE, informSubjects: 'ja' },
        { ...FG_ADVICE, advice: 'x'.repeat(4001) },
        { ...FG_ADVICE, by: 'voor\u0000na' },
        { ...FG_ADVICE, decidedBy: 'FG' },
      ],
    },
  },
  {
    route: 'POST /api/breaches/:id/status',
    path: () => `/api/breaches/${registered.breach}/status`,
    client: () => A.as.privacy,
    valid: { status: 'triage' },
    required: ['status'],
    wrong: {
      status: ['open', 'gemeld'],
      apNotifiedAt: ['gisteren'],
      subjectsInformedAt: ['28-03-2026'],
      lateReason: ['', 'x'.repeat(4001), 'voor\u0000na'],
      apReference: ['', '-M1', 'M1;2', 'x'.repeat(101)],
      apReceivedAt: ['2026-03-30T10:00'],
    },
  },
  {
    route: 'PUT /api/breaches/:id/ap-reference',
    path: () => `/api/breaches/${registered.breach}/ap-reference`,
    client: () => A.as.privacy,
    valid: { apReference: 'M-2026-12345', apReceivedAt: '2026-03-30T10:00:00+02:00' },
    required: ['apReference'],
    maxLength: { apReference: 100 },
    stored: ['apReference'],
    wrong: { apReference: ['', '   ', '-M1', 'M1; drop table'], apReceivedAt: ['gisteren', '2026-03-30T10:00', ''] },
  },
  {
    route: 'POST /api/breaches/:id/ap-follow-ups',
    path: () => `/api/breaches/${registered.breach}/ap-follow-ups`,
    client: () => A.as.privacy,
    valid: {
      kind: 'supplement',
      sentAt: '2026-03-31T10:00:00+02:00',
      apReceivedAt: '2026-03-31T10:05:00+02:00',
      note: 'Aantal betrokkenen bijgesteld naar 31.',
    },
    required: ['kind', 'sentAt', 'note'],
    maxLength: { note: 4000 },
    stored: ['note'],
    wrong: { kind: ['correctie', 'phased'], sentAt: ['gisteren', '2026-03-31T10:00'], apReceivedAt: ['31-03-2026'], note: ['', '  '] },
  },
  {
    route: 'POST /api/cohorts',
    path: () => '/api/cohorts',
    client: () => A.as.trainer,
    valid: { name: 'Masterclass voorjaar', capacity: 12, retentionDays: 180 },
    required: ['name'],
    maxLength: { name: 300 },
    stored: ['name'],
    wrong: { name: ['', '  '], capacity: [1, 61, 2.5], retentionDays: [-1, 731, 0.5] },
    forbidden: ['code', 'closedAt'],
  },
  {
    route: 'POST /api/cohorts/join',
    path: () => '/api/cohorts/join',
    valid: { code: 'ABCD-EFGH', programmeId: UNKNOWN_ID, participantIds: someIds(2) },
    required: ['code', 'programmeId', 'participantIds'],
    maxLength: { code: 40 },
    // One participant or a duo.
    wrong: { code: ['', '   ', 'voor\u0000na'], programmeId: ['traject-1'], participantIds: [[], someIds(3), [UNKNOWN_ID, UNKNOWN_ID], ['iemand']] },
  },
  { route: 'POST /api/cohorts/:id/close', path: () => `${cohort()}/close`, client: trainer, noBody: true },
  {
    route: 'POST /api/cohorts/:id/sessions',
    path: () => `${cohort()}/sessions`,
    client: trainer,
    valid: SESSION,
    required: ['title', 'startsAt', 'minutes', 'steps'],
    maxLength: { title: 300, place: 300 },
    stored: ['title', 'place'],
    // Only https links people can open safely: never javascript:, data: or plain http.
    wrong: {
      title: ['', '  '],
      startsAt: ['volgende week', '2027-03-01T09:00', '2027-02-30T09:00:00Z'],
      minutes: [14, 481, 90.5],
      videoLink: ['javascript:alert(1)', 'http://meet.example.org/masterclass', 'data:text/html,hallo', `https://meet.example.org/${'x'.repeat(500)}`],
      steps: [[], [7], [0], [1, 1], [2.5], [1, 2, 3, 4, 5, 6, 6]],
    },
  },
  {
    route: 'PUT /api/cohorts/:id/sessions/:sessionId',
    path: () => `${cohort()}/sessions/${masterclass.session}`,
    client: trainer,
    valid: SESSION,
    required: ['title', 'startsAt', 'steps'],
    maxLength: { title: 300 },
    stored: ['title'],
    wrong: { videoLink: ['javascript:alert(1)'], steps: [[7], [1, 1]] },
  },
  { route: 'DELETE /api/cohorts/:id/sessions/:sessionId', path: () => `${cohort()}/sessions/${masterclass.session}`, client: trainer, noBody: true },
  {
    route: 'POST /api/cohorts/:id/sessions/:sessionId/assignments',
    path: () => `${cohort()}/sessions/${masterclass.session}/assignments`,
    client: trainer,
    valid: ASSIGNMENT,
    required: ['title', 'instructions', 'dueDate'],
    maxLength: { title: 300, instructions: 4000 },
    stored: ['title', 'instructions'],
    wrong: { title: ['', ' '], relatesTo: ['7.1', 'verslag', 'PLAN'], dueDate: ['1 maart', '2027-02-29'] },
    forbidden: ['sessionId'],
  },
  {
    route: 'PUT /api/cohorts/:id/assignments/:assignmentId',
    path: () => `${cohort()}/assignments/${masterclass.assignment}`,
    client: trainer,
    valid: ASSIGNMENT,
    required: ['title', 'dueDate'],
    maxLength: { instructions: 4000 },
    stored: ['instructions'],
    wrong: { relatesTo: ['1.9'] },
  },
  {
    route: 'DELETE /api/cohorts/:id/assignments/:assignmentId',
    path: () => `${cohort()}/assignments/${masterclass.assignment}`,
    client: trainer,
    noBody: true,
  },
  {
    route: 'PUT /api/cohorts/:id/sharing',
    path: () => `${cohort()}/sharing`,
    valid: COHORT_SHARES,
    required: ['trainers', 'cohort'],
    // Worksheets that name staff (1.2, 1.3) are never shared.
    wrong: {
      trainers: [
        { scopes: ['progress'], worksheets: ['1.2'] },
        { scopes: ['alles'], worksheets: [] },
        { scopes: ['progress', 'progress'], worksheets: [] },
        { scopes: ['progress'] },
        { scopes: [], worksheets: [], staff: true },
      ],
      cohort: [
        { scopes: [], worksheets: ['1.3'] },
        { scopes: [], worksheets: ['2.3', '2.3'] },
        { scopes: [], worksheets: ['7.1'] },
      ],
    },
  },
  {
    route: 'PUT /api/cohorts/:id/participants',
    path: () => `${cohort()}/participants`,
    valid: { participantIds: [UNKNOWN_ID] },
    required: ['participantIds'],
    wrong: { participantIds: [[], [UNKNOWN_ID, UNKNOWN_ID], [UNKNOWN_ID, OTHER_ORGANISATION_ID, '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'], ['geen-id']] },
    forbidden: ['programmeId'],
  },
  { route: 'POST /api/cohorts/:id/leave', path: () => `${cohort()}/leave`, noBody: true },
  {
    route: 'POST /api/cohorts/:id/participations/:participationId/comments/:item',
    path: () => `${cohort()}/participations/${masterclass.participation}/comments/2.3`,
    client: trainer,
    valid: { body: 'Mooi scherp doelgedrag; wie is de doelgroep precies?', parentId: null },
    required: ['body'],
    maxLength: { body: 4000 },
    stored: ['body'],
    wrong: { body: ['', '   '], parentId: ['reactie-1'] },
    forbidden: ['authorName', 'authorOrganisation'],
  },
  {
    route: 'PUT /api/cohorts/:id/assignments/:assignmentId/subgroups',
    path: () => `${cohort()}/assignments/${masterclass.assignment}/subgroups`,
    client: trainer,
    valid: { subgroups: [{ name: 'Groep 1', participationIds: someIds(2) }] },
    required: ['subgroups'],
    // A participation is in one subgroup only.
    wrong: {
      subgroups: [
        [],
        Array.from({ length: 21 }, (_, i) => ({ name: `Groep ${i}`, participationIds: [someIds(21)[i]] })),
        [{ name: '', participationIds: [UNKNOWN_ID] }],
        [{ name: 'x'.repeat(301), participationIds: [UNKNOWN_ID] }],
        [{ name: 'Groep 1', participationIds: [] }],
        [{ name: 'Groep 1', participationIds: someIds(9) }],
        [{ name: 'Groep 1', participationIds: ['deelname-1'] }],
        [{ name: 'Groep 1' }],
        [{ name: 'Groep 1', participationIds: [UNKNOWN_ID], trainer: 'Anna' }],
        [
          { name: 'Groep 1', participationIds: [UNKNOWN_ID] },
          { name: 'Groep 2', participationIds: [UNKNOWN_ID] },
        ],
      ],
    },
  },
  {
    route: 'PUT /api/cohorts/:id/assignments/:assignmentId/submission',
    path: () => `${cohort()}/assignments/${masterclass.assignment}/submission`,
    client: duo,
    valid: { text: 'Ons doelgedrag: verpleegkundigen vergrendelen hun scherm bij het weglopen.', worksheet: null },
    required: ['text'],
    maxLength: { text: 8000 },
    stored: ['text'],
    // Without a worksheet, a submission needs text.
    wrong: { text: ['', '   '], worksheet: ['7.1', 'plan', ''] },
    forbidden: ['worksheetVersion', 'participationId'],
  },
  {
    route: 'POST /api/cohorts/:id/exchange',
    path: () => `${cohort()}/exchange`,
    client: duo,
    valid: EXCHANGE,
    required: ['title', 'setting', 'targetBehaviour', 'behaviour', 'barrier', 'whatWeDid', 'functions', 'effort'],
    maxLength: { title: 300, behaviour: 300, whatWeDid: 4000 },
    stored: ['title', 'behaviour', 'whatWeDid'],
    wrong: {
      title: ['', '  '],
      setting: ['ziekenhuis', 'VVT'],
      targetBehaviour: ['koffie-drinken'],
      behaviour: [' '],
      barrier: ['X', 'C-soc'],
      whatWeDid: [''],
      functions: [[], ['lecturing'], ['education', 'education']],
      effort: ['huge'],
      // NaN and Infinity are no JSON; a figure beyond a billion stands for them.
      effect: [
        { ...EFFECT, before: 1e10 },
        { ...EFFECT, after: -1e10 },
        { ...EFFECT, before: '40' },
        { ...EFFECT, measure: '' },
        { ...EFFECT, unit: 'x'.repeat(21) },
        { measure: 'Iets', before: 1 },
        { ...EFFECT, source: 'eigen meting' },
      ],
    },
    forbidden: ['publishedBy', 'participationId'],
  },
  { route: 'DELETE /api/cohorts/:id/exchange/:itemId', path: () => `${cohort()}/exchange/${masterclass.item}`, client: duo, noBody: true },
  { route: 'POST /api/cohorts/:id/exchange/:itemId/copy', path: () => `${cohort()}/exchange/${masterclass.item}/copy`, client: duo, noBody: true },
  {
    route: 'POST /api/cohorts/:id/subgroups/:subgroupId/roleplay',
    path: () => `${cohort()}/subgroups/${masterclass.subgroup}/roleplay`,
    client: duo,
    valid: ROUND,
    // Three different people, or the round number whose rotation picks them.
    required: ['interviewerId', 'colleagueId', 'observerId'],
    wrong: { interviewerId: ['iemand'], colleagueId: [ROUND.interviewerId], observerId: [ROUND.colleagueId], round: [-1, 1000, 1.5] },
  },
  {
    route: 'PUT /api/cohorts/:id/roleplay/:roundId/scores',
    path: () => `${cohort()}/roleplay/${NO_ROUND}/scores`,
    client: duo,
    valid: OBSERVER_SCORES,
    required: ['scores', 'factorsCovered'],
    maxLength: { notes: 2000 },
    stored: ['notes'],
    // Each criterion scored 0, 1 or 2.
    wrong: {
      scores: [
        { ...OBSERVER_SCORES.scores, neutral: { score: 3 } },
        { ...OBSERVER_SCORES.scores, neutral: { score: -1 } },
        { ...OBSERVER_SCORES.scores, neutral: { score: '2' } },
        { ...OBSERVER_SCORES.scores, neutral: { score: 2, note: 'x'.repeat(601) } },
        { ...OBSERVER_SCORES.scores, neutral: { score: 2, note: 'voor\u0000na' } },
        { ...OBSERVER_SCORES.scores, neutral: undefined },
        { ...OBSERVER_SCORES.scores, charm: { score: 2 } },
      ],
      factorsCovered: [['X-yz'], ['C-psy', 'C-psy'], 'C-psy'],
    },
  },
  {
    route: 'PUT /api/cohorts/:id/roleplay/:roundId/share',
    path: () => `${cohort()}/roleplay/${NO_ROUND}/share`,
    client: duo,
    valid: { sharedWithTrainers: true },
    required: ['sharedWithTrainers'],
    wrong: { sharedWithTrainers: [null, 'true', 1] },
  },
  {
    route: 'PUT /api/cohorts/:id/retention',
    path: () => `${cohort()}/retention`,
    client: trainer,
    valid: { retentionDays: 90 },
    required: ['retentionDays'],
    wrong: { retentionDays: [-1, 731, 2.5, null] },
  },
];

/** A value of another type than the valid one. */
const mistyped = (value: unknown): unknown =>
  typeof value === 'string' ? 12345 : typeof value === 'number' ? 'twaalf' : Array.isArray(value) ? 'admin' : typeof value === 'boolean' ? 'ja' : 42;

const without = (body: Body, field: string) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== field));
const validation = { status: 400, error: 'validation' as const };

function badBodies(r: BodyRoute): BadRequest[] {
  const [method] = r.route.split(' ') as [string];
  const req = (name: string, body: unknown, expect: Omit<BadRequest, 'name' | 'method' | 'path' | 'body'>, headers?: Record<string, string>) => ({
    name,
    method,
    path: r.path,
    body,
    headers,
    client: r.client,
    ...expect,
  });
  const valid = r.valid ?? {};
  if (r.refusedBeforeBody) {
    return [
      req('a valid body', valid, r.refusedBeforeBody),
      req('malformed JSON', '{"title": "half', r.refusedBeforeBody),
      req(`a body over the ${r.bodyLimitKib ?? 256} KiB limit`, { ...valid, opvulling: 'x'.repeat(((r.bodyLimitKib ?? 256) + 44) * KIB) }, r.refusedBeforeBody),
    ];
  }
  const cases: BadRequest[] = [
    req('malformed JSON', '{"title": "half', { status: 400, error: 'malformedJson' }),
    req('an empty body declared as JSON', '', { status: 400, error: 'malformedJson' }),
    req('a list instead of an object', [valid], { ...validation, field: 'body' }),
    req('a number instead of an object', 42, { ...validation, field: 'body' }),
    req('a string instead of an object', '"tekst"', { ...validation, field: 'body' }),
    req('an unknown field', { ...valid, onbekend: 'waarde' }, { ...validation, field: 'onbekend' }),
    req('an organisationId of its own choosing', { ...valid, organisationId: OTHER_ORGANISATION_ID }, { ...validation, field: 'organisationId' }),
    req(
      `a body over the ${r.bodyLimitKib ?? 256} KiB limit`,
      { ...valid, opvulling: 'x'.repeat(((r.bodyLimitKib ?? 256) + 44) * KIB) },
      { status: 413, error: 'payloadTooLarge' },
    ),
    req('JSON sent as text/plain', JSON.stringify(valid), { status: 415, error: 'unsupportedMediaType' }, { 'content-type': 'text/plain' }),
    req('a form post', 'title=Formulier', { status: 415, error: 'unsupportedMediaType' }, { 'content-type': 'application/x-www-form-urlencoded' }),
    req(
      'a multipart form',
      '--grens\r\n\r\nx\r\n--grens--',
      { status: 415, error: 'unsupportedMediaType' },
      { 'content-type': 'multipart/form-data; boundary=grens' },
    ),
  ];
  // No body reads as null to Fastify, so for routes without input null is the same as nothing.
  if (!r.noBody) cases.push(req('null instead of an object', 'null', { ...validation, field: 'body' }));
  for (const field of r.forbidden ?? []) cases.push(req(`a field it may not set: ${field}`, { ...valid, [field]: 'x' }, { ...validation, field }));
  for (const [field, value] of Object.entries(valid)) {
    cases.push(req(`${field} of the wrong type`, { ...valid, [field]: mistyped(value) }, { ...validation, field }));
    cases.push(req(`${field} as an object`, { ...valid, [field]: { nested: true } }, { ...validation, field }));
  }
  for (const field of r.required ?? []) cases.push(req(`${field} missing`, without(valid, field), { ...validation, field }));
  if (r.required?.length) cases.push(req('an empty object', {}, { ...validation, field: r.required[0] }));
  for (const [field, max] of Object.entries(r.maxLength ?? {})) {
    cases.push(req(`${field} one character too long`, { ...valid, [field]: 'x'.repeat(max + 1) }, { ...validation, field }));
  }
  for (const field of r.stored ?? []) {
    cases.push(req(`${field} with a NUL character`, { ...valid, [field]: 'voor\u0000na' }, { ...validation, field }));
    // Half a surrogate pair: valid JSON ("\ud800"), no character, and not encodable for the database.
    cases.push(req(`${field} with a lone surrogate`, { ...valid, [field]: 'voor\ud800na' }, { ...validation, field }));
  }
  for (const [field, values] of Object.entries(r.wrong ?? {})) {
    for (const value of values) {
      const shown = JSON.stringify(value)!;
      cases.push(req(`${field} = ${shown.length > 40 ? `${shown.slice(0, 37)}...` : shown}`, { ...valid, [field]: value }, { ...validation, field }));
    }
  }
  return cases;
}

const BAD_IDS: [string, string][] = [
  ['not a uuid', 'niet-een-id'],
  ['a number', '12345'],
  ['a uuid with a stray letter', '7d1f3c52-9a4e-4b8e-8f0e-2c6d5a4b3e2g'],
  ['SQL', encodeURIComponent("' or '1'='1")],
];
const BAD_KEYS: [string, string][] = [
  ['a step that does not exist', '7.1'],
  ['a sub-step that does not exist', '1.9'],
  ['a word', 'stap-een'],
  ['a key with a space', '1.1%20'],
];

/** Bad values in the path, for every route with parameters (state-changing ones with a valid body). */
function badParams(): BadRequest[] {
  const cases: BadRequest[] = [];
  const bodyOf = (route: string) => ROUTES.find((r) => r.route === route)?.valid;
  const clientOf = (route: string) => ROUTES.find((r) => r.route === route)?.client;
  /** `as`: who reads, for a GET the admin may not (a row's `client` sends the others). */
  const add = (route: string, make: (value: string) => string, param: string, values: [string, string][], notFound: string | null, as?: () => Client) => {
    const [method] = route.split(' ') as [string];
    const body = method === 'GET' ? undefined : bodyOf(route);
    const client = clientOf(route) ?? as;
    for (const [what, value] of values) {
      cases.push({ name: `${route}: ${param} is ${what}`, method, path: () => make(value), body, client, ...validation, field: param });
    }
    cases.push({ name: `${route}: ${param} is over-long`, method, path: () => make('a'.repeat(120)), body, client, status: 414, error: 'validation' });
    cases.push({ name: `${route}: ${param} is badly percent-encoded`, method, path: () => make('%E0%A4%A'), body, client, ...validation });
    if (notFound) cases.push({ name: `${route}: ${param} is ${notFound}`, method, path: () => make(UNKNOWN_ID), body, client, status: 404, error: 'notFound' });
  };
  const users = (suffix: string) => (id: string) => `/api/users/${id}${suffix}`;
  add('PATCH /api/users/:id', users(''), 'id', BAD_IDS, 'nobody we know');
  add('POST /api/users/:id/deactivate', users('/deactivate'), 'id', BAD_IDS, 'nobody we know');
  add('POST /api/users/:id/reactivate', users('/reactivate'), 'id', BAD_IDS, 'nobody we know');
  add('POST /api/users/:id/invitation', users('/invitation'), 'id', BAD_IDS, 'nobody we know');
  add('DELETE /api/users/:id/totp', users('/totp'), 'id', BAD_IDS, 'nobody we know');
  add(
    'GET /api/auth/sso/:organisation/start',
    (name) => `/api/auth/sso/${name}/start`,
    'organisation',
    [
      ['a space', 'zorg%20groep'],
      ['an underscore', 'zorg_groep'],
      ['SQL', encodeURIComponent("' or '1'='1")],
    ],
    null,
  );
  const programmes = (suffix: string) => (id: string) => `/api/programmes/${id}${suffix}`;
  add('GET /api/programmes/:id', programmes(''), 'id', BAD_IDS, 'no programme');
  add('PATCH /api/programmes/:id', programmes(''), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/members', programmes('/members'), 'id', BAD_IDS, 'no programme');
  add('DELETE /api/programmes/:id/members/:userId', programmes(`/members/${UNKNOWN_ID}`), 'id', BAD_IDS, 'no programme');
  add('DELETE /api/programmes/:id/members/:userId', (id) => `${programme()}/members/${id}`, 'userId', BAD_IDS, 'nobody on the team');
  const BAD_STEPS: [string, string][] = [
    ['a step that does not exist', '7'],
    ['step zero', '0'],
    ['a sub-step', '4.1'],
    ['a word', 'vier'],
  ];
  for (const method of ['GET', 'PUT', 'DELETE'] as const) {
    const route = method === 'GET' ? 'GET /api/programmes/:id/role-tables' : `${method} /api/programmes/:id/role-tables/:step`;
    add(route, (id) => `/api/programmes/${id}/role-tables${method === 'GET' ? '' : '/4'}`, 'id', BAD_IDS, 'no programme');
    if (method !== 'GET') add(route, (step) => `${programme()}/role-tables/${step}`, 'step', BAD_STEPS, null);
  }
  add('GET /api/programmes/:id/planning.ics', programmes('/planning.ics'), 'id', BAD_IDS, 'no programme');
  for (const suffix of ['', '/status', '/worksheet', '/versions']) {
    const route = `${suffix === '' || suffix === '/versions' ? 'GET' : 'PUT'} /api/programmes/:id/substeps/:key${suffix}`;
    add(route, (id) => `/api/programmes/${id}/substeps/2.3${suffix}`, 'id', BAD_IDS, 'no programme');
    add(route, (key) => `${programme()}/substeps/${key}${suffix}`, 'key', BAD_KEYS, null);
  }
  const surveys = (suffix: string) => (id: string) => `/api/programmes/${id}/surveys${suffix}`;
  const survey = (suffix: string) => (id: string) => `${programme()}/surveys/${id}${suffix}`;
  add('GET /api/programmes/:id/surveys', surveys(''), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/surveys', surveys(''), 'id', BAD_IDS, 'no programme');
  for (const [method, suffix] of [
    ['GET', ''],
    ['PUT', ''],
    ['DELETE', ''],
    ['POST', '/open'],
    ['POST', '/close'],
    ['GET', '/results'],
    ['GET', '/results.csv'],
    ['POST', '/invitations'],
    ['GET', '/qr.png'],
  ] as const) {
    const route = `${method} /api/programmes/:id/surveys/:surveyId${suffix === '/qr.png' ? '/qr.:format' : suffix}`;
    add(route, (id) => `/api/programmes/${id}/surveys/${fixture.draftSurvey}${suffix}`, 'id', BAD_IDS, 'no programme');
    add(route, survey(suffix), 'surveyId', BAD_IDS, 'no survey');
  }
  add(
    'GET /api/programmes/:id/surveys/:surveyId/qr.:format',
    (format) => `${programme()}/surveys/${fixture.openSurvey}/qr.${format}`,
    'format',
    [
      ['a picture format we do not make', 'gif'],
      ['SQL', encodeURIComponent("' or '1'='1")],
    ],
    null,
  );
  add('GET /api/programmes/:id/interview-guide.:format', (id) => `/api/programmes/${id}/interview-guide.pdf`, 'id', BAD_IDS, 'no programme');
  add(
    'GET /api/programmes/:id/interview-guide.:format',
    (format) => `${programme()}/interview-guide.${format}`,
    'format',
    [
      ['a format we do not make', 'odt'],
      ['SQL', encodeURIComponent("' or '1'='1")],
    ],
    null,
  );
  for (const kind of ['plan', 'report']) {
    const route = `GET /api/programmes/:id/documents/${kind}.:format`;
    add(route, (id) => `/api/programmes/${id}/documents/${kind}.pdf`, 'id', BAD_IDS, 'no programme');
    add(
      route,
      (format) => `${programme()}/documents/${kind}.${format}`,
      'format',
      [
        ['a format we do not make', 'odt'],
        ['SQL', encodeURIComponent("' or '1'='1")],
      ],
      null,
    );
  }
  add('GET /api/programmes/:id/diagnosis/suggestions', programmes('/diagnosis/suggestions'), 'id', BAD_IDS, 'no programme');
  add('GET /api/programmes/:id/interventions/functions', programmes('/interventions/functions'), 'id', BAD_IDS, 'no programme');
  add('PUT /api/interventions/library/:id', (id) => `/api/interventions/library/${id}`, 'id', BAD_IDS, 'no intervention of ours');
  add('DELETE /api/interventions/library/:id', (id) => `/api/interventions/library/${id}`, 'id', BAD_IDS, 'no intervention of ours');
  add('GET /api/programmes/:id/interventions', programmes('/interventions'), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/interventions', programmes('/interventions'), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/interventions/from-library', programmes('/interventions/from-library'), 'id', BAD_IDS, 'no programme');
  for (const [method, suffix] of [
    ['PUT', ''],
    ['DELETE', ''],
    ['PUT', '/vote'],
    ['PUT', '/shortlist'],
    ['PUT', '/rating'],
    ['PUT', '/decision'],
    ['PUT', '/plan'],
  ] as const) {
    const route = `${method} /api/programmes/:id/interventions/:candidateId${suffix}`;
    add(route, (id) => `/api/programmes/${id}/interventions/${fixture.idea}${suffix}`, 'id', BAD_IDS, 'no programme');
    add(route, (id) => `${programme()}/interventions/${id}${suffix}`, 'candidateId', BAD_IDS, 'no candidate');
  }
  add('GET /api/programmes/:id/actions', programmes('/actions'), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/actions', programmes('/actions'), 'id', BAD_IDS, 'no programme');
  for (const method of ['PUT', 'DELETE'] as const) {
    const route = `${method} /api/programmes/:id/actions/:actionId`;
    add(route, (id) => `/api/programmes/${id}/actions/${fixture.action}`, 'id', BAD_IDS, 'no programme');
    add(route, (id) => `${programme()}/actions/${id}`, 'actionId', BAD_IDS, 'no action');
  }
  add('GET /api/programmes/:id/anchoring', programmes('/anchoring'), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/anchoring', programmes('/anchoring'), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/anchoring/standard', programmes('/anchoring/standard'), 'id', BAD_IDS, 'no programme');
  for (const method of ['PUT', 'DELETE'] as const) {
    const route = `${method} /api/programmes/:id/anchoring/:itemId`;
    add(route, (id) => `/api/programmes/${id}/anchoring/${anchored.item}`, 'id', BAD_IDS, 'no programme');
    add(route, (id) => `${programme()}/anchoring/${id}`, 'itemId', BAD_IDS, 'no item');
  }
  add('GET /api/programmes/:id/communication', programmes('/communication'), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/communication', programmes('/communication'), 'id', BAD_IDS, 'no programme');
  for (const method of ['PUT', 'DELETE'] as const) {
    const route = `${method} /api/programmes/:id/communication/:itemId`;
    add(route, (id) => `/api/programmes/${id}/communication/${fixture.communication}`, 'id', BAD_IDS, 'no programme');
    add(route, (id) => `${programme()}/communication/${id}`, 'itemId', BAD_IDS, 'no item');
  }
  add('GET /api/programmes/:id/checkins', programmes('/checkins'), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/checkins', programmes('/checkins'), 'id', BAD_IDS, 'no programme');
  for (const method of ['PUT', 'DELETE'] as const) {
    const route = `${method} /api/programmes/:id/checkins/:checkinId`;
    add(route, (id) => `/api/programmes/${id}/checkins/${fixture.checkin}`, 'id', BAD_IDS, 'no programme');
    add(route, (id) => `${programme()}/checkins/${id}`, 'checkinId', BAD_IDS, 'no check-in');
  }
  add('GET /api/programmes/:id/kpis', programmes('/kpis'), 'id', BAD_IDS, 'no programme');
  add('POST /api/programmes/:id/kpis', programmes('/kpis'), 'id', BAD_IDS, 'no programme');
  add('GET /api/programmes/:id/effect', programmes('/effect'), 'id', BAD_IDS, 'no programme');
  for (const [method, suffix] of [
    ['PUT', ''],
    ['DELETE', ''],
    ['POST', '/measurements'],
  ] as const) {
    const route = `${method} /api/programmes/:id/kpis/:kpiId${suffix}`;
    add(route, (id) => `/api/programmes/${id}/kpis/${measured.kpi}${suffix}`, 'id', BAD_IDS, 'no programme');
    add(route, (id) => `${programme()}/kpis/${id}${suffix}`, 'kpiId', BAD_IDS, 'no KPI');
  }
  {
    const route = 'DELETE /api/programmes/:id/kpis/:kpiId/measurements/:measurementId';
    add(route, (id) => `/api/programmes/${id}/kpis/${measured.kpi}/measurements/${measured.measurement}`, 'id', BAD_IDS, 'no programme');
    add(route, (id) => `${programme()}/kpis/${id}/measurements/${measured.measurement}`, 'kpiId', BAD_IDS, 'no KPI');
    add(route, (id) => `${programme()}/kpis/${measured.kpi}/measurements/${id}`, 'measurementId', BAD_IDS, 'no measurement');
  }
  add(
    'POST /api/programmes/:id/surveys/:surveyId/follow-up',
    (id) => `/api/programmes/${id}/surveys/${fixture.draftSurvey}/follow-up`,
    'id',
    BAD_IDS,
    'no programme',
  );
  add('POST /api/programmes/:id/surveys/:surveyId/follow-up', (id) => `${programme()}/surveys/${id}/follow-up`, 'surveyId', BAD_IDS, 'no survey');
  const SLUGS: [string, string][] = [
    ['too short', 'abc'],
    ['with a slash', 'abc%2Fdefghijkl'],
    ['SQL', encodeURIComponent("' or '1'='1")],
  ];
  add('GET /api/public/surveys/:slug', (slug) => `/api/public/surveys/${slug}`, 'slug', SLUGS, 'no survey');
  add('POST /api/public/surveys/:slug/responses', (slug) => `/api/public/surveys/${slug}/responses`, 'slug', SLUGS, 'no survey');
  for (const [method, suffix] of [
    ['GET', ''],
    ['PUT', ''],
    ['DELETE', ''],
    ['POST', '/open'],
    ['POST', '/close'],
    ['GET', '/results'],
    ['GET', '/qr.png'],
  ] as const) {
    add(`${method} /api/knowledge/:id${suffix === '/qr.png' ? '/qr.:format' : suffix}`, (id) => `/api/knowledge/${id}${suffix}`, 'id', BAD_IDS, 'no check');
  }
  add(
    'GET /api/knowledge/:id/qr.:format',
    (format) => `/api/knowledge/${checks.open}/qr.${format}`,
    'format',
    [
      ['a picture format we do not make', 'gif'],
      ['SQL', encodeURIComponent("' or '1'='1")],
    ],
    null,
  );
  add('GET /api/public/knowledge/:slug', (slug) => `/api/public/knowledge/${slug}`, 'slug', SLUGS, 'no check');
  add('POST /api/public/knowledge/:slug/responses', (slug) => `/api/public/knowledge/${slug}/responses`, 'slug', SLUGS, 'no check');
  add('GET /api/public/breach-report/:slug', (slug) => `/api/public/breach-report/${slug}`, 'slug', SLUGS, 'no organisation');
  add('POST /api/public/breach-report/:slug', (slug) => `/api/public/breach-report/${slug}`, 'slug', SLUGS, 'no organisation');
  const breach = (suffix: string) => (id: string) => `/api/breaches/${id}${suffix}`;
  for (const route of [
    'GET ',
    'GET /ap-form',
    'GET /letter',
    'PUT /register',
    'PUT /aware-at',
    'POST /decisions',
    'POST /status',
    'PUT /ap-reference',
    'POST /ap-follow-ups',
  ]) {
    const [method, suffix] = route.split(' ') as [string, string];
    add(`${method} /api/breaches/:id${suffix}`, breach(suffix), 'id', BAD_IDS, 'no breach of ours');
  }
  cases.push(
    // Well-formed, but not what the register allows: the service names the field, and writes nothing.
    {
      name: 'POST /api/breaches/:id/status: a step that does not follow',
      method: 'POST',
      path: () => `/api/breaches/${registered.breach}/status`,
      body: { status: 'closed' },
      client: () => A.as.privacy,
      status: 409,
      error: 'breachNotANextStep',
      field: 'status',
    },
    {
      name: 'POST /api/breaches/:id/status: a late reason on the way to triage',
      method: 'POST',
      path: () => `/api/breaches/${registered.breach}/status`,
      body: { status: 'triage', lateReason: 'Te laat' },
      client: () => A.as.privacy,
      status: 400,
      error: 'breachNotForThisStep',
      field: 'lateReason',
    },
    {
      name: 'PUT /api/breaches/:id/aware-at: a moment still to come',
      method: 'PUT',
      path: () => `/api/breaches/${registered.breach}/aware-at`,
      body: { awareAt: '2999-01-01T00:00:00Z', reason: 'Later' },
      client: () => A.as.privacy,
      status: 400,
      error: 'breachMomentInFuture',
      field: 'awareAt',
    },
    {
      name: "PUT /api/breaches/:id/aware-at: later than the reporter's moment without a reason",
      method: 'PUT',
      path: () => `/api/breaches/${registered.breach}/aware-at`,
      body: { awareAt: '2026-03-29T10:00:00+02:00', reason: ' ' },
      client: () => A.as.privacy,
      status: 400,
      error: 'breachAwareReasonRequired',
      field: 'reason',
    },
    {
      name: 'POST /api/breaches/:id/status: triage before the moment of awareness is confirmed',
      method: 'POST',
      path: () => `/api/breaches/${registered.breach}/status`,
      body: { status: 'triage' },
      client: () => A.as.privacy,
      status: 409,
      error: 'breachAwarenessUnconfirmed',
      field: 'awareAt',
    },
    {
      name: 'PUT /api/breaches/:id/ap-reference: a breach not notified to the AP',
      method: 'PUT',
      path: () => `/api/breaches/${registered.breach}/ap-reference`,
      body: { apReference: 'M-1' },
      client: () => A.as.privacy,
      status: 409,
      error: 'breachApNotNotified',
      field: 'status',
    },
    {
      name: 'POST /api/breaches/:id/ap-follow-ups: a breach not notified to the AP',
      method: 'POST',
      path: () => `/api/breaches/${registered.breach}/ap-follow-ups`,
      body: { kind: 'supplement', sentAt: '2026-03-31T10:00:00+02:00', note: 'Aanvulling.' },
      client: () => A.as.privacy,
      status: 409,
      error: 'breachApNotNotified',
      field: 'status',
    },
  );
  add(
    'GET /api/organisation/breach-report/qr.:format',
    (format) => `/api/organisation/breach-report/qr.${format}`,
    'format',
    [
      ['a picture format we do not make', 'gif'],
      ['SQL', encodeURIComponent("' or '1'='1")],
    ],
    null,
  );
  cases.push(
    // Well-formed, but not what the method has: the service names the field.
    {
      name: 'POST /api/interventions/library: a technique the taxonomy does not have',
      method: 'POST',
      path: () => '/api/interventions/library',
      body: { ...OWN_INTERVENTION, bcts: ['5.1', '17.1'] },
      status: 400,
      error: 'unknownTechnique',
      field: 'bcts.1',
    },
    {
      name: 'POST /api/programmes/:id/interventions: a barrier that is not in the diagnosis',
      method: 'POST',
      path: () => `${programme()}/interventions`,
      body: { ...CANDIDATE, barrierIds: ['b-onbekend'] },
      status: 400,
      error: 'unknownBarrier',
      field: 'barrierIds.0',
    },
    {
      name: 'POST /api/programmes/:id/interventions/from-library: an intervention the library does not have',
      method: 'POST',
      path: () => `${programme()}/interventions/from-library`,
      body: { libraryId: 'toverstaf' },
      status: 400,
      error: 'unknownIntervention',
      field: 'libraryId',
    },
    {
      name: 'POST /api/programmes/:id/interventions/from-library: an own intervention id that is not ours',
      method: 'POST',
      path: () => `${programme()}/interventions/from-library`,
      body: { libraryId: UNKNOWN_ID },
      status: 400,
      error: 'unknownIntervention',
      field: 'libraryId',
    },
    {
      name: 'PUT /api/programmes/:id/interventions/:candidateId/plan: a plan for a candidate nobody chose',
      method: 'PUT',
      path: () => `${programme()}/interventions/${fixture.idea}/plan`,
      body: PLAN,
      status: 409,
      error: 'candidateNotChosen',
      field: 'decision',
    },
    {
      name: 'POST /api/programmes/:id/anchoring: not applicable without a reason',
      method: 'POST',
      path: () => `${programme()}/anchoring`,
      body: { ...ANCHORING, status: 'notApplicable', note: '' },
      ...validation,
      field: 'note',
    },
    {
      name: 'PUT /api/programmes/:id/anchoring/:itemId: not applicable without a reason',
      method: 'PUT',
      path: () => `${programme()}/anchoring/${anchored.item}`,
      body: { ...ANCHORING, status: 'notApplicable', note: ' ' },
      ...validation,
      field: 'note',
    },
    {
      name: 'POST /api/programmes/:id/anchoring: an owner who is no user of ours',
      method: 'POST',
      path: () => `${programme()}/anchoring`,
      body: { ...ANCHORING, owner: { userId: UNKNOWN_ID, name: 'Iemand' } },
      status: 400,
      error: 'anchoringOwnerUnknown',
      field: 'owner.userId',
    },
    {
      name: 'PUT /api/programmes/:id/anchoring/:itemId: an owner who is no user of ours',
      method: 'PUT',
      path: () => `${programme()}/anchoring/${anchored.item}`,
      body: { ...ANCHORING, owner: { userId: UNKNOWN_ID, name: 'Iemand' } },
      status: 400,
      error: 'anchoringOwnerUnknown',
      field: 'owner.userId',
    },
    {
      name: 'POST /api/programmes/:id/actions: an owner who is no user of ours',
      method: 'POST',
      path: () => `${programme()}/actions`,
      body: { ...ACTION, owner: { userId: UNKNOWN_ID, name: 'Iemand' } },
      status: 400,
      error: 'actionOwnerUnknown',
      field: 'owner.userId',
    },
    {
      name: 'POST /api/programmes/:id/actions: an intervention this programme did not choose',
      method: 'POST',
      path: () => `${programme()}/actions`,
      body: { ...ACTION, candidateId: UNKNOWN_ID },
      status: 400,
      error: 'actionCandidateUnknown',
      field: 'candidateId',
    },
    {
      name: 'POST /api/programmes/:id/actions: a check-in this programme does not have',
      method: 'POST',
      path: () => `${programme()}/actions`,
      body: { ...ACTION, checkinId: UNKNOWN_ID },
      status: 400,
      error: 'actionCheckinUnknown',
      field: 'checkinId',
    },
    {
      name: 'POST /api/programmes/:id/actions: a check-in id that is no uuid',
      method: 'POST',
      path: () => `${programme()}/actions`,
      body: { ...ACTION, checkinId: 'overleg-1' },
      ...validation,
      field: 'checkinId',
    },
    {
      name: 'POST /api/programmes/:id/checkins: a day that already has a check-in',
      method: 'POST',
      path: () => `${programme()}/checkins`,
      body: CHECKIN,
      status: 409,
      error: 'checkinDateTaken',
      field: 'date',
    },
    {
      name: 'POST /api/programmes/:id/kpis: an intervention this programme did not choose',
      method: 'POST',
      path: () => `${programme()}/kpis`,
      body: { ...KPI, candidateId: UNKNOWN_ID },
      status: 400,
      error: 'kpiCandidateUnknown',
      field: 'candidateId',
    },
    {
      name: 'POST /api/knowledge: a programme that is not ours',
      method: 'POST',
      path: () => '/api/knowledge',
      body: { ...CHECK, programmeId: UNKNOWN_ID },
      status: 400,
      error: 'knowledgeProgrammeUnknown',
      field: 'programmeId',
    },
    {
      name: 'PUT /api/knowledge/:id: a programme that is not ours',
      method: 'PUT',
      path: () => `/api/knowledge/${checks.draft}`,
      body: { ...CHECK, programmeId: UNKNOWN_ID },
      status: 400,
      error: 'knowledgeProgrammeUnknown',
      field: 'programmeId',
    },
    {
      name: 'PUT /api/knowledge/:id: a check that is already open',
      method: 'PUT',
      path: () => `/api/knowledge/${checks.open}`,
      body: CHECK,
      status: 409,
      error: 'knowledgeCheckNotDraft',
    },
    {
      name: 'POST /api/knowledge/:id/close: a check that is not open',
      method: 'POST',
      path: () => `/api/knowledge/${checks.draft}/close`,
      status: 409,
      error: 'knowledgeCheckNotOpen',
    },
    {
      name: 'POST /api/programmes/:id/kpis: a survey score without its factor',
      method: 'POST',
      path: () => `${programme()}/kpis`,
      body: { ...KPI, indicator: 'surveyFactorScore' },
      ...validation,
      field: 'factor',
    },
    {
      name: 'POST /api/programmes/:id/surveys/:surveyId/follow-up: a survey that is not closed',
      method: 'POST',
      path: () => `${programme()}/surveys/${fixture.openSurvey}/follow-up`,
      status: 409,
      error: 'baselineNotClosed',
    },
    {
      name: 'GET /api/invitations/:token: a token nobody was given',
      method: 'GET',
      path: () => `/api/invitations/${'x'.repeat(43)}`,
      status: 400,
      error: 'inviteInvalid',
      field: 'token',
    },
    {
      name: 'GET /api/invitations/:token: an over-long token',
      method: 'GET',
      path: () => `/api/invitations/${'x'.repeat(129)}`,
      status: 414,
      error: 'validation',
    },
    {
      name: 'GET /api/invitations/:token: a NUL character',
      method: 'GET',
      path: () => '/api/invitations/%00',
      status: 400,
      error: 'inviteInvalid',
      field: 'token',
    },
  );
  // The masterclass: T's trainer teaches the cohort, A's duo takes part, A's admin answers for A's participation.
  const cohorts = (suffix: string) => (id: string) => `/api/cohorts/${id}${suffix}`;
  for (const [method, suffix, as] of [
    ['GET', '', admin],
    ['GET', '/sessions.ics', admin],
    ['POST', '/close', trainer],
    ['POST', '/sessions', trainer],
    ['GET', '/sharing', admin],
    ['PUT', '/sharing', admin],
    ['PUT', '/participants', admin],
    ['POST', '/leave', admin],
    ['GET', '/board', trainer],
    ['GET', '/exchange', duo],
    ['POST', '/exchange', duo],
    ['GET', '/roleplay', trainer],
    ['PUT', '/retention', trainer],
  ] as const) {
    add(`${method} /api/cohorts/:id${suffix}`, cohorts(suffix), 'id', BAD_IDS, 'no cohort', as);
  }
  for (const [method, suffix] of [
    ['PUT', ''],
    ['DELETE', ''],
    ['POST', '/assignments'],
  ] as const) {
    const route = `${method} /api/cohorts/:id/sessions/:sessionId${suffix}`;
    add(route, (id) => `/api/cohorts/${id}/sessions/${masterclass.session}${suffix}`, 'id', BAD_IDS, 'no cohort');
    add(route, (id) => `${cohort()}/sessions/${id}${suffix}`, 'sessionId', BAD_IDS, 'no session');
  }
  {
    const route = 'GET /api/cohorts/:id/sessions/:sessionId/preparation';
    add(route, (id) => `/api/cohorts/${id}/sessions/${masterclass.session}/preparation`, 'id', BAD_IDS, 'no cohort', trainer);
    add(route, (id) => `${cohort()}/sessions/${id}/preparation`, 'sessionId', BAD_IDS, 'no session', trainer);
  }
  for (const [method, suffix, as] of [
    ['GET', '', duo],
    ['PUT', '', trainer],
    ['DELETE', '', trainer],
    ['GET', '/subgroups/proposal', trainer],
    ['PUT', '/subgroups', trainer],
    ['PUT', '/submission', duo],
  ] as const) {
    const route = `${method} /api/cohorts/:id/assignments/:assignmentId${suffix}`;
    add(route, (id) => `/api/cohorts/${id}/assignments/${masterclass.assignment}${suffix}`, 'id', BAD_IDS, 'no cohort', as);
    add(route, (id) => `${cohort()}/assignments/${id}${suffix}`, 'assignmentId', BAD_IDS, 'no assignment', as);
  }
  {
    const route = 'GET /api/cohorts/:id/assignments/:assignmentId/submissions/:participationId';
    const submission = (id: string, assignment: string, participation: string) => `/api/cohorts/${id}/assignments/${assignment}/submissions/${participation}`;
    add(route, (id) => submission(id, masterclass.assignment, masterclass.participation), 'id', BAD_IDS, 'no cohort', trainer);
    add(route, (id) => submission(masterclass.id, id, masterclass.participation), 'assignmentId', BAD_IDS, 'no assignment', trainer);
    add(route, (id) => submission(masterclass.id, masterclass.assignment, id), 'participationId', BAD_IDS, 'no organisation taking part', trainer);
  }
  // What a participating organisation shares: its trainer reads it.
  for (const [route, suffix] of [
    ['GET /api/cohorts/:id/participations/:participationId/worksheets/:key', '/worksheets/2.3'],
    ['GET /api/cohorts/:id/participations/:participationId/comments/:item', '/comments/2.3'],
    ['POST /api/cohorts/:id/participations/:participationId/comments/:item', '/comments/2.3'],
    ['GET /api/cohorts/:id/participations/:participationId/plan.:format', '/plan.pdf'],
    ['GET /api/cohorts/:id/participations/:participationId/interventions', '/interventions'],
    ['GET /api/cohorts/:id/participations/:participationId/kpis', '/kpis'],
    ['GET /api/cohorts/:id/participations/:participationId/survey-results', '/survey-results'],
  ] as const) {
    add(route, (id) => `/api/cohorts/${id}/participations/${masterclass.participation}${suffix}`, 'id', BAD_IDS, 'no cohort', trainer);
    add(route, (id) => `${cohort()}/participations/${id}${suffix}`, 'participationId', BAD_IDS, 'no organisation taking part', trainer);
  }
  add(
    'GET /api/cohorts/:id/participations/:participationId/worksheets/:key',
    (key) => `${cohort()}/participations/${masterclass.participation}/worksheets/${key}`,
    'key',
    BAD_KEYS,
    null,
    trainer,
  );
  for (const method of ['GET', 'POST'] as const) {
    add(
      `${method} /api/cohorts/:id/participations/:participationId/comments/:item`,
      (item) => `${cohort()}/participations/${masterclass.participation}/comments/${item}`,
      'item',
      [...BAD_KEYS, ['the plan in capitals', 'PLAN']],
      null,
      trainer,
    );
  }
  for (const [route, make] of [
    [
      'GET /api/cohorts/:id/participations/:participationId/plan.:format',
      (format: string) => `${cohort()}/participations/${masterclass.participation}/plan.${format}`,
    ],
    ['GET /api/cohorts/:id/report.:format', (format: string) => `${cohort()}/report.${format}`],
  ] as const) {
    add(
      route,
      make,
      'format',
      [
        ['a format we do not make', 'odt'],
        ['SQL', encodeURIComponent("' or '1'='1")],
      ],
      null,
      trainer,
    );
  }
  add('GET /api/cohorts/:id/report.:format', cohorts('/report.pdf'), 'id', BAD_IDS, 'no cohort', trainer);
  for (const method of ['DELETE', 'POST'] as const) {
    const suffix = method === 'POST' ? '/copy' : '';
    const route = `${method} /api/cohorts/:id/exchange/:itemId${suffix}`;
    add(route, (id) => `/api/cohorts/${id}/exchange/${masterclass.item}${suffix}`, 'id', BAD_IDS, 'no cohort');
    add(route, (id) => `${cohort()}/exchange/${id}${suffix}`, 'itemId', BAD_IDS, 'no item');
  }
  for (const method of ['GET', 'POST'] as const) {
    const route = `${method} /api/cohorts/:id/subgroups/:subgroupId/roleplay`;
    add(route, (id) => `/api/cohorts/${id}/subgroups/${masterclass.subgroup}/roleplay`, 'id', BAD_IDS, 'no cohort', duo);
    add(route, (id) => `${cohort()}/subgroups/${id}/roleplay`, 'subgroupId', BAD_IDS, 'no subgroup of ours', duo);
  }
  for (const [method, suffix] of [
    ['GET', ''],
    ['PUT', '/scores'],
    ['PUT', '/share'],
  ] as const) {
    const route = `${method} /api/cohorts/:id/roleplay/:roundId${suffix}`;
    add(route, (id) => `/api/cohorts/${id}/roleplay/${NO_ROUND}${suffix}`, 'id', BAD_IDS, 'no cohort', duo);
    add(route, (id) => `${cohort()}/roleplay/${id}${suffix}`, 'roundId', BAD_IDS, 'no round', duo);
  }
  const proposal = 'GET /api/cohorts/:id/assignments/:assignmentId/subgroups/proposal';
  for (const [what, query, field] of [
    ['size is 1', 'size=1', 'size'],
    ['size is over 8', 'size=9', 'size'],
    ['size is a word', 'size=drie', 'size'],
    ['size is a fraction', 'size=2.5', 'size'],
    ['size is given twice', 'size=2&size=3', 'size'],
    ['an unknown parameter', 'groot=ja', 'groot'],
  ]) {
    cases.push({
      name: `${proposal}: ${what}`,
      method: 'GET',
      path: () => `${cohort()}/assignments/${masterclass.assignment}/subgroups/proposal?${query}`,
      client: trainer,
      ...validation,
      field,
    });
  }
  for (const [route, path] of [
    ['GET /api/cohorts/:id/participations/:participationId/plan.:format', () => `${cohort()}/participations/${masterclass.participation}/plan.pdf`],
    ['GET /api/cohorts/:id/report.:format', () => `${cohort()}/report.docx`],
  ] as const) {
    cases.push(
      { name: `${route}: a language we do not write`, method: 'GET', path: () => `${path()}?lang=fr`, client: trainer, ...validation, field: 'lang' },
      { name: `${route}: an unknown parameter`, method: 'GET', path: () => `${path()}?taal=nl`, client: trainer, ...validation, field: 'taal' },
    );
  }
  cases.push(
    // Well-formed, but not what the masterclass allows: the service names the field, and writes nothing.
    {
      name: 'POST /api/cohorts/:id/sessions: a new session in the past',
      method: 'POST',
      path: () => `${cohort()}/sessions`,
      body: { ...SESSION, startsAt: '2020-01-01T09:00:00Z' },
      client: trainer,
      status: 400,
      error: 'sessionInPast',
      field: 'startsAt',
    },
    {
      name: 'PUT /api/cohorts/:id/sessions/:sessionId: a session moved into the past',
      method: 'PUT',
      path: () => `${cohort()}/sessions/${masterclass.session}`,
      body: { ...SESSION, startsAt: '2020-01-01T09:00:00Z' },
      client: trainer,
      status: 400,
      error: 'sessionInPast',
      field: 'startsAt',
    },
    {
      name: 'POST /api/cohorts/join: a code no cohort has',
      method: 'POST',
      path: () => '/api/cohorts/join',
      body: { code: 'ZZZZ-ZZZZ', programmeId: UNKNOWN_ID, participantIds: [UNKNOWN_ID] },
      status: 400,
      error: 'cohortCodeUnknown',
      field: 'code',
    },
    {
      name: 'PUT /api/cohorts/:id/assignments/:assignmentId/subgroups: a participation of no one in the cohort',
      method: 'PUT',
      path: () => `${cohort()}/assignments/${masterclass.assignment}/subgroups`,
      body: { subgroups: [{ name: 'Groep 1', participationIds: [UNKNOWN_ID] }] },
      client: trainer,
      status: 400,
      error: 'subgroupParticipationUnknown',
      field: 'subgroups.0.participationIds.0',
    },
    {
      name: 'PUT /api/cohorts/:id/assignments/:assignmentId/submission: a worksheet that names staff',
      method: 'PUT',
      path: () => `${cohort()}/assignments/${masterclass.assignment}/submission`,
      body: { text: '', worksheet: '1.2' },
      client: duo,
      status: 400,
      error: 'submissionWorksheetNotShareable',
      field: 'worksheet',
    },
    {
      name: 'POST /api/cohorts/:id/participations/:participationId/comments/:item: an answer to a comment that is not there',
      method: 'POST',
      path: () => `${cohort()}/participations/${masterclass.participation}/comments/2.3`,
      body: { body: 'Eens.', parentId: UNKNOWN_ID },
      client: trainer,
      status: 400,
      error: 'commentParentUnknown',
      field: 'parentId',
    },
    {
      name: 'GET /api/cohorts/:id/participations/:participationId/comments/:item: a worksheet not shared with the trainers',
      method: 'GET',
      path: () => `${cohort()}/participations/${masterclass.participation}/comments/3.1`,
      client: trainer,
      status: 404,
      error: 'notFound',
    },
    {
      name: 'POST /api/cohorts/:id/exchange/:itemId/copy: an item of its own organisation',
      method: 'POST',
      path: () => `${cohort()}/exchange/${masterclass.item}/copy`,
      client: duo,
      status: 400,
      error: 'exchangeCopyOwn',
      field: 'itemId',
    },
    {
      name: 'POST /api/cohorts/:id/subgroups/:subgroupId/roleplay: a round number and people both',
      method: 'POST',
      path: () => `${cohort()}/subgroups/${masterclass.subgroup}/roleplay`,
      body: { round: 0, interviewerId: UNKNOWN_ID },
      client: duo,
      status: 400,
      error: 'roleplayRoundOrPeople',
      field: 'interviewerId',
    },
    {
      name: 'POST /api/cohorts/:id/subgroups/:subgroupId/roleplay: a subgroup of fewer than three people',
      method: 'POST',
      path: () => `${cohort()}/subgroups/${masterclass.subgroup}/roleplay`,
      body: { round: 0 },
      client: duo,
      status: 400,
      error: 'roleplayTooFew',
      field: 'round',
    },
  );
  return cases;
}

const AUDIT_QUERIES: [string, string, string][] = [
  ['limit is a word', 'limit=veel', 'limit'],
  ['limit is 0', 'limit=0', 'limit'],
  ['limit is over 200', 'limit=201', 'limit'],
  ['limit is given twice', 'limit=1&limit=2', 'limit'],
  ['offset is negative', 'offset=-1', 'offset'],
  ['offset is a fraction', 'offset=1.5', 'offset'],
  ['actorId is not a uuid', 'actorId=iemand', 'actorId'],
  ['from is not a date', 'from=gisteren', 'from'],
  ['to is before the year 1', 'to=-100000-01-01T00:00:00Z', 'to'],
  ['from is after the year 9999', 'from=%2B275000-01-01T00:00:00Z', 'from'],
  ['action is over 100 characters', `action=${'x'.repeat(101)}`, 'action'],
  ['action holds a NUL character', 'action=a%00b', 'action'],
  ['entity is over 50 characters', `entity=${'x'.repeat(51)}`, 'entity'],
  ['an unknown parameter', 'sorteer=datum', 'sorteer'],
];

/** Bad filters of the breach register's list, export and statistics, and of the letter's language and reader. */
const BREACH_QUERIES: [string, string, string, string][] = [
  ['/api/breaches', 'a status that does not exist', 'status=open', 'status'],
  ['/api/breaches', 'a month 13', 'from=2026-13', 'from'],
  ['/api/breaches', 'a month without its zero', 'to=2026-3', 'to'],
  ['/api/breaches', 'a period that ends before it starts', 'from=2026-05&to=2026-04', 'to'],
  ['/api/breaches', 'a kind of incident that does not exist', 'kind=ransomware', 'kind'],
  ['/api/breaches', 'overdue as a word', 'overdue=ja', 'overdue'],
  ['/api/breaches', 'a department over 120 characters', `department=${'x'.repeat(121)}`, 'department'],
  ['/api/breaches', 'a department with a NUL character', 'department=a%00b', 'department'],
  ['/api/breaches', 'limit 0', 'limit=0', 'limit'],
  ['/api/breaches', 'limit over 200', 'limit=201', 'limit'],
  ['/api/breaches', 'a negative offset', 'offset=-1', 'offset'],
  ['/api/breaches', 'an unknown parameter', 'sorteer=datum', 'sorteer'],
  ['/api/breaches/export.csv', 'overdue as a number', 'overdue=1', 'overdue'],
  ['/api/breaches/export.csv', 'paging, which an export does not have', 'limit=10', 'limit'],
  ['/api/breaches/statistics', 'a month 13', 'from=2026-13', 'from'],
  ['/api/breaches/statistics', 'a period that ends before it starts', 'from=2026-05&to=2026-04', 'to'],
  ['/api/breaches/statistics', 'a filter it does not have', 'status=closed', 'status'],
];

const CASES: BadRequest[] = [
  ...ROUTES.flatMap((r) => badBodies(r).map((c) => ({ ...c, name: `${r.route}: ${c.name}` }))),
  ...badParams(),
  ...AUDIT_QUERIES.map(([what, query, field]) => ({ name: `GET /api/audit: ${what}`, method: 'GET', path: () => `/api/audit?${query}`, ...validation, field })),
  ...BREACH_QUERIES.map(([path, what, query, field]) => ({
    name: `GET ${path}: ${what}`,
    method: 'GET',
    path: () => `${path}?${query}`,
    ...validation,
    field,
  })),
  {
    name: 'GET /api/breaches/:id/letter: a language we do not write',
    method: 'GET',
    path: () => `/api/breaches/${registered.breach}/letter?lang=fr`,
    ...validation,
    field: 'lang',
  },
  {
    name: 'GET /api/breaches/:id/letter: a reader we do not write for',
    method: 'GET',
    path: () => `/api/breaches/${registered.breach}/letter?for=other`,
    ...validation,
    field: 'for',
  },
];

/**
 * What every table held after the last request that wrote nothing. The cases run one after another
 * with nothing in between, so this is also what the next case starts from: each reads the tables
 * once instead of twice. Any other request forgets it.
 */
let unchanged: Record<string, string> | undefined;

/** Sends it as a separate browser, so per-address rate limits never stand in for the answer. */
const send = (c: Pick<BadRequest, 'method' | 'path' | 'body' | 'headers' | 'client'>) => {
  unchanged = undefined;
  return (c.client?.() ?? admin()).clone({ address: nextAddress() }).request(c.method, c.path(), c.body, c.headers);
};

/** The reply to the request, once every table is checked to be as it was before it. */
async function expectNothingWritten(request: () => Promise<Reply>): Promise<Reply> {
  const before = unchanged ?? (await t.snapshot());
  unchanged = undefined;
  const reply = await request();
  const after = await t.snapshot();
  expect(after, `the tables after a ${reply.status} answer`).toEqual(before);
  unchanged = after;
  return reply;
}

function expectErrorShape(reply: Reply, error: MessageKey, locale: 'nl' | 'en' = 'nl') {
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  expect(Object.keys(reply.body).filter((k) => !['error', 'message', 'fields'].includes(k))).toEqual([]);
  expect(reply.body.error).toBe(error);
  expect(reply.body.message).toBe(message(error, locale));
  if (reply.body.fields !== undefined) {
    expect(reply.body.fields.length).toBeGreaterThan(0);
    for (const f of reply.body.fields) expect(f).toEqual({ field: expect.any(String), message: expect.stringMatching(/\S/) });
  }
}

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep West');
  fixture.programme = await startProgramme(admin(), 'Datalekken melden', 'Te weinig meldingen');
  await admin().post(`${programme()}/members`, { userId: A.userIds.coordinator });
  await admin().put(`${programme()}/substeps/3.1/worksheet`, { notes: 'Eerste verslag', baseVersion: 0 });
  fixture.draftSurvey = (await admin().post(`${programme()}/surveys`, SURVEY)).body.id;
  const open = await openSurvey(admin(), fixture.programme, SURVEY);
  [fixture.openSurvey, fixture.openSlug] = [open.id, open.publicSlug];
  fixture.own = (await admin().post('/api/interventions/library', OWN_INTERVENTION)).body.id;
  fixture.idea = (await admin().post(`${programme()}/interventions`, CANDIDATE)).body.id;
  fixture.candidate = (await admin().post(`${programme()}/interventions`, CANDIDATE)).body.id;
  await admin().put(`${programme()}/interventions/${fixture.candidate}/decision`, { decision: 'chosen', rationale: 'Past' });
  fixture.action = (await admin().post(`${programme()}/actions`, ACTION)).body.id;
  anchored.item = (await admin().post(`${programme()}/anchoring`, ANCHORING)).body.id;
  fixture.communication = (await admin().post(`${programme()}/communication`, COMMUNICATION)).body.id;
  fixture.checkin = (await admin().post(`${programme()}/checkins`, CHECKIN)).body.id;
  measured.kpi = (await admin().post(`${programme()}/kpis`, KPI)).body.id;
  measured.measurement = (await admin().post(`${programme()}/kpis/${measured.kpi}/measurements`, MEASUREMENT)).body.id;
  checks.draft = (await admin().post('/api/knowledge', CHECK)).body.id;
  const openCheck = await openKnowledgeCheck(admin(), CHECK);
  [checks.open, checks.openSlug] = [openCheck.id, openCheck.publicSlug];
  fixture.invited = (await admin().post('/api/users', { email: 'genodigde@example.org', name: 'Genodigde', roles: ['viewer'] })).body.user.id;
  fixture.breachSlug = (await admin().get('/api/organisation')).body.organisation.breachSlug;
  registered.breach = await reportBreach(t, A, BREACH_REPORT);
  T = await t.organisation('Opleider');
  masterclass.id = ok(await trainer().post('/api/cohorts', { name: 'Masterclass voorjaar' }), 201).id;
  masterclass.session = ok(await trainer().post(`${cohort()}/sessions`, SESSION), 201).id;
  masterclass.assignment = ok(await trainer().post(`${cohort()}/sessions/${masterclass.session}/assignments`, ASSIGNMENT), 201).id;
  masterclass.code = ok(await trainer().get(cohort())).code;
  masterclass.programme = await startProgramme(A.as.coordinator, 'Schermen vergrendelen');
  const joined = await admin().post('/api/cohorts/join', {
    code: masterclass.code,
    programmeId: masterclass.programme,
    participantIds: [A.userIds.coordinator],
  });
  masterclass.participation = ok(joined, 201).participationId;
  ok(await admin().put(`${cohort()}/sharing`, COHORT_SHARES));
  const subgroups = { subgroups: [{ name: 'Groep 1', participationIds: [masterclass.participation] }] };
  masterclass.subgroup = ok(await trainer().put(`${cohort()}/assignments/${masterclass.assignment}/subgroups`, subgroups)).subgroups[0].id;
  masterclass.item = ok(await duo().post(`${cohort()}/exchange`, EXCHANGE), 201).id;
});
afterAll(() => t?.close());

describe('every route is covered', () => {
  it('every state-changing route has a row in ROUTES', () => {
    const changing = t.routes.filter((r) => !['GET', 'HEAD'].includes(r.method)).map((r) => `${r.method} ${r.url}`);
    expect(changing.filter((r) => !ROUTES.some((row) => row.route === r))).toEqual([]);
  });

  it('every route with parameters or a query has bad-value cases', () => {
    const withInput = t.routes.filter((r) => r.method !== 'HEAD' && (r.url.includes(':') || r.url === '/api/audit'));
    const covered = new Set(CASES.map((c) => c.name.split(':')[0]));
    expect(withInput.map((r) => `${r.method} ${r.url}`).filter((r) => !covered.has(r.split(':')[0]!))).toEqual([]);
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
  it(`answers ${c.status} ${c.error}${c.field ? ` naming ${c.field}` : ''}, and writes nothing`, async () => {
    const reply = await expectNothingWritten(() => send(c));
    expect(reply.status, JSON.stringify(reply.body)?.slice(0, 500)).toBe(c.status);
    expectErrorShape(reply, c.error);
    // A list item is named by its position (roles.0 is the first of roles), a part of a field by its path (answers.i1).
    if (c.field) expect(reply.body.fields.map((f: { field: string }) => f.field).some((f: string) => f === c.field || f.startsWith(`${c.field}.`))).toBe(true);
  });
});

describe('messages speak the language of the request', () => {
  const tooShort = { method: 'POST', path: () => '/api/programmes', body: { title: 'ab' } };

  it('in Dutch by default', async () => {
    const reply = await send(tooShort);
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ error: 'validation', message: 'Controleer de invoer.', fields: [{ field: 'title', message: 'Gebruik minstens 3 tekens.' }] });
  });

  it('in English with Accept-Language: en', async () => {
    const reply = await send({ ...tooShort, headers: { 'accept-language': 'en' } });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      error: 'validation',
      message: 'Please check your input.',
      fields: [{ field: 'title', message: 'Use at least 3 characters.' }],
    });
  });

  it('in English for broken JSON and an unparseable URL too', async () => {
    const json = await send({ method: 'POST', path: () => '/api/programmes', body: '{', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expectErrorShape(json, 'malformedJson', 'en');
    const url = await send({ method: 'GET', path: () => '/api/programmes/%E0%A4%A', headers: { 'accept-language': 'en' } });
    expect(url.status).toBe(400);
    expectErrorShape(url, 'validation', 'en');
  });
});

describe('cross-site request protection', () => {
  // A route refused before its body is read is refused before this check too (its token header is one a cross-site form cannot send).
  const changing = ROUTES.filter((r) => (r.valid || r.noBody) && !r.refusedBeforeBody).map((r) => [r.route, r] as const);

  it.each(changing)('%s without the X-CSRF-Token header: 403 csrf, nothing written', async (route, r) => {
    const reply = await expectNothingWritten(() =>
      admin().clone({ address: nextAddress(), csrfToken: undefined }).request(route.split(' ')[0]!, r.path(), r.valid),
    );
    expect(reply.status).toBe(403);
    expectErrorShape(reply, 'csrf');
  });

  it.each(changing)('%s with a wrong X-CSRF-Token: 403 csrf, nothing written', async (route, r) => {
    const reply = await expectNothingWritten(() =>
      admin()
        .clone({ address: nextAddress(), csrfToken: 'x'.repeat(43) })
        .request(route.split(' ')[0]!, r.path(), r.valid),
    );
    expect(reply.status).toBe(403);
    expectErrorShape(reply, 'csrf');
  });

  it.each(changing)('%s from a foreign Origin: 403 csrf, nothing written', async (route, r) => {
    const reply = await expectNothingWritten(() =>
      send({ method: route.split(' ')[0]!, path: r.path, body: r.valid, headers: { origin: 'https://kwaadwillend.example' } }),
    );
    expect(reply.status).toBe(403);
    expectErrorShape(reply, 'csrf');
  });

  it('a login from a foreign Origin is refused before anyone has a session', async () => {
    const reply = await expectNothingWritten(() =>
      t.client().request('POST', '/api/auth/login', { email: A.emails.admin, password: TEST_PASSWORD }, { origin: 'https://kwaadwillend.example' }),
    );
    expect(reply.status).toBe(403);
    expectErrorShape(reply, 'csrf');
    expect(reply.headers.get('set-cookie')).toBeNull();
  });
});
