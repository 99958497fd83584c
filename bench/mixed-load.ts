/**
 * The load generator of bench/mixed.ts, run in its own process so that it does not share an event
 * loop with anything it measures. Reads a MixedLoad as JSON from argv[2], runs one autocannon for
 * the whole mix and prints a MixedResult as JSON.
 *
 * Connections go round-robin over the URLs (autocannon gives connection i URL i mod n), in rounds
 * of one connection per URL; in every `coordinatorEvery`-th round the connections are
 * coordinators, in the others staff answering the survey, so each URL gets the same mix. A
 * coordinator connection is one logged-in coordinator (cookie and CSRF token) working in their own
 * programme: read it, read sub-step 2.3, save its worksheet (on the version just read, as the web
 * app does), list the actions, add one; and round again.
 */
import { createRequire } from 'node:module';
import type { WorksheetFields } from '#core/worksheets/index.js';

export interface CoordinatorSession {
  cookie: string;
  csrfToken: string;
  programmeId: string;
}

export interface MixedLoad {
  urls: string[];
  seconds: number;
  connections: number;
  coordinatorEvery: number;
  answerPath: string;
  answerBody: string;
  coordinators: CoordinatorSession[];
}

export const KINDS = ['answer', 'programme', 'substep', 'worksheet', 'actions', 'action'] as const;
export type Kind = (typeof KINDS)[number];

export interface KindResult {
  responses: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Responses other than 2xx, by status code. */
  failed: Record<string, number>;
}

export interface MixedResult {
  seconds: number;
  kinds: Record<Kind, KindResult>;
  /** Responses per URL, to show the spread over the instances. */
  perUrl: Record<string, number>;
  /** Connection errors and timeouts (no response at all). */
  errors: number;
  timeouts: number;
  /** Survey answers acknowledged with 201: each must be stored. */
  acknowledgedAnswers: number;
}

// The worksheet of sub-step 2.3 as tests/api/worksheets.test.ts saves it.
const target: WorksheetFields<'2.3'> = {
  targetGroup: 'Verpleegkundigen',
  departments: 'Cardiologie',
  professions: '',
  size: 90,
  action: 'controleren de geadresseerde',
  when: 'voordat ze een e-mail met patiëntgegevens versturen',
  where: 'op de afdeling',
  howOften: 'bij elke e-mail naar buiten',
  withWhat: '',
  currentSituation: '',
  desiredSituation: 'Geen e-mail meer aan de verkeerde ontvanger.',
};
const action = JSON.stringify({
  title: 'Teamoverleg: geadresseerde controleren',
  description: '',
  candidateId: null,
  owner: { userId: null, name: 'Teamleider' },
  due: null,
  status: 'todo',
  channel: 'teamoverleg',
});

interface Request {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: Request) => Request;
  onResponse?: (status: number, body: string) => void;
}
interface Client {
  opts: { origin: string };
  setRequests(requests: Request[]): void;
}

/** A coordinator's round; `answered` learns which request the next response belongs to. */
function coordinatorRound(session: CoordinatorSession, answered: (kind: Kind) => void): Request[] {
  const base = `/api/programmes/${session.programmeId}`;
  const read = { cookie: session.cookie };
  const write = { ...read, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  let version = 0;
  const step = (kind: Kind, request: Request, onResponse?: (body: string) => void): Request => ({
    ...request,
    onResponse: (status, body) => {
      answered(kind);
      if (onResponse && status < 300) onResponse(body);
    },
  });
  return [
    step('programme', { method: 'GET', path: base, headers: read }),
    step('substep', { method: 'GET', path: `${base}/substeps/2.3`, headers: read }, (body) => (version = JSON.parse(body).worksheet?.version ?? 0)),
    step('worksheet', {
      method: 'PUT',
      path: `${base}/substeps/2.3/worksheet`,
      headers: write,
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ baseVersion: version, notes: '', fields: target }) }),
    }),
    step('actions', { method: 'GET', path: `${base}/actions`, headers: read }),
    step('action', { method: 'POST', path: `${base}/actions`, headers: write, body: action }),
  ];
}

async function main() {
  const load: MixedLoad = JSON.parse(process.argv[2]!);
  const autocannon = createRequire(import.meta.url)('autocannon');
  const latencies = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  const failed = Object.fromEntries(KINDS.map((k) => [k, {} as Record<string, number>])) as Record<Kind, Record<string, number>>;
  const perUrl: Record<string, number> = {};
  const kindOf = new WeakMap<Client, { last: Kind }>();
  let connection = 0;
  let coordinator = 0;
  let acknowledgedAnswers = 0;

  const instance = autocannon({
    url: load.urls,
    connections: load.connections,
    duration: load.seconds,
    setupClient(client: Client) {
      const state = { last: 'answer' as Kind };
      kindOf.set(client, state);
      const round = Math.floor(connection++ / load.urls.length);
      if (round % load.coordinatorEvery !== load.coordinatorEvery - 1) {
        client.setRequests([{ method: 'POST', path: load.answerPath, headers: { 'content-type': 'application/json' }, body: load.answerBody }]);
      } else {
        const session = load.coordinators[coordinator++ % load.coordinators.length]!;
        client.setRequests(coordinatorRound(session, (kind) => (state.last = kind)));
      }
    },
  });
  instance.on('response', (client: Client, status: number, _bytes: number, ms: number) => {
    const kind = kindOf.get(client)!.last;
    latencies[kind].push(ms);
    perUrl[client.opts.origin] = (perUrl[client.opts.origin] ?? 0) + 1;
    if (status >= 300) failed[kind][status] = (failed[kind][status] ?? 0) + 1;
    else if (kind === 'answer') acknowledgedAnswers++;
  });
  const result = await instance;

  const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
  const kinds = Object.fromEntries(
    KINDS.map((kind) => {
      const sorted = latencies[kind].sort((a, b) => a - b);
      return [
        kind,
        {
          responses: sorted.length,
          perSecond: sorted.length / result.duration,
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          failed: failed[kind],
        },
      ];
    }),
  ) as Record<Kind, KindResult>;
  const output: MixedResult = { seconds: result.duration, kinds, perUrl, errors: result.errors, timeouts: result.timeouts, acknowledgedAnswers };
  process.stdout.write(JSON.stringify(output));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
