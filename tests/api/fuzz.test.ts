import { defaultRoleTable } from '#content/steps.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMeasurementPlan } from '#core/measurement/plan.js';
import { BASELINE_LEVELS, demoSurveyAnswers, demoSurveyDefinition } from '#server/modules/setup/demo-survey.js';
import { demoWorksheets } from '#server/modules/setup/demo-worksheets.js';
import { message } from '#server/i18n/messages.js';
import { SETUP_TOKEN_HEADER } from '#server/modules/transfer/routes.js';
import { MAX_JSON_DEPTH } from '#server/plugins/json-body.js';
import { ok, programmeWithTeam } from '../fixtures.js';
import { ALL_ROLES, TEST_PASSWORD, nextAddress, reportBreach, startTestApp, type Client, type Reply, type TestApp, type TestOrganisation } from './harness.js';

/**
 * A generic fuzz run over every route the app registers, driven by its OpenAPI description (made
 * from the routes' Zod schemas). From each body, query and path schema comes a valid-looking
 * sample, which is then broken one place at a time with a small fixed set of hostile values (OWASP
 * ASVS 5.1.3/5.1.4, 13.1.1): half a UTF-16 surrogate pair, NUL (which PostgreSQL text and jsonb
 * refuse), over-long text, the wrong type, JSON nested 10,000 deep or with 10,000 keys; and as a
 * whole: prototype-pollution keys, broken JSON, the wrong content type. Ids in paths are real, so
 * what passes validation reaches the services and the database. No answer may be a 5xx or take
 * longer than TIMEOUT_MS, and a 400 names the broken place. Deterministic: no randomness.
 *
 * To stay fast (a few seconds), a mutation is sent once to each distinct field schema (as far as
 * the mutation is concerned: a lone surrogate cares for patterns, not lengths). When that first
 * field refused it, the schema decides and the others are spared; when not, the field may matter,
 * and the mutation goes once more to such a field in each other operation. Fields the description
 * leaves open (a worksheet's `fields`, an export's JSON columns) always get every mutation, and of a
 * list only the first item is broken. The import runs on a second, new installation: only there
 * does it get past its set-up token to its body, and its sample is refused only at the very end.
 */

/** Per request: a refusal takes milliseconds, so this only catches a hang. */
const TIMEOUT_MS = 5_000;
/** Requests in flight at once: overlaps HTTP with the database on a small machine. */
const CONCURRENCY = 4;
const DEPTH = 10_000;
const MANY_KEYS = 10_000;
const UNKNOWN_ID = '7d1f3c52-9a4e-4b8e-8f0e-2c6d5a4b3e21';

/** The part of JSON Schema, as @fastify/swagger writes our Zod schemas, that the samples need. */
interface Schema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  enum?: unknown[];
  anyOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
}
interface Operation {
  requestBody?: { content: { 'application/json': { schema: Schema } } };
  parameters?: { in: 'path' | 'query'; name: string; schema: Schema }[];
}

/** Strings that fit the patterns our schemas use; the first that fits is the sample (long enough for a password). */
const PATTERN_SAMPLES = ['Een voorbeeldtekst', 'abcdefghij12', 'abcdefghijklmnopqrstuvwxyz0123456789', 'Tekst', '2026-03', '12345678', '06 12345678', '5.1'];
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2026-03-28T09:15:00+01:00',
  date: '2027-03-01',
  uuid: UNKNOWN_ID,
  email: 'iemand@example.org',
  uri: 'https://login.example.org/realms/zorg',
};

/** A schema nothing is known about: `{}` (z.unknown()) or a reference OpenAPI leaves empty. */
const isOpen = (s: Schema) => !s.type && !s.enum && !s.anyOf && !s.allOf;

/** The alternative a sample takes: of a union the first that is not a fixed value (`''` or a form's literal). */
function chosen(s: Schema): Schema {
  if (s.anyOf) return chosen(s.anyOf.find((o) => !o.enum) ?? s.anyOf[0]!);
  if (s.allOf && s.type !== 'string') return chosen(s.allOf[0]!);
  return s;
}

