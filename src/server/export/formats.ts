import type { ExportDocument } from './document.js';

/**
 * The formats a document of the neutral model downloads as: content type and renderer. The
 * renderers (docx, pdfkit with its fonts) load on the first download, not at start: they are
 * about a third of the server's start-up and memory and most processes never need them.
 */
export const DOCUMENT_FORMATS = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: async (doc: ExportDocument) => (await import('./docx.js')).toDocx(doc),
  },
  pdf: { type: 'application/pdf', render: async (doc: ExportDocument) => (await import('./pdf.js')).toPdf(doc) },
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;
