/** Long titles would make unwieldy file names; the start of a title is enough to recognise it. */
const MAX_SLUG = 60;

/** Lower case, words joined by hyphens; `ascii` also drops accents ("Hygiëne" → "hygiene"), for the plain `filename`. */
function slug(text: string, ascii: boolean): string {
  const plain = ascii ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text.normalize('NFC');
  const words = plain.toLowerCase().replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '-');
  // Cut by code points: half of a letter beyond the basic plane ("𝐀") cannot be percent-encoded.
  return Array.from(words)
    .slice(0, MAX_SLUG)
    .join('')
    .replace(/^-+|-+$/g, '');
}

/** RFC 5987 ext-value: percent-encoded UTF-8, including the characters encodeURIComponent leaves alone but attr-char forbids. */
const extValue = (text: string) => `UTF-8''${encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/**
 * A download named after what it is about ("plan-van-aanpak-handhygiene.docx"), so several
 * programmes' documents can sit side by side in one folder. `filename` is ASCII for every
 * browser; `filename*` (RFC 6266 section 4.3, RFC 5987) keeps the title's own letters.
 * `inline` for what a browser may show itself (a QR code), saved under the same name.
 */
export function attachment(kind: string, title: string, extension: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = (ascii: boolean) => [kind, slug(title, ascii)].filter(Boolean).join('-') + `.${extension}`;
  return `${disposition}; filename="${name(true)}"; filename*=${extValue(name(false))}`;
}