/** `variant` tells the items of a list apart, where ids and choices must be unique. */
function sampleString(s: Schema, variant: number): string {
  if (s.format && FORMAT_SAMPLES[s.format]) return FORMAT_SAMPLES[s.format]!;
  const patterns = [s, ...(s.allOf ?? [])].flatMap((part) => (part.pattern ? [new RegExp(part.pattern, 'u')] : []));
  const fits = (text: string) => text.length >= (s.minLength ?? 0) && text.length <= (s.maxLength ?? Infinity) && patterns.every((p) => p.test(text));
  return PATTERN_SAMPLES.flatMap((text) => (variant ? [`${text}${variant}`, text] : [text])).find(fits) ?? 'x'.repeat(s.minLength ?? 1);
}

/** A value of the schema's types, formats and bounds (its refinements may need a seed, below). */
function sample(schema: Schema, variant = 0): unknown {
  const s = chosen(schema);
  // An optional reference to another object: an unknown id would only be refused.
  if (s.nullable && s.format === 'uuid') return null;
  if (s.enum) return s.enum[variant % s.enum.length];
  switch (s.type) {
    case 'object': {
      const value = Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, variant)]));
      return typeof s.additionalProperties === 'object' ? { ...value, k1: sample(s.additionalProperties, variant) } : value;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, (_, i) => sample(s.items ?? {}, variant + i));
    case 'string':
      return sampleString(s, variant);
    case 'number':
    case 'integer':
      return Math.max(s.minimum ?? 1, Math.min(s.maximum ?? 1, 1));
    case 'boolean':
      return false;
    default:
      return {};
  }
}

/** The schema of a part of a value; inside an open schema everything is open. */
function childSchema(parent: Schema, key: string | number): Schema {
  const s = chosen(parent);
  if (isOpen(s)) return {};
  if (s.type === 'array') return s.items ?? {};
  return s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : {});
}

type Path = (string | number)[];
interface Place {
  at: Path;
  value: unknown;
  schema: Schema;
  /** Under a part the description leaves open: what checks it is not in view. */
  open: boolean;
}

/** Every place in a value but the root, with its schema; of a list or record only the first item (they share a schema). */
function places(value: unknown, schema: Schema, at: Path = [], open = false): Place[] {
  const s = chosen(schema);
  const inside = open || isOpen(s);
  const here = at.length ? [{ at, value, schema, open: inside }] : [];
  if (!value || typeof value !== 'object') return here;
  const record = !s.properties && typeof s.additionalProperties === 'object';
  const parts = Array.isArray(value)
    ? value.slice(0, 1).map((v, i): [string | number, unknown] => [i, v])
    : Object.entries(value).slice(0, record ? 1 : undefined);
  return [...here, ...parts.flatMap(([key, v]) => places(v, childSchema(schema, key), [...at, key], inside))];
}

/** The value as JSON text with `raw` (JSON text) at `at`: a 10,000-deep value is too deep for JSON.stringify. */
function jsonWith(value: unknown, at: Path, raw: string): string {
  const MARK = '\u0001fuzz\u0001';
  const put = (v: unknown, rest: Path): unknown => {
    if (!rest.length) return MARK;
    const copy: any = Array.isArray(v) ? [...v] : { ...(v as object) };
    copy[rest[0]!] = put(copy[rest[0]!], rest.slice(1));
    return copy;
  };
  return JSON.stringify(put(value, at)).replace(JSON.stringify(MARK), raw);
}

/** Which parts of a schema decide whether it refuses a kind of mutation: the key that groups places. */
const TYPE_FACETS = ['type', 'nullable', 'enum', 'anyOf', 'allOf'];
const TEXT_FACETS = [...TYPE_FACETS, 'pattern', 'format'];
const SHAPE_FACETS = [...TYPE_FACETS, 'additionalProperties', 'items'];
function facets(s: unknown, keep: string[]): unknown {
  if (Array.isArray(s)) return s.map((o) => facets(o, keep));
  if (!s || typeof s !== 'object') return s;
  return Object.fromEntries(keep.filter((k) => k in s).map((k) => [k, facets((s as Record<string, unknown>)[k], keep)]));
}

/** JSON text of a value nested DEPTH deep. */
const DEEP_ARRAYS = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const DEEP_OBJECTS = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const MANY = `{${Array.from({ length: MANY_KEYS }, (_, i) => `"k${i}":${i}`).join(',')}}`;

