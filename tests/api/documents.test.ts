import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILLED, fillProgramme } from './full-programme.js';
import { startProgramme } from '../fixtures.js';
import { startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * Step 6.3: the plan van aanpak and the final report of a programme filled through all six steps,
 * as DOCX and PDF in Dutch and English, read back as text the way a reader would see it.
 */

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
let id: string;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOCUMENTS = ['plan', 'report'] as const;
const FORMATS = ['docx', 'pdf'] as const;
const LOCALES = ['nl', 'en'] as const;

const TITLES = { plan: { nl: 'Plan van aanpak', en: 'Plan of approach' }, report: { nl: 'Eindrapport', en: 'Final report' } } as const;
const FILE_NAMES = { plan: { nl: 'plan-van-aanpak', en: 'plan-of-approach' }, report: { nl: 'eindrapport', en: 'final-report' } } as const;

async function download(client: Client, path: string) {
  const reply = await fetch(`${t.url}${path}`, { headers: { cookie: client.cookie!, 'accept-language': client.locale } });
  return { reply, body: Buffer.from(await reply.arrayBuffer()) };
}
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const docxText = async (body: Buffer) =>
  oneLine(
    (await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string'))
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
const pdfText = async (body: Buffer) => oneLine((await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true })).text);
const textOf = (format: 'docx' | 'pdf', body: Buffer) => (format === 'docx' ? docxText(body) : pdfText(body));

/** LibreOffice, if installed: it is not a dependency, so the conversion check runs only where it is. */
const soffice = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'soffice'))
  .find((path) => existsSync(path));

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Rapport');
  B = await t.organisation('Zorggroep Anders');
  ({ id } = await fillProgramme(t, A));
}, 120_000);
afterAll(() => t?.close());

