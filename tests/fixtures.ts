import type { SQL } from 'drizzle-orm';
import type { BreachReportInput } from '#core/breach/report.js';
import type { JobsOptions } from '#server/jobs/scheduled.js';
import type { Client, Reply, TestApp, TestOrganisation } from './api/harness.js';

/**
 * What many test files set up the same way: a programme and its team, a chosen intervention, a
 * survey opened, and the forms' bodies (a KPI, an action, a staff member's breach report). A file
 * changes only what its own tests are about.
 */

/** The job queue as the tests run it: polling twice a second (its quickest), links to a test address. */
export const TEST_JOBS: JobsOptions = { linkBase: 'https://wegwijs.test', pollingIntervalSeconds: 0.5 };

/** The reply's body once its status is the one expected; else the call fails, saying what came back. */
export function ok<T>(reply: Reply<T>, status = 200): T {
  if (reply.status !== status) throw new Error(`fixture call failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** The rows a query returns, read straight from the app's database. */
export const rowsOf = async <R = Record<string, unknown>>(t: TestApp, query: SQL): Promise<R[]> =>
  ((await t.database.db.execute(query)) as unknown as { rows: R[] }).rows;

/** A new programme that `lead` leads; its id. */
export async function startProgramme(lead: Client, title: string, problem?: string): Promise<string> {
  return ok(await lead.post('/api/programmes', problem === undefined ? { title } : { title, problem }), 201).programme.id;
}

/** A programme of `org` led by its coordinator with its member in the core team: the team the step tests work as; its id. */
export async function programmeWithTeam(org: TestOrganisation, title: string): Promise<string> {
  const id = await startProgramme(org.as.coordinator, title);
  ok(await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member }), 201);
  return id;
}

/** An intervention taken from the library into the programme and chosen by the team (4.3); its id. */
export async function chosenIntervention(team: Client, programmeId: string, libraryId: string): Promise<string> {
  const id: string = ok(await team.post(`/api/programmes/${programmeId}/interventions/from-library`, { libraryId }), 201).id;
  ok(await team.put(`/api/programmes/${programmeId}/interventions/${id}/decision`, { decision: 'chosen', rationale: 'Eén klik' }));
  return id;
}

/** Creates a survey in the programme and opens it; the open survey as the API answers it. */
export async function openSurvey<S = { id: string; publicSlug: string }>(
  team: Client,
  programmeId: string,
  survey: { title: string; definition: unknown; linkEnabled?: boolean },
): Promise<S> {
  const created = ok(await team.post(`/api/programmes/${programmeId}/surveys`, { linkEnabled: true, ...survey }), 201);
  return ok(await team.post(`/api/programmes/${programmeId}/surveys/${created.id}/open`, {}));
}

/** Creates a knowledge check and opens it; the open check as the API answers it. */
export async function openKnowledgeCheck<C = { id: string; publicSlug: string }>(
  team: Client,
  check: { title: string; programmeId: string | null; definition: unknown },
): Promise<C> {
  const created = ok(await team.post('/api/knowledge', check), 201);
  return ok(await team.post(`/api/knowledge/${created.id}/open`, {}));
}

/** A KPI as its form sends it: the share of staff that report a practice phishing mail, from 20 to 60 %. */
export const kpiInput = (changes: Record<string, unknown> = {}) => ({
  name: 'Gemelde oefenphishing',
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
  ...changes,
});

/** An action of the plan (5.1) as its form sends it: to do, with an owner who has no account, no due day. */
export const actionInput = (changes: Record<string, unknown> = {}) => ({
  title: 'Meldknop uitrollen',
  description: '',
  candidateId: null,
  owner: { userId: null, name: 'Functioneel beheer' },
  due: null,
  status: 'todo',
  channel: '',
  ...changes,
});

/** A staff member's report, as the public form sends it, of a handover list mailed to a wrong outside address: noticed now. */
export const handoverListReport = (changes: Partial<BreachReportInput> = {}): BreachReportInput => ({
  isBreach: 'yes',
  whatHappened: 'Een overdrachtslijst van de afdeling is per e-mail naar een verkeerde externe ontvanger gestuurd.',
  incidentKind: 'emailWrongRecipient',
  noticedAt: new Date().toISOString(),
  dataKinds: ['namesAddresses', 'health'],
  peopleBand: 'upTo100',
  ongoing: 'no',
  actionsTaken: 'Ontvanger gevraagd de e-mail te verwijderen.',
  department: 'Interne geneeskunde',
  ...changes,
});