interface Mutation {
  name: string;
  /** The value, as JSON text (for the place's schema). */
  raw: string | ((s: Schema) => string);
  /** Only where a string was. */
  text?: true;
  /** Not where a value of this kind was. */
  not?: string;
  /**
   * Only where a value of any shape may go (open, or a record): elsewhere the first level is
   * refused already, as the wrong-type mutations show. The body as a whole gets them too.
   */
  anyShape?: true;
  facets: string[];
  /** Whether a schema refuses it at the place itself (then the 400 must name the place). */
  refusedBy: (s: Schema) => boolean;
}
const options = (s: Schema): Schema[] => (s.anyOf ? s.anyOf.flatMap(options) : [s]);
const hasPattern = (s: Schema) => Boolean(s.pattern || s.format || s.enum || s.allOf?.some(hasPattern));
/** Refused unless some alternative of the schema is of this kind (or open). */
const notOfKind = (kind: string) => (s: Schema) =>
  !options(s).some(
    (o) => isOpen(o) || (kind === 'null' ? o.nullable || o.enum?.includes(null) : o.type === kind || (kind === 'number' && o.type === 'integer')),
  );

const MUTATIONS: Mutation[] = [
  { name: 'lone high surrogate', raw: '"\\ud800"', text: true, facets: TEXT_FACETS, refusedBy: (s) => options(s).every(hasPattern) },
  { name: 'lone low surrogate', raw: '"a\\udfffb"', text: true, facets: TEXT_FACETS, refusedBy: (s) => options(s).every(hasPattern) },
  { name: 'NUL', raw: '"voor\\u0000na"', text: true, facets: TEXT_FACETS, refusedBy: (s) => options(s).every(hasPattern) },
  // One character over the limit, or over anything a field without one should take.
  {
    name: 'too long text',
    raw: (s) => JSON.stringify('x'.repeat((chosen(s).maxLength ?? 60_000) + 1)),
    text: true,
    facets: [...TEXT_FACETS, 'maxLength'],
    refusedBy: (s) => chosen(s).maxLength !== undefined,
  },
  ...(['number', 'string', 'object', 'array', 'null'] as const).map((kind) => ({
    name: kind,
    raw: { number: '42', string: '"tekst"', object: '{"a":1}', array: '[1]', null: 'null' }[kind],
    not: kind,
    facets: TYPE_FACETS,
    refusedBy: notOfKind(kind),
  })),
  { name: `arrays ${DEPTH} deep`, raw: DEEP_ARRAYS, anyShape: true, facets: SHAPE_FACETS, refusedBy: () => true },
  { name: `objects ${DEPTH} deep`, raw: DEEP_OBJECTS, anyShape: true, facets: SHAPE_FACETS, refusedBy: () => true },
  {
    name: `${MANY_KEYS} keys`,
    raw: MANY,
    anyShape: true,
    facets: SHAPE_FACETS,
    refusedBy: (s) => options(s).every((o) => o.type !== 'object' || o.additionalProperties === false) && notOfKind('object')(s),
  },
];
const takesAnyShape = (s: Schema) => options(s).some((o) => isOpen(chosen(o)) || typeof chosen(o).additionalProperties === 'object');
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

interface Case {
  name: string;
  method: string;
  /** The operation's path as the description has it; `path` is what is sent. */
  route: string;
  path: string;
  client: () => Client;
  body?: string;
  headers?: Record<string, string>;
  /** The place that was broken, which a 400 must name when `named`. */
  field?: string;
  named?: boolean;
  /** Cases with one key are alike: the first is sent, the others as the comment at the top says. */
  key?: string;
}

type Base = Pick<Case, 'method' | 'route' | 'path' | 'client' | 'headers'>;

/** Each place of the body broken on its own. */
function fieldCases(base: Base, body: unknown, schema: Schema): Case[] {
  return places(body, schema).flatMap(({ at, value, schema: s, open }) =>
    MUTATIONS.filter((m) => (m.text ? typeof value === 'string' : m.not !== kind(value)) && (!m.anyShape || open || takesAnyShape(s))).map((m) => ({
      ...base,
      name: `${base.method} ${base.path} ${at.join('.')}: ${m.name}`,
      body: jsonWith(body, at, typeof m.raw === 'string' ? m.raw : m.raw(s)),
      field: at.join('.'),
      named: !open && m.refusedBy(s),
      key: open ? undefined : `${m.name} ${JSON.stringify(facets(s, m.facets))}`,
    })),
  );
}

/**
 * The body as a whole (sent as a member, on public routes by a stranger): of the wrong shape, with
 * prototype-pollution keys, broken, of the wrong content type. What the JSON parser decides is
 * alike per installation (the import, on an installation of its own, has a parser of its own).
 */
