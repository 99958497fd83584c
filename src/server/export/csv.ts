import { stringify } from 'csv-stringify/sync';

/**
 * CSV as spreadsheet programs open it: UTF-8 with a byte-order mark (so Excel reads é and ë),
 * semicolons (the list separator of Dutch Excel) and CRLF line ends.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${stringify(
    [header, ...rows].map((row) => row.map(defuse)),
    { delimiter: ';', record_delimiter: 'windows' },
  )}`;
}

/** Text that a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
const defuse = (cell: string | number | null) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
