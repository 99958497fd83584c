/**
 * A neutral document model that the DOCX and PDF renderers share, so a feature (an interview guide,
 * a board report) describes its content once and gets both formats with the same structure. It holds
 * only what both formats can express faithfully; anything format-specific stays in the renderers.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** `note` is for asides such as facilitator hints: rendered smaller and in italics. */
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'note' }
  /** Ordered lists restart at 1 for every block, so each interview section numbers its own questions. */
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** Charts arrive as PNG; width and height are the intended size in points (1/72 inch), scaled down to fit. */
  | { kind: 'image'; png: Buffer; width: number; height: number; alt: string };

export interface ExportDocument {
  title: string;
  subtitle?: string;
  /** Set as the document language so screen readers and spell checkers use the right language. */
  language: 'nl' | 'en';
  blocks: Block[];
  /** Text shown on every page next to the page number, e.g. the organisation and date. */
  footer?: string;
}

/** BCP 47 tags for the document language; Dutch care organisations are in the Netherlands. */
export const LANGUAGE_TAGS = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<ExportDocument['language'], string>;

/** Characters per column beyond which a longer text wraps anyway: it should not claim the whole width. */
const LONG_TEXT = 40;
/** About how many characters of body text fit on one line of a table across the page (both formats). */
export const TABLE_LINE_CHARACTERS = 85;

/**
 * Each column's share of a table's width (they add up to 1), from its content. First every column
 * gets room for its longest word, so "Psychologische capaciteit" or "Eigenaar" never break mid-word;
 * what is left goes to the columns of longer texts. Equal columns squeezed a status as much as a
 * paragraph of evidence.
 */
export function columnShares(header: readonly string[], rows: readonly (readonly string[])[], capacity = TABLE_LINE_CHARACTERS): number[] {
  const columns = Math.max(1, header.length, ...rows.map((row) => row.length));
  const cellsOf = (i: number) => [header[i] ?? '', ...rows.map((row) => row[i] ?? '')];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const measured = Array.from({ length: columns }, (_, i) => {
    const cells = cellsOf(i);
    // Two characters more for the cell's padding and the header's bold type.
    const least = Math.max(1, ...cells.flatMap((text) => text.split(/\s+/).map((word) => word.length))) + 2;
    const meanLength = sum(cells.map((text) => text.length)) / cells.length;
    return { least, wants: Math.max(least, Math.min(meanLength, LONG_TEXT)) };
  });
  const least = sum(measured.map((m) => m.least));
  if (least >= capacity)
    return capWidest(
      measured.map((m) => m.least),
      capacity,
    ).map((width) => width / capacity);
  const more = measured.map((m) => m.wants - m.least);
  const spare = capacity - least;
  // Nobody wants more: share the spare room in proportion, as the least widths are.
  const totalMore = sum(more);
  return measured.map((m, i) => (m.least + (totalMore > 0 ? (spare * more[i]!) / totalMore : (spare * m.least) / least)) / capacity);
}

/**
 * When not every longest word fits, the widest columns give way first, down to one common width:
 * one long word breaks instead of a word in every column.
 */
function capWidest(widths: number[], capacity: number): number[] {
  const fits = (cap: number) => widths.reduce((total, width) => total + Math.min(width, cap), 0) <= capacity;
  let low = capacity / widths.length;
  let high = Math.max(...widths);
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  const capped = widths.map((width) => Math.min(width, low));
  // Whatever rounding leaves goes to the capped columns alike.
  const left = capacity - capped.reduce((a, b) => a + b, 0);
  const atCap = capped.filter((width) => width === low).length;
  return capped.map((width) => (width === low ? width + left / atCap : width));
}