function wholeBodyCases(base: Base, body: unknown, schema: Schema): Case[] {
  const json = JSON.stringify(body);
  const rest = json === '{}' ? '}' : `,${json.slice(1)}`;
  const parser = base.client().baseUrl;
  const all: [string, string, string, string?][] = [
    ...MUTATIONS.filter((m) => !m.text && m.not !== 'null' && m.not !== kind(body)).map((m): [string, string, string] => [
      m.name,
      m.raw as string,
      JSON.stringify(facets(schema, m.facets)),
    ]),
    ['__proto__', `{"__proto__":{"isAdmin":true}${rest}`, parser],
    ['constructor.prototype', `{"constructor":{"prototype":{"isAdmin":true}}${rest}`, parser],
    ['broken JSON', json.slice(0, -1), parser],
    ['trailing comma', `${json.slice(0, -1)}${json === '{}' ? '' : ','}"a":1,}`, parser],
    ['as text/plain', json, parser, 'text/plain'],
    ['as a form', json, parser, 'application/x-www-form-urlencoded'],
    ['as UTF-16', json, parser, 'application/json; charset=utf-16'],
  ];
  return all.map(([name, text, key, type]) => ({
    ...base,
    name: `${base.method} ${base.path} body ${name}`,
    body: text,
    headers: type ? { ...base.headers, 'content-type': type } : base.headers,
    key: `body ${name} ${key}`,
  }));
}

/** Values in a URL, percent-encoded as a browser sends them; %ED%A0%80 is half a surrogate pair in (WTF-)8 bytes. */
const URL_MUTATIONS: [string, string][] = [
  ['lone surrogate', '%ED%A0%80'],
  ['NUL', 'voor%00na'],
  ['broken escape', '%E0%A4%A'],
  ['very long', 'x'.repeat(4_000)],
];

function queryCases(base: Base, parameters: { name: string; schema: Schema }[]): Case[] {
  const valid = parameters.filter((p) => !isOpen(p.schema)).map((p) => `${p.name}=${encodeURIComponent(String(sample(p.schema)))}`);
  const withQuery = (name: string, pairs: string[], p?: { name: string; schema: Schema }) => ({
    ...base,
    name: `${base.method} ${base.path} ?${p ? `${p.name}: ` : ''}${name}`,
    path: `${base.path}?${pairs.join('&')}`,
    field: p?.name,
    key: p && `?${name} ${JSON.stringify(facets(p.schema, TEXT_FACETS))}`,
  });
  return [
    ...parameters.flatMap((p) => {
      const others = valid.filter((v) => !v.startsWith(`${p.name}=`));
      return [
        ...URL_MUTATIONS.map(([name, value]) => withQuery(name, [...others, `${p.name}=${value}`], p)),
        withQuery('repeated', [...others, `${p.name}=1`, `${p.name}=2`], p),
      ];
    }),
    withQuery('__proto__', [...valid, '__proto__[isAdmin]=1', 'constructor[prototype][isAdmin]=1']),
  ];
}

const fill = (url: string, values: Record<string, string>) => url.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);

/** Each path parameter broken in turn, the others real. */
function pathCases(base: Base, url: string, real: Record<string, string>, params: { name: string; schema: Schema }[]): Case[] {
  return params.flatMap((p) =>
    URL_MUTATIONS.map(([name, value]) => ({
      ...base,
      name: `${base.method} ${url} :${p.name}: ${name}`,
      path: fill(url, { ...real, [p.name]: value }),
      field: p.name,
      key: `:${name} ${JSON.stringify(facets(p.schema, TEXT_FACETS))}`,
    })),
  );
}

let t: TestApp;
/** A new installation, not yet set up: only there does an import get past its set-up token to its body. */
let fresh: TestApp;
let setupToken: string;
let A: TestOrganisation;
/** One account with every role, so each service lets the request through to its real work. */
let everything: Client;
let doc: { paths: Record<string, Record<string, Operation>> };
/** Real ids and slugs, by the path segment before the parameter and its name. */
const ids: Record<string, string> = {};
const WORKSHEET_KEY = '2.1';

const CHECK_DEFINITION = { scenarios: ['breach-wrong-gp'], departments: [] };
const SURVEY_GROUPS = demoSurveyDefinition.groups.map(() => null);

