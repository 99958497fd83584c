import { toDocx } from './docx.js';
import { toPdf } from './pdf.js';

/** The formats a document of the neutral model downloads as: content type and renderer. */
export const DOCUMENT_FORMATS = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: toDocx },
  pdf: { type: 'application/pdf', render: toPdf },
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;
