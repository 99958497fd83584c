import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactorResearch } from '#core/research/interviews.js';
import { openSurvey, programmeWithTeam, startProgramme } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/** Step 3 across worksheets: the interview guide as DOCX and PDF, and what the diagnosis is offered. */

let t: TestApp;
let org: TestOrganisation;
let id: string;

async function save(key: string, fields: unknown) {
  const current = (await org.as.member.get(`/api/programmes/${id}/substeps/${key}`)).body.worksheet?.version ?? 0;
  const reply = await org.as.member.put(`/api/programmes/${id}/substeps/${key}/worksheet`, { baseVersion: current, notes: '', fields });
  expect(reply.status).toBe(200);
  return reply.body;
}
async function download(path: string, locale = 'nl') {
  const reply = await fetch(`${t.url}${path}`, { headers: { cookie: org.as.viewer.cookie!, 'accept-language': locale } });
  return { reply, body: Buffer.from(await reply.arrayBuffer()) };
}
const docxText = async (body: Buffer) => (await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
const pdfText = async (body: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true })).text;

const research: FactorResearch = {
  hypotheses: [{ id: 'h1', factor: 'C-psy', text: 'Niemand weet wat een datalek is.' }],
  methods: ['interviews', 'survey'],
  methodNotes: '',
  guide: {
    behaviour: 'een datalek melden',
    opening: 'Fijn dat je er bent.\nMeedoen is vrijwillig.',
    closing: 'Met wie moeten we nog meer praten?',
    questions: [
      { id: 'q1', factor: 'C-psy', text: 'Wat moet je weten om "een datalek melden" goed te doen?' },
      { id: 'q2', factor: 'O-soc', text: 'Wat doen je collega’s als ze een fout e-mailadres zien?' },
    ],
    tips: [{ id: 't1', text: 'Vraag naar een voorbeeld van de laatste keer.' }],
  },
  interviews: [
    {
      id: 'iv1',
      date: '2026-11-18',
      role: 'verpleegkundige',
      department: 'Longziekten',
      interviewer: 'Privacy officer',
      noteTaker: 'CISO',
      consent: true,
      notes: 'Geen namen.',
      findings: [{ id: 'f1', text: 'Weet niet waar het meldformulier staat', kind: 'barrier', factors: ['C-psy'] }],
    },
    {
      id: 'iv2',
      date: null,
      role: 'secretaresse',
      department: 'Poli',
      interviewer: 'CISO',
      noteTaker: 'Privacy officer',
      consent: true,
      notes: '',
      findings: [{ id: 'f2', text: 'Weet niet waar het meldformulier staat.', kind: 'barrier', factors: ['C-psy'] }],
    },
  ],
};

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Onderzoek');
  id = await programmeWithTeam(org, 'Datalekken melden');
});
afterAll(() => t?.close());

describe('the interview guide', () => {
  it('is generated from the target behaviour until the team saves its own, in the reader’s language', async () => {
    await save('2.3', {
      targetGroup: 'Verpleegkundigen',
      departments: '',
      professions: '',
      size: null,
      action: 'melden een vermoed datalek',
      when: '',
      where: '',
      howOften: '',
      withWhat: '',
      currentSituation: '',
      desiredSituation: '',
    });
    const { reply, body } = await download(`/api/programmes/${id}/interview-guide.docx`);
    expect(reply.headers.get('content-type')).toContain('wordprocessingml');
    expect(reply.headers.get('content-disposition')).toContain('filename="interviewleidraad-datalekken-melden.docx"');
    const text = await docxText(body);
    expect(text).toContain('Interviewleidraad');
    expect(text).toContain('melden een vermoed datalek');
    expect(text).toContain('Psychologische capaciteit');
    const english = await docxText((await download(`/api/programmes/${id}/interview-guide.docx`, 'en')).body);
    expect(english).toContain('Interview guide');
    // The generated scripts, with the behaviour, and the duo's split.
    expect(text).toContain('Dit gesprek gaat over melden een vermoed datalek.');
    expect(text).toContain('Samen interviewen');
    expect(english).toContain('Who else should we talk to about this?');
  });

  it('follows the saved 3.2 guide, as DOCX and as PDF', async () => {
    const saved = await save('3.2', research);
    expect(saved.missing).toEqual([]);
    const docx = await docxText((await download(`/api/programmes/${id}/interview-guide.docx`)).body);
    expect(docx).toContain('Wat doen je collega’s als ze een fout e-mailadres zien?');
    expect(docx).toContain('Vraag naar een voorbeeld van de laatste keer.');
    expect(docx).toContain('Meedoen is vrijwillig.');
    expect(docx).toContain('Met wie moeten we nog meer praten?');
    const { reply, body } = await download(`/api/programmes/${id}/interview-guide.pdf`);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    const pdf = await pdfText(body);
    expect(pdf).toContain('Interviewleidraad');
    expect(pdf).toContain('Sociale omgeving');
    expect(pdf).toContain('fout e-mailadres');
  });

  it('is not available to another organisation', async () => {
    const other = await t.organisation('Zorggroep Anders');
    expect((await other.as.admin.get(`/api/programmes/${id}/interview-guide.pdf`)).status).toBe(404);
    expect((await other.as.admin.get(`/api/programmes/${id}/diagnosis/suggestions`)).status).toBe(404);
  });
});