/**
 * Valid values where a sample of the schema is not enough: parts the description leaves open (a
 * worksheet's fields depend on its key, answers on the survey) and rules across fields.
 */
const SEEDS: Record<string, (sample: any) => unknown> = {
  'POST /api/setup': (v) => ({ ...v, password: TEST_PASSWORD }),
  // Refused only at the very end (the password holds the name), so no mutation completes the import.
  'POST /api/organisation/import': (v) => ({
    ...v,
    name: 'Nieuwe beheerder',
    password: 'Nieuwe beheerder 2026',
    document: {
      ...v.document,
      // Released results go only with a closed round: none on the sample's.
      knowledgeChecks: v.document.knowledgeChecks.map((c: object) => ({ ...c, definition: CHECK_DEFINITION, releasedResults: null })),
      // Answers and tallies that fit their survey's or check's definition.
      surveys: v.document.surveys.map((s: object) => ({ ...s, definition: demoSurveyDefinition, releasedResults: null })),
      surveyTallies: v.document.surveyTallies.map((t: object) => ({
        ...t,
        groups: SURVEY_GROUPS,
        counts: Array(demoSurveyDefinition.items.length * demoSurveyDefinition.scale).fill(0),
      })),
      surveyResponses: v.document.surveyResponses.map((r: object) => ({ ...r, groups: SURVEY_GROUPS, answers: demoSurveyDefinition.items.map(() => 1) })),
      knowledgeCheckTallies: v.document.knowledgeCheckTallies.map((t: object) => ({ ...t, department: '', answers: [0] })),
      knowledgeCheckResponses: v.document.knowledgeCheckResponses.map((r: object) => ({ ...r, department: '', answers: [0] })),
      measurementPlans: v.document.measurementPlans.map((p: object) => ({ ...p, plan: emptyMeasurementPlan() })),
      stepRoleTables: v.document.stepRoleTables.map((r: object) => ({ ...r, step: 4, roles: defaultRoleTable(4) })),
    },
  }),
  'POST /api/knowledge': (v) => ({ ...v, definition: CHECK_DEFINITION }),
  'PUT /api/knowledge/{id}': (v) => ({ ...v, definition: CHECK_DEFINITION }),
  'POST /api/public/knowledge/{slug}/responses': () => ({ answers: { 'breach-wrong-gp': 1 }, department: null }),
  'POST /api/public/surveys/{slug}/responses': () => demoSurveyAnswers(BASELINE_LEVELS, 1)[0]!,
  'PUT /api/breaches/{id}/register': (v) => ({ ...v, personalDataInvolved: true, recipientIntent: null }),
  'POST /api/programmes/{id}/kpis': (v) => ({ ...v, baseline: 1, target: 2, measures: null }),
  'PUT /api/programmes/{id}/kpis/{kpiId}': (v) => ({ ...v, baseline: 1, target: 2, measures: null }),
  // No KPI to name, no decision before a 1-meting, the 1-meting after the 0-meting.
  'PUT /api/programmes/{id}/measurement-plan': (v) => ({
    ...v,
    outcomeKpiId: null,
    decision: null,
    baselinePlannedOn: '2027-01-10',
    followUpPlannedOn: '2027-06-10',
  }),
  // One accountable party, each role once.
  'PUT /api/programmes/{id}/role-tables/{step}': () => defaultRoleTable(4),
  'POST /api/programmes/{id}/interventions': (v) => ({ ...v, barrierIds: [] }),
  'PUT /api/programmes/{id}/interventions/{candidateId}': (v) => ({ ...v, barrierIds: [] }),
  'PUT /api/programmes/{id}/substeps/{key}/worksheet': (v) => ({
    ...v,
    fields: demoWorksheets({ coordinatorId: A.userIds.coordinator, memberId: A.userIds.member })[WORKSHEET_KEY],
  }),
};

const bodySchemaOf = (method: string, url: string) => doc.paths[url]?.[method.toLowerCase()]?.requestBody?.content['application/json'].schema;

/** The valid-looking body of an operation that the mutations take apart. */
function skeletonOf(method: string, url: string): unknown {
  const value = sample(bodySchemaOf(method, url)!);
  return SEEDS[`${method} ${url}`]?.(value) ?? value;
}

