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

/**
 * Each column's share of a table's width (they add up to 1), from its content: at least room for
 * its longest word, so names such as "Psychologische capaciteit" do not break mid-word, and more for
 * columns of longer texts. Equal columns squeezed a weight of "4" as much as a paragraph of evidence.
 */
export function columnShares(header: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const columns = Math.max(1, header.length, ...rows.map((row) => row.length));
  const cellsOf = (i: number) => [header[i] ?? '', ...rows.map((row) => row[i] ?? '')];
  const wants = Array.from({ length: columns }, (_, i) => {
    const cells = cellsOf(i);
    const longestWord = Math.max(1, ...cells.flatMap((text) => text.split(/\s+/).map((word) => word.length)));
    const meanLength = cells.reduce((sum, text) => sum + text.length, 0) / cells.length;
    return Math.max(longestWord, Math.min(meanLength, LONG_TEXT));
  });
  const total = wants.reduce((sum, want) => sum + want, 0);
  return wants.map((want) => want / total);
}
