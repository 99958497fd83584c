import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { columnShares, LANGUAGE_TAGS, type Block, type ExportDocument } from './document.js';

/** Word measures pages in twentieths of a point (twips). A4 with 2 cm margins, as Dutch offices print. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;
/** docx sizes images in CSS pixels (96 per inch), the model in points (72 per inch). */
const PX_PER_PT = 96 / 72;

const BULLETS = 'bullets';
const NUMBERS = 'numbers';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * Renders the document as a Word file. It uses Word's own Title and Heading styles (with outline levels)
 * so the navigation pane, a generated table of contents and screen readers see the structure, and real
 * list numbering so people can edit the questions and Word renumbers them.
 */
export async function toDocx(doc: ExportDocument): Promise<Buffer> {
  const language = LANGUAGE_TAGS[doc.language];
  // Each ordered list is its own numbering instance, so every list starts again at 1.
  let listInstance = 0;
  const children: ISectionOptions['children'][number][] = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  if (doc.subtitle) children.push(new Paragraph({ text: doc.subtitle, style: 'Subtitle' }));
  for (const block of doc.blocks) children.push(...renderBlock(block, () => ++listInstance));

  const document = new Document({
    title: doc.title,
    ...(doc.subtitle ? { subject: doc.subtitle } : {}),
    creator: 'Wegwijs',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: language } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { size: 44, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { size: 32, bold: true, color: '1F3864' }, paragraph: headingParagraph(0) },
        heading2: { run: { size: 26, bold: true, color: '2E74B5' }, paragraph: headingParagraph(1) },
        heading3: { run: { size: 23, bold: true, color: '1F4D78' }, paragraph: headingParagraph(2) },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 28, color: '595959' },
          paragraph: { spacing: { after: 240 } },
        },
        { id: 'Note', name: 'Note', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 20, italics: true, color: '595959' } },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: [listLevel(LevelFormat.BULLET, '•')] },
        { reference: NUMBERS, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        footers: { default: footer(doc.footer) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Outline levels are what Word's navigation pane and LibreOffice's navigator read; keepNext avoids orphaned headings. */
function headingParagraph(outlineLevel: number) {
  return { outlineLevel, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } };
}

/** A hanging indent so wrapped items line up with the text, wide enough for two-digit numbers (LibreOffice drops the tab otherwise). */
function listLevel(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) {
  return { level: 0, format, text, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 425 } } } };
}

function footer(text: string | undefined) {
  const pageNumber = new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 });
  const runs = text ? [new TextRun({ text: `${text}  ·  `, size: 18 }), pageNumber] : [pageNumber];
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs })] });
}

function renderBlock(block: Block, nextListInstance: () => number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [new Paragraph({ text: block.text, ...(block.style === 'note' ? { style: 'Note' } : {}) })];
    case 'list': {
      const numbering = block.ordered ? { reference: NUMBERS, level: 0, instance: nextListInstance() } : { reference: BULLETS, level: 0 };
      return block.items.map((item) => new Paragraph({ text: item, numbering }));
    }
    case 'table':
      return [renderTable(block.header, block.rows), new Paragraph({})];
    case 'image': {
      const maxWidthPx = (CONTENT_WIDTH_TWIPS / 20) * PX_PER_PT;
      const scale = Math.min(1, maxWidthPx / (block.width * PX_PER_PT));
      const image = new ImageRun({
        type: 'png',
        data: block.png,
        transformation: {
          width: Math.round(block.width * PX_PER_PT * scale),
          height: Math.round(block.height * PX_PER_PT * scale),
        },
        altText: { name: block.alt, description: block.alt },
      });
      return [new Paragraph({ children: [image] })];
    }
  }
}

/**
 * Fixed column widths in twips rather than percentages: LibreOffice ignores percentage widths on some
 * versions and collapses the columns. The header row repeats on every page and is marked as header.
 */
function renderTable(header: string[], rows: string[][]): Table {
  const widths = columnShares(header, rows).map((share) => Math.floor(CONTENT_WIDTH_TWIPS * share));
  const cell = (text: string, isHeader: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } } : {}),
      children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader })], spacing: { after: 0 } })],
    });
  // Rows are padded to the widest row: a ragged grid makes Word report the file as damaged.
  const row = (texts: string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: widths.map((width, i) => cell(texts[i] ?? '', isHeader, width)),
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [...(header.length > 0 ? [row(header, true)] : []), ...rows.map((texts) => row(texts, false))],
  });
}