beforeAll(async () => {
  [t, fresh] = await Promise.all([startTestApp(), startTestApp()]);
  setupToken = (await fresh.services.setup.createSetupLink('http://localhost'))!.split('#token=')[1]!;
  A = await t.organisation('Zorggroep Fuzz');
  const { id: everyoneId } = await t.database.db.transaction((tx) =>
    t.services.users.createActive(tx, {
      organisationId: A.id,
      email: 'alles@test.wegwijs.invalid',
      name: 'Alle rollen',
      roles: [...ALL_ROLES],
      password: TEST_PASSWORD,
    }),
  );
  everything = await t.client().login('alles@test.wegwijs.invalid', TEST_PASSWORD);
  const described = await t.client().get('/api/docs/openapi.json');
  expect(described.status).toBe(200);
  doc = described.body;

  /** Makes an object through the API from its own skeleton. */
  const create = async (url: string, values: Record<string, string> = {}) => {
    const reply = await everything.post(fill(url, values), skeletonOf('POST', url));
    expect(reply.status, `${url}: ${JSON.stringify(reply.body)}`).toBe(201);
    return reply.body;
  };
  const programme = (await create('/api/programmes')).programme.id as string;
  const P = { id: programme };
  await everything.post(`/api/programmes/${programme}/members`, { userId: A.userIds.member });
  const survey = (await everything.post(`/api/programmes/${programme}/surveys`, { title: 'Open meting', linkEnabled: true, definition: demoSurveyDefinition }))
    .body;
  await everything.post(`/api/programmes/${programme}/surveys/${survey.id}/open`, {});
  const check = (await create('/api/knowledge')).id;
  const kpi = (await create('/api/programmes/{id}/kpis', P)).id;
  Object.assign(ids, {
    'programmes/id': programme,
    'members/userId': A.userIds.member,
    'substeps/key': WORKSHEET_KEY,
    'surveys/surveyId': survey.id,
    'public/surveys/slug': survey.publicSlug,
    'interventions/candidateId': (await create('/api/programmes/{id}/interventions', P)).id,
    'library/id': (await create('/api/interventions/library')).id,
    'actions/actionId': (await create('/api/programmes/{id}/actions', P)).id,
    'communication/itemId': (await create('/api/programmes/{id}/communication', P)).id,
    'checkins/checkinId': (await create('/api/programmes/{id}/checkins', P)).id,
    'kpis/kpiId': kpi,
    'role-tables/step': '4',
    'measurements/measurementId': (await create('/api/programmes/{id}/kpis/{kpiId}/measurements', { ...P, kpiId: kpi })).id,
    'anchoring/itemId': (await create('/api/programmes/{id}/anchoring', P)).id,
    'users/id': A.userIds.viewer,
    'knowledge/id': check,
    'public/knowledge/slug': (await everything.post(`/api/knowledge/${check}/open`, {})).body.publicSlug,
    'breach-report/slug': (await everything.get('/api/organisation')).body.organisation.breachSlug,
    'breaches/id': await reportBreach(t, A, skeletonOf('POST', '/api/public/breach-report/{slug}')),
    'invitations/token': 'x'.repeat(43),
    'sso/organisation': 'zorggroep-fuzz',
  });

  // The masterclass: T's cohort, in which A (the account with every role in its duo) and B take part;
  // B shares with the cohort, and a round of interview practice runs in their subgroup.
  const [T, B] = [await t.organisation('Opleider Fuzz'), await t.organisation('Zorggroep B')];
  const inFuture = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const cohort = ok(await T.as.trainer.post('/api/cohorts', { name: 'Masterclass' }), 201).id as string;
  const C = `/api/cohorts/${cohort}`;
  const session = ok(await T.as.trainer.post(`${C}/sessions`, { title: 'Stap 3', startsAt: inFuture, minutes: 120, steps: [3] }), 201).id as string;
  const assignment = ok(
    await T.as.trainer.post(`${C}/sessions/${session}/assignments`, { title: 'Opdracht', instructions: '', dueDate: inFuture.slice(0, 10) }),
    201,
  ).id as string;
  const { code } = ok(await T.as.trainer.get(C));
  const join = (client: Client, programmeId: string, participantIds: string[]) =>
    client.post('/api/cohorts/join', { code, programmeId, participantIds }).then((reply) => ok(reply, 201).participationId as string);
  const ours = await join(everything, programme, [everyoneId, A.userIds.member]);
  const theirs = await join(B.as.coordinator, await programmeWithTeam(B, 'Traject B'), [B.userIds.coordinator]);
  const scopes = ['progress', 'checkins', 'plan', 'interventions', 'kpis', 'surveyResults'];
  ok(await B.as.admin.put(`${C}/sharing`, { trainers: { scopes: [], worksheets: [] }, cohort: { scopes, worksheets: [WORKSHEET_KEY] } }));
  const subgroups = { subgroups: [{ name: 'Groep 1', participationIds: [ours, theirs] }] };
  const subgroup = ok(await T.as.trainer.put(`${C}/assignments/${assignment}/subgroups`, subgroups)).subgroups[0].id as string;
  const people = { interviewerId: everyoneId, colleagueId: B.userIds.coordinator, observerId: A.userIds.member };
  const exchange = {
    title: 'Sticker op het scherm',
    setting: 'vvt',
    targetBehaviour: 'screen-locking',
    behaviour: 'Scherm vergrendelen',
    barrier: 'M-aut',
    whatWeDid: 'Een sticker op elk scherm.',
    functions: ['environmentalRestructuring'],
    effort: 'low',
  };
  Object.assign(ids, {
    'cohorts/id': cohort,
    'sessions/sessionId': session,
    'assignments/assignmentId': assignment,
    // Another organisation's: what it shares is read across organisations.
    'participations/participationId': theirs,
    'submissions/participationId': ours,
    'comments/item': 'plan',
    'subgroups/subgroupId': subgroup,
    'roleplay/roundId': ok(await everything.post(`${C}/subgroups/${subgroup}/roleplay`, people), 201).id,
    'exchange/itemId': ok(await B.as.coordinator.post(`${C}/exchange`, exchange), 201).id,
  });
});
afterAll(() => Promise.all([t?.close(), fresh?.close()]));

