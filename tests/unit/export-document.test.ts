import JSZip from 'jszip';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '#server/export/document.js';
import { toDocx } from '#server/export/docx.js';
import { toPdf } from '#server/export/pdf.js';

/** A 1x1 transparent PNG: enough to prove images are embedded without shipping a file. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const questions = Array.from({ length: 12 }, (_, i) => `Vraag ${i + 1}: hoe gaat het team om met wachtwoorden?`);

const sample: ExportDocument = {
  title: 'Interviewleidraad',
  subtitle: 'Zorg & veiligheid <intern>',
  language: 'nl',
  footer: 'Wegwijs · Zorggroep Voorbeeld',
  blocks: [
    { kind: 'heading', level: 1, text: 'Inleiding' },
    { kind: 'paragraph', text: 'Ëén vraag? Neem de tijd voor het gesprek, ook als het café dicht is.' },
    { kind: 'paragraph', text: 'Tip voor de interviewer: vraag door.', style: 'note' },
    { kind: 'heading', level: 2, text: 'Vragen' },
    { kind: 'list', ordered: true, items: questions },
    { kind: 'list', ordered: false, items: ['Luister', 'Vat samen'] },
    { kind: 'table', header: ['Medewerker', 'Afdeling'], rows: Array.from({ length: 40 }, (_, i) => [`Persoon ${i + 1}`, `Afdeling ${i % 4}`]) },
    { kind: 'image', png: PNG, width: 120, height: 60, alt: 'Grafiek van de voortgang' },
  ],
};

describe('document export', () => {
  it('writes a Word document with real styles, numbering and properties', async () => {
    const zip = await JSZip.loadAsync(await toDocx(sample));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    for (const text of ['Interviewleidraad', 'Zorg &amp; veiligheid &lt;intern&gt;', 'Ëén vraag?', questions[11]!, 'Persoon 40']) {
      expect(documentXml).toContain(text);
    }
    expect(documentXml).toContain('w:val="Heading1"');
    expect(documentXml).toContain('<w:tblHeader');
    expect(documentXml).toContain('descr="Grafiek van de voortgang"');
    expect(zip.file('word/numbering.xml')).not.toBeNull();
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:val="nl-NL"');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:title>Interviewleidraad</dc:title>');
  });

  it('writes a tagged, multi-page PDF with the texts and metadata', async () => {
    const bytes = await toPdf(sample);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('/StructTreeRoot');

    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    expect(totalPages).toBeGreaterThan(1);
    for (const expected of ['Interviewleidraad', 'Zorg & veiligheid <intern>', 'Ëén vraag?', 'café', 'Persoon 40', `1 / ${totalPages}`]) {
      expect(text).toContain(expected);
    }
    const { info } = await getMeta(pdf);
    expect(info).toMatchObject({ Title: 'Interviewleidraad', Language: 'nl-NL' });
  });
});
