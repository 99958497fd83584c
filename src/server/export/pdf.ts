import PDFDocument from 'pdfkit';
import { columnShares, LANGUAGE_TAGS, type Block, type ExportDocument } from './document.js';

/** 2 cm margins on A4, the same page as the Word export, so both print alike. */
const MARGIN = 56;
const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
const SIZE = { body: 10.5, note: 9, footer: 8.5, title: 22, subtitle: 13, heading: { 1: 16, 2: 13, 3: 11.5 } } as const;
const COLOR = { text: '#1a1a1a', muted: '#595959', heading: '#1F3864', rule: '#9aa5b8', headerFill: '#D9E2F3' } as const;
const LIST_INDENT = 18;
const CELL_PADDING = 4;

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/**
 * Renders the document as an A4 PDF with pdfkit's built-in Helvetica, which needs no font files and
 * covers Dutch accents (WinAnsi). The PDF is tagged (headings, lists, tables, figures with alt text)
 * with the document language and title, so screen readers can follow it; decoration and page numbers
 * are marked as artifacts. Headings also become bookmarks for navigation.
 */
export async function toPdf(doc: ExportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: LANGUAGE_TAGS[doc.language],
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: doc.title, ...(doc.subtitle ? { Subject: doc.subtitle } : {}), Creator: 'Wegwijs' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const writer = new Writer(pdf, root);
  writer.title(doc.title, doc.subtitle);
  for (const block of doc.blocks) writer.block(block);
  root.end();
  addPageNumbers(pdf, doc.footer);
  pdf.end();
  return done;
}

/** Lays out blocks top to bottom, keeping track of the bookmark tree so nested headings nest there too. */
class Writer {
  private readonly outlines: PDFKit.PDFOutline[];

  constructor(
    private readonly pdf: Pdf,
    private readonly root: Struct,
  ) {
    this.outlines = [pdf.outline];
  }

  private get left() {
    return this.pdf.page.margins.left;
  }

  private get width() {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  private get bottom() {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  /** Starts a new page unless `height` still fits, so a unit (a heading with its first lines, a row) is not split. */
  private ensureSpace(height: number) {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  /** Adds a structure element whose content is drawn by `draw`, inside `parent` (the document by default). */
  private tag(type: string, draw: () => void, parent: Struct = this.root, options: PDFKit.Mixins.StructureElementOptions = {}) {
    parent.add(this.pdf.struct(type, options, draw));
  }

  /** Decoration (rules, fills, repeated table headers) is not content: screen readers should skip it. */
  private artifact(draw: () => void) {
    this.pdf.markContent('Artifact', { type: 'Layout' });
    draw();
    this.pdf.endMarkedContent();
  }

  title(title: string, subtitle: string | undefined) {
    const { pdf } = this;
    // The title is the one H1; the model's headings sit below it, so heading level n is tagged H(n+1).
    this.tag('H1', () => pdf.font(FONT.bold).fontSize(SIZE.title).fillColor(COLOR.heading).text(title, this.left, pdf.y, { width: this.width }));
    if (subtitle) {
      pdf.moveDown(0.2);
      this.tag('P', () => pdf.font(FONT.regular).fontSize(SIZE.subtitle).fillColor(COLOR.muted).text(subtitle, { width: this.width }));
    }
    pdf.moveDown(1);
  }

  block(block: Block) {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.text);
      case 'paragraph':
        return this.paragraph(block.text, block.style ?? 'normal');
      case 'list':
        return this.list(block.ordered, block.items);
      case 'table':
        return this.table(block.header, block.rows);
      case 'image':
        return this.image(block.png, block.width, block.height, block.alt);
    }
  }

  private heading(level: 1 | 2 | 3, text: string) {
    const { pdf } = this;
    pdf.font(FONT.bold).fontSize(SIZE.heading[level]);
    pdf.moveDown(level === 1 ? 0.8 : 0.5);
    // Keep the heading with roughly three lines of what follows it.
    this.ensureSpace(pdf.heightOfString(text, { width: this.width }) + 3 * SIZE.body * 1.4);
    const parent = this.outlines[Math.min(level - 1, this.outlines.length - 1)] ?? pdf.outline;
    this.outlines.splice(level, this.outlines.length, parent.addItem(text));
    this.tag(`H${level + 1}`, () => pdf.fillColor(COLOR.heading).text(text, this.left, pdf.y, { width: this.width }));
    pdf.moveDown(0.3);
  }

  private paragraph(text: string, style: 'normal' | 'note') {
    const { pdf } = this;
    const note = style === 'note';
    pdf
      .font(note ? FONT.italic : FONT.regular)
      .fontSize(note ? SIZE.note : SIZE.body)
      .fillColor(note ? COLOR.muted : COLOR.text);
    this.ensureSpace(pdf.currentLineHeight(true));
    this.tag('P', () => pdf.text(text, this.left, pdf.y, { width: this.width, lineGap: 2 }));
    pdf.moveDown(0.5);
  }

  /** Labels sit in a gutter and the item text in a column beside it: a hanging indent that survives wrapping. */
  private list(ordered: boolean, items: string[]) {
    const { pdf } = this;
    const list = pdf.struct('L');
    this.root.add(list);
    pdf.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text);
    const gutter = ordered ? Math.max(LIST_INDENT, pdf.widthOfString(`${items.length}.`) + 6) : LIST_INDENT;
    items.forEach((item, index) => {
      this.ensureSpace(pdf.currentLineHeight(true) + 2);
      const y = pdf.y;
      const li = pdf.struct('LI');
      list.add(li);
      this.tag('Lbl', () => pdf.text(ordered ? `${index + 1}.` : '•', this.left, y, { width: gutter, lineBreak: false }), li);
      this.tag('LBody', () => pdf.text(item, this.left + gutter, y, { width: this.width - gutter, lineGap: 2 }), li);
      li.end();
      pdf.moveDown(0.2);
    });
    list.end();
    pdf.x = this.left;
    pdf.moveDown(0.4);
  }