/** Public routes are fuzzed as a stranger; the rest as the account with every role, the body as a whole as a member. */
const PUBLIC = /^\/api\/(public\/|auth\/login|auth\/sso\/|setup|invitations\/)/;

/** Every route the app registered, with real values for its path parameters. */
function operations() {
  return t.routes
    .filter((r) => r.method !== 'HEAD')
    .map((r) => {
      const url = r.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[url]?.[r.method.toLowerCase()];
      if (!op) throw new Error(`${r.method} ${r.url} is not in the OpenAPI description`);
      const params = (op.parameters ?? []).filter((p) => p.in === 'path');
      const segments = url.split('/');
      const real = Object.fromEntries(
        params.map((p) => {
          const before = segments[segments.indexOf(`{${p.name}}`) - 1];
          const value = ids[`${before}/${p.name}`] ?? ids[`${segments[2]}/${before}/${p.name}`] ?? (p.schema.enum && String(p.schema.enum[0]));
          if (value === undefined) throw new Error(`no real value for ${r.method} ${r.url} :${p.name}`);
          return [p.name, value];
        }),
      );
      // A fresh address per request: per-address rate limits would otherwise answer 429 before validation.
      const client = PUBLIC.test(url) ? () => t.client() : () => everything.clone({ address: nextAddress() });
      const member = PUBLIC.test(url) ? client : () => A.as.member.clone({ address: nextAddress() });
      const base: Base = { method: r.method, route: url, path: fill(url, real), client };
      if (`${r.method} ${url}` === 'POST /api/organisation/import')
        return {
          method: r.method,
          url,
          op,
          params,
          real,
          base: { ...base, client: () => fresh.client(), headers: { [SETUP_TOKEN_HEADER]: setupToken } },
          member: () => fresh.client(),
        };
      return { method: r.method, url, op, params, real, base, member };
    });
}

function casesOf({ method, url, op, params, real, base, member }: ReturnType<typeof operations>[number]): Case[] {
  const schema = bodySchemaOf(method, url);
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  const body = schema && skeletonOf(method, url);
  return [
    ...(schema ? [...fieldCases(base, body, schema), ...wholeBodyCases({ ...base, client: member }, body, schema)] : []),
    ...(query.length ? queryCases(base, query) : []),
    ...pathCases(
      base,
      url,
      real,
      params.filter((p) => !p.schema.enum),
    ),
  ];
}