describe('consent, the duo and the scripts (3.2)', () => {
  it('are saved and read back through the worksheet route, and an interview without consent keeps 3.2 open', async () => {
    const own = await startProgramme(org.as.coordinator, 'Toestemming');
    const put = (fields: unknown, baseVersion: number) =>
      org.as.coordinator.put(`/api/programmes/${own}/substeps/3.2/worksheet`, { baseVersion, notes: '', fields });
    const [first, second] = research.interviews;
    const saved = await put({ ...research, interviews: [first, { ...second!, consent: false }] }, 0);
    expect(saved.status).toBe(200);
    expect(saved.body.missing).toEqual([{ code: 'interviewConsent', field: 'interviews.1.consent', params: { n: 2 } }]);

    const read = (await org.as.coordinator.get(`/api/programmes/${own}/substeps/3.2`)).body;
    expect(read.worksheet.fields.guide).toMatchObject({ opening: research.guide.opening, closing: research.guide.closing });
    expect(
      read.worksheet.fields.interviews.map((i: { consent: boolean; interviewer: string; noteTaker: string }) => [i.consent, i.interviewer, i.noteTaker]),
    ).toEqual([
      [true, 'Privacy officer', 'CISO'],
      [false, 'CISO', 'Privacy officer'],
    ]);
    expect(read.missing).toEqual(saved.body.missing);
    expect((await org.as.coordinator.put(`/api/programmes/${own}/substeps/3.2/status`, { status: 'done' })).status).toBe(409);
  });

  it('reads a worksheet in the shape from before: no consent, no duo, no scripts', async () => {
    const own = await startProgramme(org.as.coordinator, 'Oude vorm');
    const { opening: _opening, closing: _closing, ...oldGuide } = research.guide;
    const oldInterviews = research.interviews.map(({ consent: _consent, interviewer: _interviewer, noteTaker: _noteTaker, ...rest }) => rest);
    const saved = await org.as.coordinator.put(`/api/programmes/${own}/substeps/3.2/worksheet`, {
      baseVersion: 0,
      notes: '',
      fields: { ...research, guide: oldGuide, interviews: oldInterviews },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.missing.map((m: { code: string }) => m.code)).toEqual(['noFindings', 'interviewConsent', 'interviewConsent']);
    const fields = (await org.as.coordinator.get(`/api/programmes/${own}/substeps/3.2`)).body.worksheet.fields;
    expect(fields.guide).toMatchObject({ opening: '', closing: '' });
    expect(fields.interviews[0]).toMatchObject({ consent: false, interviewer: '', noteTaker: '' });
  });

  it('refuses a consent that is not a yes or no, naming the field', async () => {
    const own = await startProgramme(org.as.coordinator, 'Fout');
    const reply = await org.as.coordinator.put(`/api/programmes/${own}/substeps/3.2/worksheet`, {
      baseVersion: 0,
      notes: '',
      fields: { ...research, interviews: [{ ...research.interviews[0], consent: 'ja' }] },
    });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain('fields.interviews.0.consent');
  });
});

describe('who reads the interview notes (3.2)', () => {
  const said = 'Zegt dat de balie het formulier altijd voor haar opzoekt.';
  const identifying = [said, 'Longziekten', 'verpleegkundige', '2026-11-18'];
  let own: string;
  const path = () => `/api/programmes/${own}/substeps/3.2`;

  beforeAll(async () => {
    own = await programmeWithTeam(org, 'Wie leest mee');
    const [first, second] = research.interviews;
    const withNotes = { ...research, interviews: [{ ...first!, notes: said }, second!] };
    expect((await org.as.member.put(`${path()}/worksheet`, { baseVersion: 0, notes: '', fields: withNotes })).status).toBe(200);
    // The interview is removed again: its notes stay only in the worksheet's first version.
    expect((await org.as.member.put(`${path()}/worksheet`, { baseVersion: 1, notes: '', fields: { ...withNotes, interviews: [second!] } })).status).toBe(200);
  });

  it('keeps them out of the audit log, which records only that the interviews changed', async () => {
    const log = (await org.as.admin.get(`/api/audit?entity=substep&action=worksheet.save&limit=200`)).body.entries.filter(
      (e: { entityId: string }) => e.entityId === `${own}/3.2`,
    );
    expect(log).toHaveLength(2);
    const text = JSON.stringify(log);
    for (const part of identifying) expect(text).not.toContain(part);
    const [removal] = log;
    expect(removal.before.fields.interviews.map((i: { id: string; notes: string }) => [i.id, i.notes])).toEqual([
      ['iv1', ''],
      ['iv2', ''],
    ]);
    expect(removal.after.fields.interviews.map((i: { id: string }) => i.id)).toEqual(['iv2']);
    expect(removal.after.changes).toContainEqual(expect.objectContaining({ field: 'fields.interviews', kind: 'rows', added: 0, removed: 1 }));
  });

  it('shows them to the core team and the programme leads, not to a viewer, in no version', async () => {
    const versions = async (client: typeof org.as.viewer) => (await client.get(`${path()}/versions`)).body.versions;
    for (const reader of [org.as.member, org.as.coordinator]) {
      const first = (await versions(reader)).at(-1);
      expect(first.redacted).toBe(false);
      expect(first.fields.interviews[0]).toMatchObject({
        notes: said,
        role: 'verpleegkundige',
        department: 'Longziekten',
        date: '2026-11-18',
        interviewer: 'Privacy officer',
      });
    }
    const viewer = await versions(org.as.viewer);
    expect(viewer).toHaveLength(2);
    for (const part of identifying) expect(JSON.stringify(viewer)).not.toContain(part);
    expect(viewer.at(-1)).toMatchObject({ redacted: true, changes: expect.arrayContaining([expect.objectContaining({ field: 'fields.interviews' })]) });
    expect(viewer.at(-1).fields.interviews[0]).toEqual({
      ...research.interviews[0],
      notes: '',
      role: '',
      department: '',
      date: null,
      interviewer: '',
      noteTaker: '',
    });

    const latest = (await org.as.viewer.get(path())).body;
    expect(latest.worksheet).toMatchObject({ redacted: true, fields: { hypotheses: research.hypotheses, guide: research.guide } });
    // Consent and the team's coded findings stay: the diagnosis and the report are made of them.
    expect(latest.worksheet.fields.interviews).toEqual([{ ...research.interviews[1], role: '', department: '', interviewer: '', noteTaker: '' }]);
    expect((await org.as.member.get(path())).body.worksheet).toMatchObject({ redacted: false, fields: { interviews: [research.interviews[1]] } });
  });
});

describe('suggestions for the diagnosis', () => {
  it('brings the coded interview findings and the closed survey’s factor scores together', async () => {
    const before = (await org.as.viewer.get(`/api/programmes/${id}/diagnosis/suggestions`)).body;
    expect(before.survey).toBeNull();
    expect(before.suggestions).toEqual([expect.objectContaining({ factor: 'C-psy', kind: 'barrier', interviews: 2, source: 'interviews' })]);

    const definition = {
      behaviour: 'melden',
      intro: { nl: '', en: '' },
      scale: 5,
      groups: [],
      items: [
        { id: 'k', factor: 'C-psy', text: { nl: 'Ik weet hoe ik meld.', en: '' }, bankId: null },
        { id: 's', factor: 'O-soc', text: { nl: 'Collega’s melden ook.', en: '' }, bankId: null },
        { id: 'r', factor: 'C-psy', text: { nl: 'Ik denk er op het juiste moment aan om te melden.', en: '' }, bankId: 'cpsy-remember' },
      ],
    };
    const survey = await openSurvey(org.as.member, id, { title: 'Nulmeting', definition });
    // Thirty answers at the ends of the scale: enough that the privacy noise cannot move either
    // factor across its threshold or below the interviews' weight (docs/anonymity.md).
    for (let i = 0; i < 30; i++) await t.client().post(`/api/public/surveys/${survey.publicSlug}/responses`, { answers: { k: 1, s: 5, r: 1 } });
    await org.as.member.post(`/api/programmes/${id}/surveys/${survey.id}/close`, {});

    const after = (await org.as.viewer.get(`/api/programmes/${id}/diagnosis/suggestions`)).body;
    expect(after.survey).toEqual({ id: survey.id, title: 'Nulmeting' });
    // The bank statement about remembering also gives its TDF domain's own score.
    expect(after.suggestions.map((s: { factor: string; tdf: string | null; kind: string; source: string }) => [s.factor, s.tdf, s.kind, s.source])).toEqual([
      ['C-psy', null, 'barrier', 'survey'],
      ['C-psy', 'memoryAttentionDecision', 'barrier', 'survey'],
      ['C-psy', null, 'barrier', 'interviews'],
      ['O-soc', null, 'enabler', 'survey'],
    ]);
    // The factor's own suggestion stands on its other statement, so that answer is not counted twice.
    expect(after.suggestions[0].survey).toMatchObject({ without: ['memoryAttentionDecision'], items: 1 });
  });
});

describe('from diagnosis to intervention functions (step 4)', () => {
  it('proposes the functions the BCW matrices link to the diagnosed barriers, with the barrier as the reason', async () => {
    const empty = (await org.as.viewer.get(`/api/programmes/${id}/interventions/functions`)).body;
    expect(empty).toEqual({ barriers: 0, proposals: [] });
    await save('3.4', {
      summary: '',
      entries: [
        {
          id: 'e1',
          factor: 'C-psy',
          kind: 'barrier',
          description: 'Weet niet waar het meldformulier staat',
          evidence: '2 interviews',
          sources: ['interviews'],
          weight: 4,
          mustChange: '',
        },
        { id: 'e2', factor: 'O-soc', kind: 'enabler', description: 'Collega’s melden ook', evidence: '', sources: ['survey'], weight: 3, mustChange: '' },
      ],
    });
    const { body } = await org.as.viewer.get(`/api/programmes/${id}/interventions/functions`);
    expect(body.barriers).toBe(1);
    expect(body.proposals.map((p: { fn: string }) => p.fn)).toEqual(['education', 'training', 'enablement']);
    expect(body.proposals[0].because).toEqual([
      { barrierId: 'e1', factor: 'C-psy', tdf: null, description: 'Weet niet waar het meldformulier staat', weight: 4, link: 'primary' },
    ]);

    // Narrowed down to memory, attention and decision processes, the barrier also calls for a prompt.
    const forgets = {
      id: 'e3',
      factor: 'C-psy',
      tdf: 'memoryAttentionDecision',
      kind: 'barrier',
      description: 'Vergeet te melden bij drukte',
      evidence: 'Vragenlijst',
      sources: ['survey'],
      weight: 4,
      mustChange: '',
    };
    await save('3.4', { summary: '', entries: [forgets] });
    const finer = (await org.as.viewer.get(`/api/programmes/${id}/interventions/functions`)).body;
    expect(finer.proposals.map((p: { fn: string }) => p.fn)).toEqual(['training', 'environmentalRestructuring', 'enablement']);
    expect(finer.proposals[1].because[0]).toMatchObject({ barrierId: 'e3', tdf: 'memoryAttentionDecision', link: 'primary' });
    const version = (await org.as.member.get(`/api/programmes/${id}/substeps/3.4`)).body.worksheet.version;
    const wrong = await org.as.member.request(
      'PUT',
      `/api/programmes/${id}/substeps/3.4/worksheet`,
      { baseVersion: version, notes: '', fields: { summary: '', entries: [{ ...forgets, factor: 'M-ref' }] } },
      { 'accept-language': 'en' },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields).toContainEqual({ field: 'fields.entries.0.tdf', message: 'This domain belongs to another COM-B factor.' });
    const other = await t.organisation('Zorggroep Buiten');
    expect((await other.as.admin.get(`/api/programmes/${id}/interventions/functions`)).status).toBe(404);
  });
});
