import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#server/db/schema.js';
import { openKnowledgeCheck, startProgramme } from '../fixtures.js';
import { startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The organisation's sector over HTTP: an administrator changes it (audited), and the texts staff
 * and the team read from the content then speak its word for whom it cares for: patiënt in a
 * hospital, cliënt in the vvt (src/core/sector.ts).
 */

let t: TestApp;
let org: TestOrganisation;
let anonymous: Client;
let programme: string;

/** Anything left of a placeholder for the person receiving care. */
const PLACEHOLDER = /\{(?:pati|cli)/iu;

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Sector');
  anonymous = t.client();
  programme = await startProgramme(org.as.coordinator, 'Veilig mailen');
});
afterAll(() => t.close());

const sectorChanges = () =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.organisationId, org.id), eq(auditLog.action, 'organisation.update')));

describe('the sector in the settings', () => {
  it('starts as hospital for an organisation made before the choice, and comes with the session', async () => {
    expect((await org.as.viewer.get('/api/auth/session')).body.organisation.sector).toBe('hospital');
  });

  it('may be changed by an administrator only, and the change is audited with before and after', async () => {
    expect((await org.as.coordinator.patch('/api/organisation', { sector: 'vvt' })).status).toBe(403);
    const before = (await sectorChanges()).length;
    const saved = await org.as.admin.patch('/api/organisation', { sector: 'vvt' });
    expect(saved.status).toBe(200);
    expect(saved.body.organisation.sector).toBe('vvt');
    const entries = await sectorChanges();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ actorId: org.userIds.admin, before: { sector: 'hospital' }, after: { sector: 'vvt' } });
  });

  it('refuses a sector it does not know, naming the field, and keeps the one it has', async () => {
    const wrong = await org.as.admin.patch('/api/organisation', { sector: 'ziekenhuis' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields).toEqual([{ field: 'sector', message: expect.stringContaining('hospital') }]);
    expect((await org.as.admin.get('/api/organisation')).body.organisation.sector).toBe('vvt');
  });
});

describe('the content in the organisation’s word (now vvt: cliënt)', () => {
  it('the knowledge check staff answer, and its feedback', async () => {
    const scenarios = ['sensitive-whiteboard', 'sharing-gp-discharge'];
    const { publicSlug } = await openKnowledgeCheck(org.as.member, {
      title: 'Datalek of niet?',
      programmeId: null,
      definition: { scenarios, departments: [] },
    });
    const page = (await anonymous.get(`/api/public/knowledge/${publicSlug}`)).body;
    expect(JSON.stringify(page)).not.toMatch(PLACEHOLDER);
    expect(page.scenarios[0].options[1].nl).toBe('Ja: samen herleidbaar tot een cliënt, en het gaat om gezondheidsgegevens.');
    expect(page.scenarios[1].situation.en).toMatch(/^A client is going home\./);

    const answered = (
      await anonymous.post(`/api/public/knowledge/${publicSlug}/responses`, { answers: { 'sensitive-whiteboard': 1, 'sharing-gp-discharge': 0 } })
    ).body;
    expect(JSON.stringify(answered)).not.toMatch(PLACEHOLDER);
    expect(answered.feedback[1].explanation.nl).toContain('tenzij de cliënt bezwaar maakt');
  });

  it('the breach report form tells its page the sector, for the examples', async () => {
    const { breachSlug } = (await org.as.admin.get('/api/organisation')).body.organisation;
    expect((await anonymous.get(`/api/public/breach-report/${breachSlug}`)).body.sector).toBe('vvt');
  });

  it('the intervention library, and a library intervention copied into a programme', async () => {
    const library = (await org.as.viewer.get('/api/interventions/library')).body.interventions as { id: string; title: string }[];
    expect(JSON.stringify(library)).not.toMatch(PLACEHOLDER);
    expect(library.find((i) => i.id === 'patient-story')!.title).toBe('Verhaal van een cliënt wiens gegevens lekten');
    const english = (await org.as.viewer.clone({ locale: 'en' }).get('/api/interventions/library')).body.interventions as { id: string; title: string }[];
    expect(english.find((i) => i.id === 'patient-story')!.title).toBe('Story from a client whose data leaked');

    const copied = await org.as.coordinator.post(`/api/programmes/${programme}/interventions/from-library`, { libraryId: 'patient-story' });
    expect(copied.status).toBe(201);
    const { candidates } = (await org.as.coordinator.get(`/api/programmes/${programme}/interventions`)).body;
    expect(candidates.find((c: { id: string }) => c.id === copied.body.id)).toMatchObject({
      title: 'Verhaal van een cliënt wiens gegevens lekten',
      description: 'Een cliënt vertelt zelf, op video of live, wat een datalek met hem of haar deed. Het maakt duidelijk dat het om echte mensen gaat.',
    });
  });

  it('the interview guide generated for the export', async () => {
    const reply = await fetch(`${t.url}/api/programmes/${programme}/interview-guide.docx`, {
      headers: { cookie: org.as.coordinator.cookie!, 'accept-language': 'nl' },
    });
    expect(reply.status).toBe(200);
    const text = await (await JSZip.loadAsync(Buffer.from(await reply.arrayBuffer()))).file('word/document.xml')!.async('string');
    expect(text).toContain('Noem geen namen van collega’s of cliënten.');
    expect(text).not.toMatch(PLACEHOLDER);
  });
});