async function send(c: Base & Pick<Case, 'body'>): Promise<Reply | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
  try {
    return await Promise.race([c.client().request(c.method, c.path, c.body, c.headers), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a 400 names the place (or a part of it, or the list or object it is in). */
const names = (reply: Reply, field: string) =>
  (reply.body?.fields ?? []).some((f: { field: string }) => f.field === field || f.field.startsWith(`${field}.`) || field.startsWith(`${f.field}.`));

/** Refused because of the value at the place: a 4xx naming it, or one from the router or parser (no fields); any 4xx for the body as a whole. */
const refusedThere = (reply: Reply | 'timeout', field: string | undefined) =>
  reply !== 'timeout' && reply.status >= 400 && reply.status < 500 && (field === undefined || !reply.body?.fields || names(reply, field));

async function inParallel<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<Map<T, R>> {
  const results = new Map<T, R>();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        results.set(item, await work(item));
      }
    }),
  );
  return results;
}

describe('fuzzing every route', () => {
  it('starts from samples that pass validation', async () => {
    // Only bodies with fields: an empty one would log out, delete or open for real.
    const withFields = operations().filter((o) => Object.keys(bodySchemaOf(o.method, o.url)?.properties ?? {}).length);
    const replies = await inParallel(withFields, (o) => send({ ...o.base, body: JSON.stringify(skeletonOf(o.method, o.url)) }));
    const refused = [...replies].filter(([, r]) => r === 'timeout' || r.status >= 500 || r.body?.error === 'validation');
    expect(refused.map(([o, r]) => `${o.method} ${o.url}: ${r === 'timeout' ? r : JSON.stringify(r.body)}`)).toEqual([]);
  });

  it('never answers 5xx, never hangs, and a 400 names the broken field', async () => {
    const cases = operations().flatMap(casesOf);
    const first = new Map<string, Case>();
    for (const c of cases) if (c.key && !first.has(c.key)) first.set(c.key, c);
    const replies = await inParallel(
      cases.filter((c) => !c.key || first.get(c.key) === c),
      send,
    );
    // Not refused at the field: the field may matter, so once more in each other operation.
    const tried = new Set([...first.values()].map((c) => `${c.key} ${c.method} ${c.route}`));
    const repeated = cases.filter((c) => {
      if (!c.key || tried.has(`${c.key} ${c.method} ${c.route}`)) return false;
      const earlier = first.get(c.key)!;
      if (refusedThere(replies.get(earlier)!, earlier.field)) return false;
      tried.add(`${c.key} ${c.method} ${c.route}`);
      return true;
    });
    for (const [c, reply] of await inParallel(repeated, send)) replies.set(c, reply);

    const failures = [...replies].flatMap(([c, reply]) => {
      if (reply === 'timeout') return [`${c.name}: no answer within ${TIMEOUT_MS} ms`];
      const said = `${reply.status} ${JSON.stringify(reply.body)?.slice(0, 300)}`;
      if (reply.status >= 500) return [`${c.name}: ${said}`];
      if (c.named && reply.status === 400 && !names(reply, c.field!)) return [`${c.name}: does not name ${c.field}: ${said}`];
      if (c.named && reply.status < 400) return [`${c.name}: accepted: ${said}`];
      return [];
    });
    expect(failures).toEqual([]);
  }, 60_000);
});

describe('JSON nesting', () => {
  /** A body whose `name` holds objects nested until the body has `levels` levels. */
  const nestedName = (levels: number) => `{"name":${'{"a":'.repeat(levels - 2)}{}${'}'.repeat(levels - 2)}}`;

  it(`is refused beyond ${MAX_JSON_DEPTH} levels by the parser, naming where, in the user's language`, async () => {
    for (const locale of ['nl', 'en'] as const) {
      const reply = await everything.clone({ locale, address: nextAddress() }).request('PATCH', '/api/auth/me', nestedName(MAX_JSON_DEPTH + 1));
      expect([reply.status, reply.body.error, reply.body.message]).toEqual([400, 'nestedTooDeep', message('nestedTooDeep', locale, { max: MAX_JSON_DEPTH })]);
      expect(reply.body.fields.map((f: { field: string }) => f.field)).toEqual([['name', ...Array(MAX_JSON_DEPTH - 1).fill('a')].join('.')]);
    }
  });

  it(`is up to the route's own schema at ${MAX_JSON_DEPTH} levels`, async () => {
    const reply = await everything.clone({ address: nextAddress() }).request('PATCH', '/api/auth/me', nestedName(MAX_JSON_DEPTH));
    expect([reply.status, reply.body.error, reply.body.fields.map((f: { field: string }) => f.field)]).toEqual([400, 'validation', ['name']]);
  });
});
