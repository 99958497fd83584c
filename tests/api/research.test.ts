import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactorResearch } from '../../src/core/research/interviews.js';
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
    questions: [
      { id: 'q1', factor: 'C-psy', text: 'Wat moet je weten om "een datalek melden" goed te doen?' },
      { id: 'q2', factor: 'O-soc', text: 'Wat doen je collega’s als ze een fout e-mailadres zien?' },
    ],
    tips: [{ id: 't1', text: 'Vraag naar een voorbeeld van de laatste keer.' }],
  },
  interviews: [
    { id: 'iv1', date: '2026-11-18', role: 'verpleegkundige', department: 'Longziekten', notes: 'Geen namen.', findings: [{ id: 'f1', text: 'Weet niet waar het meldformulier staat', kind: 'barrier', factors: ['C-psy'] }] },
    { id: 'iv2', date: null, role: 'secretaresse', department: 'Poli', notes: '', findings: [{ id: 'f2', text: 'Weet niet waar het meldformulier staat.', kind: 'barrier', factors: ['C-psy'] }] },
  ],
};

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Onderzoek');
  id = (await org.as.coordinator.post('/api/programmes', { title: 'Datalekken melden' })).body.programme.id;
  await org.as.coordinator.post(`/api/programmes/${id}/members`, { userId: org.userIds.member });
});
afterAll(() => t?.close());

describe('the interview guide', () => {
  it('is generated from the target behaviour until the team saves its own, in the reader’s language', async () => {
    await save('2.3', { targetGroup: 'Verpleegkundigen', departments: '', professions: '', size: null, action: 'melden een vermoed datalek', when: '', where: '', howOften: '', withWhat: '', currentSituation: '', desiredSituation: '' });
    const { reply, body } = await download(`/api/programmes/${id}/interview-guide.docx`);
    expect(reply.headers.get('content-type')).toContain('wordprocessingml');
    const text = await docxText(body);
    expect(text).toContain('Interviewleidraad');
    expect(text).toContain('melden een vermoed datalek');
    expect(text).toContain('Psychologische capaciteit');
    const english = await docxText((await download(`/api/programmes/${id}/interview-guide.docx`, 'en')).body);
    expect(english).toContain('Interview guide');
  });

  it('follows the saved 3.2 guide, as DOCX and as PDF', async () => {
    const saved = await save('3.2', research);
    expect(saved.missing).toEqual([]);
    const docx = await docxText((await download(`/api/programmes/${id}/interview-guide.docx`)).body);
    expect(docx).toContain('Wat doen je collega’s als ze een fout e-mailadres zien?');
    expect(docx).toContain('Vraag naar een voorbeeld van de laatste keer.');
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

describe('suggestions for the diagnosis', () => {
  it('brings the coded interview findings and the closed survey’s factor scores together', async () => {
    const before = (await org.as.viewer.get(`/api/programmes/${id}/diagnosis/suggestions`)).body;
    expect(before.survey).toBeNull();
    expect(before.suggestions).toEqual([expect.objectContaining({ factor: 'C-psy', kind: 'barrier', interviews: 2, source: 'interviews' })]);

    const definition = {
      behaviour: 'melden', intro: { nl: '', en: '' }, scale: 5, groups: [],
      items: [
        { id: 'k', factor: 'C-psy', text: { nl: 'Ik weet hoe ik meld.', en: '' }, bankId: null },
        { id: 's', factor: 'O-soc', text: { nl: 'Collega’s melden ook.', en: '' }, bankId: null },
      ],
    };
    const survey = (await org.as.member.post(`/api/programmes/${id}/surveys`, { title: 'Nulmeting', linkEnabled: true, definition })).body;
    await org.as.member.post(`/api/programmes/${id}/surveys/${survey.id}/open`, {});
    // Thirty answers at the ends of the scale: enough that the privacy noise cannot move either
    // factor across its threshold or below the interviews' weight (docs/anonymity.md).
    for (let i = 0; i < 30; i++) await t.client().post(`/api/public/surveys/${survey.publicSlug}/responses`, { answers: { k: 1, s: 5 } });
    await org.as.member.post(`/api/programmes/${id}/surveys/${survey.id}/close`, {});

    const after = (await org.as.viewer.get(`/api/programmes/${id}/diagnosis/suggestions`)).body;
    expect(after.survey).toEqual({ id: survey.id, title: 'Nulmeting' });
    expect(after.suggestions.map((s: { factor: string; kind: string; source: string }) => [s.factor, s.kind, s.source])).toEqual([
      ['C-psy', 'barrier', 'survey'],
      ['C-psy', 'barrier', 'interviews'],
      ['O-soc', 'enabler', 'survey'],
    ]);
  });
});

describe('from diagnosis to intervention functions (step 4)', () => {
  it('proposes the functions the BCW matrix links to the diagnosed barriers, with the barrier as the reason', async () => {
    const empty = (await org.as.viewer.get(`/api/programmes/${id}/interventions/functions`)).body;
    expect(empty).toEqual({ barriers: 0, proposals: [] });
    await save('3.4', {
      summary: '',
      entries: [
        { id: 'e1', factor: 'C-psy', kind: 'barrier', description: 'Weet niet waar het meldformulier staat', evidence: '2 interviews', sources: ['interviews'], weight: 4, mustChange: '' },
        { id: 'e2', factor: 'O-soc', kind: 'enabler', description: 'Collega’s melden ook', evidence: '', sources: ['survey'], weight: 3, mustChange: '' },
      ],
    });
    const { body } = await org.as.viewer.get(`/api/programmes/${id}/interventions/functions`);
    expect(body.barriers).toBe(1);
    expect(body.proposals.map((p: { fn: string }) => p.fn)).toEqual(['education', 'training', 'enablement']);
    expect(body.proposals[0].because).toEqual([{ barrierId: 'e1', factor: 'C-psy', description: 'Weet niet waar het meldformulier staat', weight: 4 }]);
    const other = await t.organisation('Zorggroep Buiten');
    expect((await other.as.admin.get(`/api/programmes/${id}/interventions/functions`)).status).toBe(404);
  });
});
