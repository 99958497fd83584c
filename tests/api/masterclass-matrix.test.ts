import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, programmeWithTeam } from '../fixtures.js';
import { startTestApp, type Client, type Reply, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Who may do what in the masterclass, route by route (the routes under /api/cohorts; the app's other
 * routes are in authorization-matrix.test.ts). The masterclass crosses organisations, so the callers
 * come from five of them (docs/masterclass.md, threat model):
 *
 * - the training organisation S: its trainer, and its admin who is not a trainer;
 * - P1 and P2, both in S's cohort: P1's duo member, P1's admin, P1's viewer (not in the duo), P2's duo member;
 * - P3, in another cohort of S: its duo member;
 * - X, another training organisation: its trainer and its admin (an outsider to the cohort).
 *
 * Expected: anonymous 401; those a row allows its status; the others who may read the cohort 403 (or
 * 404 where the thing is not theirs to know of: another organisation's item, an item not shared);
 * everyone else 404. A refused call writes nothing. A share that was taken back is a row of its own.
 */

const CALLERS = ['anonymous', 'trainer', 'training admin', 'other trainer', 'duo', 'admin', 'viewer', 'other duo', 'other cohort', 'outsider'] as const;
type Caller = (typeof CALLERS)[number];
type SignedIn = Exclude<Caller, 'anonymous'>;
/** Who may read cohort C (and so is told "forbidden", not "not found", when a row does not allow them). */
const READERS: readonly Caller[] = ['trainer', 'duo', 'admin', 'other duo'];

interface Request {
  path: string;
  body?: unknown;
}

interface Case {
  route: string;
  does: string;
  allowed: readonly SignedIn[];
  status: number;
  /** What a reader of the cohort who is not allowed gets, when it is not 403. */
  denied?: number | ((who: Caller) => number);
  request: (who: Caller) => Request | Promise<Request>;
  check?: (who: Caller, reply: Reply) => void;
}

let t: TestApp;
let S: TestOrganisation;
let X: TestOrganisation;
let Y: TestOrganisation;
let P1: TestOrganisation;
let P2: TestOrganisation;
let P3: TestOrganisation;
const clients = {} as Record<SignedIn, Client>;
const orgOf = {} as Record<SignedIn, () => TestOrganisation>;
/** Cohort C (P1 and P2 take part), its session and assignment; P1's and P2's participations. */
const C = { id: '', session: '', assignment: '', p1: '', p2: '', p1Programme: '', p2Programme: '', subgroup: '', round: '', item: '' };
let serial = 0;

const inFuture = (days = 14) => new Date(Date.now() + days * 86_400_000).toISOString();
const sessionBody = () => ({ title: `Bijeenkomst ${++serial}`, startsAt: inFuture(), minutes: 120, place: 'Utrecht', steps: [3] });
const assignmentBody = () => ({ title: `Opdracht ${++serial}`, instructions: 'Lees en vul in', relatesTo: '2.3', dueDate: inFuture().slice(0, 10) });
const sharesWith = (trainers: string[], cohort: string[], scopes: string[] = []) => ({
  trainers: { scopes: ['progress', 'checkins', ...scopes], worksheets: trainers },
  cohort: { scopes: [], worksheets: cohort },
});
const exchangeBody = () => ({
  title: `Vergrendelrondje ${++serial}`,
  setting: 'hospital',
  targetBehaviour: 'screen-locking',
  behaviour: 'Het scherm vergrendelen bij weglopen',
  barrier: 'M-aut',
  whatWeDid: 'Een rondje langs de werkplekken met een kaartje',
  functions: ['environmentalRestructuring'],
  effort: 'low',
  effect: null,
});
/** P1 shares its 2.3 and the plan, interventions, KPIs and survey results with the trainers only. */
const P1_SHARES = sharesWith(['2.3'], [], ['plan', 'interventions', 'kpis', 'surveyResults']);
/** A new item P1's duo published to cohort C. */
const publishedByP1 = async () => ok(await P1.as.member.post(base('/exchange'), exchangeBody()), 201).id as string;

/** A new cohort of S's trainer that P1 and P2 joined with their programmes (for rows that use a cohort up). */
async function freshCohort(): Promise<string> {
  const id = ok(await S.as.trainer.post('/api/cohorts', { name: `Masterclass ${++serial}` }), 201).id;
  const { code } = ok(await S.as.trainer.get(`/api/cohorts/${id}`));
  ok(await P1.as.admin.post('/api/cohorts/join', { code, programmeId: C.p1Programme, participantIds: [P1.userIds.member] }), 201);
  ok(await P2.as.admin.post('/api/cohorts/join', { code, programmeId: C.p2Programme, participantIds: [P2.userIds.member] }), 201);
  return id;
}

const base = (path = '') => `/api/cohorts/${C.id}${path}`;

const CASES: Case[] = [
  {
    route: 'GET /api/cohorts',
    does: 'list the cohorts one teaches or takes part in',
    allowed: ['trainer', 'training admin', 'other trainer', 'duo', 'admin', 'viewer', 'other duo', 'other cohort', 'outsider'],
    status: 200,
    request: () => ({ path: '/api/cohorts' }),
    check: (who, reply) => {
      if (reply.status !== 200) return;
      const ids = [...reply.body.teaching, ...reply.body.participating].map((c: { id: string }) => c.id);
      expect(ids.includes(C.id), who).toBe(READERS.includes(who));
    },
  },
  {
    route: 'POST /api/cohorts',
    does: 'create a cohort',
    allowed: ['trainer', 'other trainer'],
    status: 201,
    request: () => ({ path: '/api/cohorts', body: { name: `Nieuwe masterclass ${++serial}` } }),
  },
  {
    route: 'POST /api/cohorts/join',
    does: 'join a cohort of another organisation with a programme and its member',
    allowed: ['training admin', 'admin', 'outsider'],
    status: 201,
    request: async (who) => {
      const cohort = ok(await Y.as.trainer.post('/api/cohorts', { name: `Open masterclass ${++serial}` }), 201).id;
      const { code } = ok(await Y.as.trainer.get(`/api/cohorts/${cohort}`));
      const org = who === 'anonymous' ? P1 : orgOf[who]();
      const programmeId = await programmeWithTeam(org, `Traject ${++serial}`);
      return { path: '/api/cohorts/join', body: { code, programmeId, participantIds: [org.userIds.member] } };
    },
  },
  { route: 'GET /api/cohorts/:id', does: 'read the cohort', allowed: READERS as SignedIn[], status: 200, request: () => ({ path: base() }) },
  {
    route: 'GET /api/cohorts/:id/sessions.ics',
    does: 'download the sessions as a calendar',
    allowed: READERS as SignedIn[],
    status: 200,
    request: () => ({ path: base('/sessions.ics') }),
  },
  {
    route: 'POST /api/cohorts/:id/close',
    does: 'close a cohort',
    allowed: ['trainer'],
    status: 204,
    request: async () => ({ path: `/api/cohorts/${await freshCohort()}/close`, body: {} }),
  },
  {
    route: 'POST /api/cohorts/:id/sessions',
    does: 'plan a session',
    allowed: ['trainer'],
    status: 201,
    request: () => ({ path: base('/sessions'), body: sessionBody() }),
  },
  {
    route: 'PUT /api/cohorts/:id/sessions/:sessionId',
    does: 'change a session',
    allowed: ['trainer'],
    status: 200,
    request: () => ({ path: base(`/sessions/${C.session}`), body: sessionBody() }),
  },
  {
    route: 'DELETE /api/cohorts/:id/sessions/:sessionId',
    does: 'remove a session',
    allowed: ['trainer'],
    status: 204,
    request: async () => ({ path: base(`/sessions/${ok(await S.as.trainer.post(base('/sessions'), sessionBody()), 201).id}`) }),
  },
  {
    route: 'POST /api/cohorts/:id/sessions/:sessionId/assignments',
    does: 'set an assignment',
    allowed: ['trainer'],
    status: 201,
    request: () => ({ path: base(`/sessions/${C.session}/assignments`), body: assignmentBody() }),
  },
  {
    route: 'PUT /api/cohorts/:id/assignments/:assignmentId',
    does: 'change an assignment',
    allowed: ['trainer'],
    status: 200,
    request: () => ({ path: base(`/assignments/${C.assignment}`), body: assignmentBody() }),
  },
  {
    route: 'DELETE /api/cohorts/:id/assignments/:assignmentId',
    does: 'remove an assignment',
    allowed: ['trainer'],
    status: 204,
    request: async () => ({ path: base(`/assignments/${ok(await S.as.trainer.post(base(`/sessions/${C.session}/assignments`), assignmentBody()), 201).id}`) }),
  },
  {
    route: 'GET /api/cohorts/:id/sharing',
    does: 'read what the own organisation shares',
    allowed: ['duo', 'admin', 'other duo'],
    status: 200,
    denied: 404,
    request: () => ({ path: base('/sharing') }),
  },
  {
    route: 'PUT /api/cohorts/:id/sharing',
    does: 'change what the own organisation shares',
    allowed: ['admin'],
    status: 200,
    denied: (who) => (who === 'duo' || who === 'other duo' ? 403 : 404),
    request: () => ({ path: base('/sharing'), body: P1_SHARES }),
  },
  {
    route: 'PUT /api/cohorts/:id/participants',
    does: 'change who takes part for the own organisation',
    allowed: ['admin'],
    status: 200,
    denied: (who) => (who === 'duo' || who === 'other duo' ? 403 : 404),
    request: () => ({ path: base('/participants'), body: { participantIds: [P1.userIds.member, P1.userIds.coordinator] } }),
  },
  {
    route: 'POST /api/cohorts/:id/leave',
    does: 'leave a cohort',
    allowed: ['admin'],
    status: 204,
    denied: (who) => (who === 'duo' || who === 'other duo' ? 403 : 404),
    request: async () => ({ path: `/api/cohorts/${await freshCohort()}/leave`, body: {} }),
  },
  { route: 'GET /api/cohorts/:id/board', does: 'read the board', allowed: ['trainer'], status: 200, request: () => ({ path: base('/board') }) },
  ...(['plan.docx', 'interventions', 'kpis', 'survey-results'] as const).map((item): Case => ({
    route: `GET /api/cohorts/:id/participations/:participationId/${item === 'plan.docx' ? 'plan.:format' : item}`,
    does: `read P1's ${item}, shared with the trainers`,
    allowed: ['trainer'],
    status: 200,
    denied: 404,
    request: () => ({ path: base(`/participations/${C.p1}/${item}`) }),
  })),
  {
    route: 'PUT /api/cohorts/:id/retention',
    does: 'set how long the trainers keep what was shared',
    allowed: ['trainer'],
    status: 200,
    request: () => ({ path: base('/retention'), body: { retentionDays: 90 } }),
  },
  {
    route: 'GET /api/cohorts/:id/report.:format',
    does: 'download the cohort report',
    allowed: ['trainer'],
    status: 200,
    request: () => ({ path: base('/report.docx') }),
  },
  {
    route: 'GET /api/cohorts/:id/assignments/:assignmentId',
    does: 'read an assignment with what the caller may see of it',
    allowed: READERS as SignedIn[],
    status: 200,
    request: () => ({ path: base(`/assignments/${C.assignment}`) }),
  },
  {
    route: 'GET /api/cohorts/:id/assignments/:assignmentId/subgroups/proposal',
    does: 'propose subgroups',
    allowed: ['trainer'],
    status: 200,
    request: () => ({ path: base(`/assignments/${C.assignment}/subgroups/proposal`) }),
  },
  {
    route: 'PUT /api/cohorts/:id/assignments/:assignmentId/subgroups',
    does: 'form the subgroups',
    allowed: ['trainer'],
    status: 200,
    request: () => ({ path: base(`/assignments/${C.assignment}/subgroups`), body: { subgroups: [{ name: 'Tafel 1', participationIds: [C.p1, C.p2] }] } }),
  },
  {
    route: 'PUT /api/cohorts/:id/assignments/:assignmentId/submission',
    does: 'hand in the own organisation’s answer',
    allowed: ['duo', 'other duo'],
    status: 200,
    request: () => ({ path: base(`/assignments/${C.assignment}/submission`), body: { text: `Ons antwoord ${++serial}` } }),
  },
  {
    route: 'GET /api/cohorts/:id/assignments/:assignmentId/submissions/:participationId',
    does: "read P1's submission (P2 is in its subgroup)",
    allowed: READERS as SignedIn[],
    status: 200,
    request: () => ({ path: base(`/assignments/${C.assignment}/submissions/${C.p1}`) }),
  },
  {
    route: 'GET /api/cohorts/:id/sessions/:sessionId/preparation',
    does: 'see who prepared the session',
    allowed: ['trainer'],
    status: 200,
    request: () => ({ path: base(`/sessions/${C.session}/preparation`) }),
  },
  {
    route: 'GET /api/cohorts/:id/exchange',
    does: 'read the exchange',
    allowed: READERS as SignedIn[],
    status: 200,
    request: () => ({ path: base('/exchange') }),
  },
  {
    route: 'POST /api/cohorts/:id/exchange',
    does: 'publish an intervention',
    allowed: ['duo', 'other duo'],
    status: 201,
    request: () => ({ path: base('/exchange'), body: exchangeBody() }),
  },
  {
    route: 'DELETE /api/cohorts/:id/exchange/:itemId',
    does: "withdraw P1's published intervention",
    allowed: ['duo', 'admin'],
    status: 204,
    denied: 404,
    request: async () => ({ path: base(`/exchange/${await publishedByP1()}`) }),
  },
  {
    route: 'POST /api/cohorts/:id/exchange/:itemId/copy',
    does: "copy P1's published intervention into the own library",
    allowed: ['other duo'],
    status: 201,
    // P1 cannot copy its own; trainers read but copy nothing.
    denied: (who) => (who === 'duo' || who === 'admin' ? 400 : 403),
    request: async () => ({ path: base(`/exchange/${await publishedByP1()}/copy`), body: {} }),
  },
  {
    route: 'GET /api/cohorts/:id/roleplay',
    does: 'see that subgroups practised',
    allowed: ['trainer'],
    status: 200,
    request: () => ({ path: base('/roleplay') }),
  },
  {
    route: 'GET /api/cohorts/:id/subgroups/:subgroupId/roleplay',
    does: "see a subgroup's people and own rounds",
    allowed: ['duo', 'admin', 'other duo'],
    status: 200,
    denied: 404,
    request: () => ({ path: base(`/subgroups/${C.subgroup}/roleplay`) }),
  },
  {
    route: 'POST /api/cohorts/:id/subgroups/:subgroupId/roleplay',
    does: 'start a practice round in the own subgroup',
    allowed: ['duo', 'other duo'],
    status: 201,
    denied: (who) => (who === 'admin' ? 403 : 404),
    request: () => ({ path: base(`/subgroups/${C.subgroup}/roleplay`), body: { round: ++serial } }),
  },
  {
    route: 'GET /api/cohorts/:id/roleplay/:roundId',
    does: 'read the own view of a round one plays in',
    allowed: ['duo', 'other duo'],
    status: 200,
    denied: 404,
    request: () => ({ path: base(`/roleplay/${C.round}`) }),
  },
  {
    route: 'PUT /api/cohorts/:id/roleplay/:roundId/scores',
    does: 'score a round as its observer',
    allowed: ['other duo'],
    status: 200,
    denied: (who) => (who === 'duo' ? 403 : 404),
    request: () => ({ path: base(`/roleplay/${C.round}/scores`), body: SCORES }),
  },
  {
    route: 'PUT /api/cohorts/:id/roleplay/:roundId/share',
    does: 'show the scores to the trainers, as the interviewer',
    allowed: ['duo'],
    status: 200,
    denied: (who) => (who === 'other duo' ? 403 : 404),
    request: () => ({ path: base(`/roleplay/${C.round}/share`), body: { sharedWithTrainers: true } }),
  },
  {
    route: 'GET /api/cohorts/:id/participations/:participationId/worksheets/:key',
    does: "read P1's 2.3, shared with the trainers only",
    allowed: ['trainer'],
    status: 200,
    denied: 404,
    request: () => ({ path: base(`/participations/${C.p1}/worksheets/2.3`) }),
  },
  {
    route: 'GET /api/cohorts/:id/participations/:participationId/comments/:item',
    does: "read the feedback on P1's 2.3",
    allowed: ['trainer', 'duo', 'admin'],
    status: 200,
    denied: 404,
    request: () => ({ path: base(`/participations/${C.p1}/comments/2.3`) }),
  },
  {
    route: 'POST /api/cohorts/:id/participations/:participationId/comments/:item',
    does: "comment on P1's 2.3",
    allowed: ['trainer', 'duo', 'admin'],
    status: 201,
    denied: 404,
    request: () => ({ path: base(`/participations/${C.p1}/comments/2.3`), body: { body: `Goed begin ${++serial}` } }),
  },
];

/** Rows for the same routes that are about the data, not the route: what the cohort shares, and a share taken back. */
const SHARED_CASES: (Case & { extra: true })[] = [
  {
    extra: true,
    route: 'GET /api/cohorts/:id/participations/:participationId/worksheets/:key',
    does: "read P2's 2.3, shared with the whole cohort",
    allowed: ['trainer', 'duo', 'admin'],
    status: 200,
    denied: 404,
    request: () => ({ path: base(`/participations/${C.p2}/worksheets/2.3`) }),
  },
  {
    extra: true,
    route: 'GET /api/cohorts/:id/participations/:participationId/worksheets/:key',
    does: "read P2's 3.2, shared with the trainers and then taken back",
    allowed: [],
    status: 200,
    denied: 404,
    request: () => ({ path: base(`/participations/${C.p2}/worksheets/3.2`) }),
  },
  {
    extra: true,
    route: 'POST /api/cohorts/:id/participations/:participationId/comments/:item',
    does: "comment on P1's 3.2, which P1 does not share",
    allowed: ['duo', 'admin'],
    status: 201,
    denied: 404,
    request: () => ({ path: base(`/participations/${C.p1}/comments/3.2`), body: { body: 'Alleen voor ons' } }),
  },
];

function expectedStatus(c: Case, who: Caller): number {
  if (who === 'anonymous') return 401;
  if (c.allowed.includes(who)) return c.status;
  // Routes that name no cohort refuse everyone alike; the others hide the cohort from who may not read it.
  if (!c.route.includes(':id') || READERS.includes(who)) return typeof c.denied === 'function' ? c.denied(who) : (c.denied ?? 403);
  return 404;
}

const ERROR_OF: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'notFound', 400: 'exchangeCopyOwn' };

const SCORES = {
  scores: Object.fromEntries(['openQuestions', 'noLeading', 'asksExamples', 'neutral', 'coversFactors', 'closesProperly'].map((k) => [k, { score: 2 }])),
  factorsCovered: ['C-psy', 'C-phy', 'O-phy', 'O-soc', 'M-ref', 'M-aut'],
  notes: '',
};

beforeAll(async () => {
  t = await startTestApp({ logger: { level: 'error' } });
  [S, X, Y, P1, P2, P3] = [
    await t.organisation('Opleider'),
    await t.organisation('Andere opleider'),
    await t.organisation('Derde opleider'),
    await t.organisation('Zorggroep Een'),
    await t.organisation('Zorggroep Twee'),
    await t.organisation('Zorggroep Drie'),
  ];
  Object.assign(clients, {
    trainer: S.as.trainer,
    'training admin': S.as.admin,
    'other trainer': X.as.trainer,
    duo: P1.as.member,
    admin: P1.as.admin,
    viewer: P1.as.viewer,
    'other duo': P2.as.member,
    'other cohort': P3.as.member,
    outsider: X.as.admin,
  } satisfies Record<SignedIn, Client>);
  Object.assign(orgOf, {
    trainer: () => S,
    'training admin': () => S,
    'other trainer': () => X,
    duo: () => P1,
    admin: () => P1,
    viewer: () => P1,
    'other duo': () => P2,
    'other cohort': () => P3,
    outsider: () => X,
  } satisfies Record<SignedIn, () => TestOrganisation>);

  C.p1Programme = await programmeWithTeam(P1, 'Scherm vergrendelen');
  C.p2Programme = await programmeWithTeam(P2, 'Mail aan de juiste ontvanger');
  C.id = ok(await S.as.trainer.post('/api/cohorts', { name: 'Masterclass najaar' }), 201).id;
  C.session = ok(await S.as.trainer.post(base('/sessions'), sessionBody()), 201).id;
  C.assignment = ok(await S.as.trainer.post(base(`/sessions/${C.session}/assignments`), assignmentBody()), 201).id;
  const { code } = ok(await S.as.trainer.get(base()));
  C.p1 = ok(
    await P1.as.admin.post('/api/cohorts/join', { code, programmeId: C.p1Programme, participantIds: [P1.userIds.member, P1.userIds.coordinator] }),
    201,
  ).participationId;
  C.p2 = ok(await P2.as.admin.post('/api/cohorts/join', { code, programmeId: C.p2Programme, participantIds: [P2.userIds.member] }), 201).participationId;
  ok(await P1.as.admin.put(base('/sharing'), P1_SHARES));
  C.subgroup = ok(
    await S.as.trainer.put(base(`/assignments/${C.assignment}/subgroups`), { subgroups: [{ name: 'Tafel 1', participationIds: [C.p1, C.p2] }] }),
  ).subgroups[0].id;
  ok(await P1.as.member.put(base(`/assignments/${C.assignment}/submission`), { text: 'Ons eerste antwoord' }));
  C.round = ok(
    await P1.as.member.post(base(`/subgroups/${C.subgroup}/roleplay`), {
      interviewerId: P1.userIds.member,
      colleagueId: P1.userIds.coordinator,
      observerId: P2.userIds.member,
    }),
    201,
  ).id;
  ok(await P2.as.admin.put(base('/sharing'), sharesWith(['3.2'], ['2.3'])));
  ok(await P2.as.admin.put(base('/sharing'), sharesWith([], ['2.3'])));
  // P3 takes part in another cohort of the same training organisation.
  const other = ok(await S.as.trainer.post('/api/cohorts', { name: 'Masterclass voorjaar' }), 201).id;
  const otherCode = ok(await S.as.trainer.get(`/api/cohorts/${other}`)).code;
  ok(
    await P3.as.admin.post('/api/cohorts/join', {
      code: otherCode,
      programmeId: await programmeWithTeam(P3, 'Wachtwoorden'),
      participantIds: [P3.userIds.member],
    }),
    201,
  );
});
afterAll(() => t?.close());

describe('the table covers the masterclass', () => {
  it('every route under /api/cohorts has a row, and every row is a registered route', () => {
    const registered = t.routes.filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/cohorts')).map((r) => `${r.method} ${r.url}`);
    const listed = new Set(CASES.map((c) => c.route));
    expect(registered.filter((r) => !listed.has(r))).toEqual([]);
    expect([...listed].filter((r) => !registered.includes(r))).toEqual([]);
  });
});

const outcome = (status: number) => (status < 300 ? `may (${status})` : `may not (${status})`);

describe.each([...CASES, ...SHARED_CASES].map((c) => [`${c.route}: ${c.does}`, c] as const))('%s', (_, c) => {
  const [method] = c.route.split(' ') as [string];
  it.each(CALLERS.map((who) => [`${who} ${outcome(expectedStatus(c, who))}`, who, expectedStatus(c, who)] as const))('%s', async (_title, who, status) => {
    const request = await c.request(who);
    const client = who === 'anonymous' ? t.client() : clients[who].clone();
    const checked = method !== 'GET' && status >= 300;
    const before = checked ? await t.snapshot() : undefined;
    const reply = await client.request(method, request.path, request.body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(status);
    if (before) expect(await t.snapshot()).toEqual(before);
    if (status >= 400) expect(reply.body.error).toBe(ERROR_OF[status]);
    c.check?.(who, reply);
  });
});
