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
