/**
 * A small RFC 4180 CSV writer: comma-separated, CRLF line ends, a header row, and fields quoted only when they
 * hold a comma, a double quote, CR or LF (quotes inside are doubled). Output is a JS string; serve it as UTF-8.
 * The one writer behind the /data/ downloads and both calculators' exports.
 */

/** One cell before formatting. `null` and `undefined` become an empty field; numbers keep their full precision. */
export type CsvCell = string | number | boolean | null | undefined;

const needsQuotes = /[",\r\n]/;

/** Formats one field. Throws on a non-finite number, which would otherwise print as "NaN" or "Infinity". */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' && !Number.isFinite(cell)) {
    throw new Error(`CSV: cannot write the number ${String(cell)}; give a finite number or leave the cell empty.`);
  }
  const text = String(cell);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a header row and data rows. Every row must have as many cells as the header, so a shifted column
 * fails here instead of in a reader's spreadsheet. The file ends with CRLF, as RFC 4180 allows.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  if (header.length === 0) throw new Error('CSV: the header needs at least one column.');
  const lines = [header.map(csvField).join(',')];
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new Error(`CSV: row ${i + 1} has ${row.length} cells but the header has ${header.length} columns.`);
    }
    lines.push(row.map(csvField).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