describe('the documents of a filled programme', () => {
  describe.each(DOCUMENTS.flatMap((doc) => FORMATS.flatMap((format) => LOCALES.map((lang) => [doc, format, lang] as const))))(
    '%s.%s in %s',
    (doc, format, lang) => {
      it('downloads for a viewer, with the key content of every step', async () => {
        const { reply, body } = await download(A.as.viewer, `/api/programmes/${id}/documents/${doc}.${format}?lang=${lang}`);
        expect(reply.status).toBe(200);
        expect(reply.headers.get('content-type')).toBe(format === 'docx' ? DOCX : 'application/pdf');
        // Named after the programme ("Datalekken sneller melden"), so several programmes' documents can sit in one folder.
        const name = `${FILE_NAMES[doc][lang]}-datalekken-sneller-melden.${format}`;
        expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
        const text = await textOf(format, body);
        const expected: string[] = [TITLES[doc][lang], FILLED.title, FILLED.barrier, FILLED.intervention, FILLED.action, FILLED.communication, FILLED.kpi];
        if (doc === 'report') expected.push(FILLED.kpiValue[lang], FILLED.anchoring, FILLED.lesson, FILLED.next);
        for (const e of expected) expect(text, e).toContain(e);
      });
    },
  );

  it('are in the reader’s language: the headings change, the team’s own words do not', async () => {
    const nl = await pdfText((await download(A.as.viewer, `/api/programmes/${id}/documents/report.pdf?lang=nl`)).body);
    const en = await pdfText((await download(A.as.viewer, `/api/programmes/${id}/documents/report.pdf?lang=en`)).body);
    for (const [dutch, english] of [
      ['Samenvatting', 'Summary'],
      ['Gedragsfactoren voor en na (vragenlijst)', 'Behavioural factors before and after (survey)'],
      ['Psychologische capaciteit: duidelijk verbeterd', 'Psychological capability: clearly improved'],
      ['Te weinig reacties', 'Too few responses'],
      ['Geleerde lessen en volgend probleem', 'Lessons learned and next problem'],
    ]) {
      expect(nl).toContain(dutch);
      expect(en).toContain(english);
      expect(en).not.toContain(dutch);
    }
    expect(en).toContain(FILLED.barrier);
  });

  it('default to the language the user chose for Wegwijs, whatever the browser sends', async () => {
    const viewer = A.as.viewer;
    const english = viewer.clone({ locale: 'nl' });
    expect((await viewer.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
    try {
      expect(await docxText((await download(english, `/api/programmes/${id}/documents/plan.docx`)).body)).toContain('Plan of approach');
    } finally {
      await viewer.patch('/api/auth/me', { locale: 'nl' });
    }
    expect(await docxText((await download(viewer.clone({ locale: 'en' }), `/api/programmes/${id}/documents/plan.docx`)).body)).toContain('Plan van aanpak');
  });

  it('carry the KPI and effect charts as images in the Word file, each with alt text', async () => {
    const zip = await JSZip.loadAsync((await download(A.as.viewer, `/api/programmes/${id}/documents/report.docx?lang=nl`)).body);
    const images = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    // Two measured KPIs (the team's and the survey-fed one) and the effect comparison.
    expect(images.length).toBeGreaterThanOrEqual(2);
    const png = await zip.file(images[0]!)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(`descr="Lijngrafiek van ${FILLED.kpi}`);
    expect(xml).toContain('De cijfers staan in de tabel hieronder.');
    // The plan has no results yet to chart.
    const plan = await JSZip.loadAsync((await download(A.as.viewer, `/api/programmes/${id}/documents/plan.docx`)).body);
    expect(Object.keys(plan.files).some((name) => name.startsWith('word/media/'))).toBe(false);
  });

  it.skipIf(!soffice)(
    `convert cleanly with LibreOffice${soffice ? '' : ' (skipped: soffice is not on PATH)'}`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'wegwijs-documents-'));
      try {
        for (const doc of DOCUMENTS) {
          const file = join(dir, `${doc}.docx`);
          await writeFile(file, (await download(A.as.viewer, `/api/programmes/${id}/documents/${doc}.docx?lang=nl`)).body);
          await promisify(execFile)(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], {
            timeout: 120_000,
          });
          const text = await pdfText(await readFile(join(dir, `${doc}.pdf`)));
          expect(text).toContain(TITLES[doc].nl);
          expect(text).toContain(FILLED.barrier);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});

describe('a programme with nothing recorded yet', () => {
  it('still has every section, saying what is missing', async () => {
    const fresh = await startProgramme(A.as.coordinator, 'Net begonnen');
    const plan = await pdfText((await download(A.as.viewer, `/api/programmes/${fresh}/documents/plan.pdf?lang=nl`)).body);
    expect(plan).toContain('Nog geen probleem gekozen (deelstap 1.1).');
    expect(plan).toContain('Nog geen acties vastgelegd (deelstap 5.1).');
    const report = await docxText((await download(A.as.viewer, `/api/programmes/${fresh}/documents/report.docx?lang=en`)).body);
    expect(report).toContain('No comparison yet');
    expect(report).toContain('Nothing recorded yet. Write the lessons learned and the next problem in the notes of sub-step 6.3.');
  });
});

describe('the core team in the documents', () => {
  it('is the one list the team panel shows: the starter leads before 1.2 is stored, then 1.2 with its roles', async () => {
    const fresh = await startProgramme(A.as.coordinator, 'Eén kernteamlijst');
    const plan = async () => docxText((await download(A.as.viewer, `/api/programmes/${fresh}/documents/plan.docx?lang=nl`)).body);
    expect(await plan()).toContain('coordinator Zorggroep Rapport Trajectleider');

    // Added in the team panel with one role, then given another in 1.2: the document follows 1.2.
    await A.as.coordinator.post(`/api/programmes/${fresh}/members`, { userId: A.userIds.member, teamRole: 'Verpleegkundige' });
    const sheet = (await A.as.coordinator.get(`/api/programmes/${fresh}/substeps/1.2`)).body.worksheet;
    const members = sheet.fields.members.map((m: { userId: string | null }) => (m.userId === A.userIds.member ? { ...m, role: 'Aandachtsfunctionaris' } : m));
    const saved = await A.as.coordinator.put(`/api/programmes/${fresh}/substeps/1.2/worksheet`, {
      baseVersion: sheet.version,
      notes: '',
      fields: { ...sheet.fields, members },
    });
    expect(saved.status).toBe(200);
    const text = await plan();
    expect(text).toContain('member Zorggroep Rapport Kernteamlid Aandachtsfunctionaris');
    expect(text).not.toContain('Verpleegkundige');
  });
});

describe('who may have them', () => {
  it('another organisation gets 404 for every document', async () => {
    for (const doc of DOCUMENTS) {
      for (const format of FORMATS) expect((await B.as.admin.get(`/api/programmes/${id}/documents/${doc}.${format}`)).status).toBe(404);
    }
  });

  it('a language we do not have is refused, naming the field', async () => {
    const reply = await A.as.viewer.get(`/api/programmes/${id}/documents/plan.pdf?lang=de`);
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toEqual([expect.objectContaining({ field: 'lang' })]);
  });
});