  /**
   * Columns sized to their content (columnShares), rows that never split, and the header repeated (as an artifact, since it is not new
   * content) at the top of every page the table continues on.
   */
  private table(header: string[], rows: string[][]) {
    const { pdf } = this;
    const widths = columnShares(header, rows).map((share) => this.width * share);
    const lefts = widths.map((_, i) => this.left + widths.slice(0, i).reduce((sum, width) => sum + width, 0));
    const textWidth = (i: number) => widths[i]! - 2 * CELL_PADDING;
    const table = pdf.struct('Table');
    this.root.add(table);

    const rowHeight = (cells: string[], font: string) => {
      pdf.font(font).fontSize(SIZE.body);
      const heights = widths.map((_, i) => pdf.heightOfString(cells[i] || ' ', { width: textWidth(i) }));
      return Math.max(...heights) + 2 * CELL_PADDING;
    };
    // A cell longer than a page is cut off with an ellipsis rather than breaking the page layout.
    const maxRowHeight = this.bottom - this.pdf.page.margins.top;
    const drawRow = (cells: string[], isHeader: boolean, row: Struct | undefined) => {
      const font = isHeader ? FONT.bold : FONT.regular;
      const height = Math.min(rowHeight(cells, font), maxRowHeight);
      const y = pdf.y;
      this.artifact(() => {
        if (isHeader) pdf.rect(this.left, y, this.width, height).fill(COLOR.headerFill);
        pdf.lineWidth(0.5).strokeColor(COLOR.rule);
        widths.forEach((width, i) => pdf.rect(lefts[i]!, y, width, height).stroke());
      });
      pdf.font(font).fontSize(SIZE.body).fillColor(COLOR.text);
      for (let i = 0; i < widths.length; i++) {
        const draw = () =>
          pdf.text(cells[i] ?? '', lefts[i]! + CELL_PADDING, y + CELL_PADDING, {
            width: textWidth(i),
            height: height - 2 * CELL_PADDING,
            ellipsis: true,
          });
        if (row) this.tag(isHeader ? 'TH' : 'TD', draw, row);
        else this.artifact(draw);
      }
      pdf.y = y + height;
    };
    const taggedRow = (cells: string[], isHeader: boolean) => {
      const row = pdf.struct('TR');
      table.add(row);
      drawRow(cells, isHeader, row);
      row.end();
    };

    const hasHeader = header.length > 0;
    const headerHeight = hasHeader ? rowHeight(header, FONT.bold) : 0;
    this.ensureSpace(headerHeight + (rows[0] ? rowHeight(rows[0], FONT.regular) : 0));
    if (hasHeader) taggedRow(header, true);
    for (const cells of rows) {
      const height = Math.min(rowHeight(cells, FONT.regular), maxRowHeight);
      if (pdf.y + height > this.bottom) {
        pdf.addPage();
        if (hasHeader) drawRow(header, true, undefined);
      }
      taggedRow(cells, false);
    }
    table.end();
    pdf.x = this.left;
    pdf.moveDown(0.8);
  }

  /** Scaled down to the text width, and to the page height for tall charts; never scaled up, which blurs PNGs. */
  private image(png: Buffer, width: number, height: number, alt: string) {
    const { pdf } = this;
    const scale = Math.min(1, this.width / width, (this.bottom - pdf.page.margins.top) / height);
    const w = width * scale;
    const h = height * scale;
    this.ensureSpace(h);
    const y = pdf.y;
    this.tag('Figure', () => pdf.image(png, this.left, y, { width: w, height: h }), this.root, { alt });
    pdf.x = this.left;
    pdf.y = y + h;
    pdf.moveDown(0.8);
  }
}

/** "1 / N" needs the page count, so it is written once all pages exist (hence bufferPages). */
function addPageNumbers(pdf: Pdf, footer: string | undefined) {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const page = pdf.page;
    const bottomMargin = page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    page.margins.bottom = 0;
    const label = `${i - start + 1} / ${count}`;
    pdf.markContent('Artifact', { type: 'Pagination' });
    pdf
      .font(FONT.regular)
      .fontSize(SIZE.footer)
      .fillColor(COLOR.muted)
      .text(footer ? `${footer}  ·  ${label}` : label, page.margins.left, page.height - bottomMargin / 2 - SIZE.footer / 2, {
        width: page.width - page.margins.left - page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    pdf.endMarkedContent();
    page.margins.bottom = bottomMargin;
  }
}
