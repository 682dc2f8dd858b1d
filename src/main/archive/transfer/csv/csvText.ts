import { stringify } from 'csv-stringify/sync';

/** A cell as the archive hands it to CSV: text, a number, or nothing. */
export type CsvCell = string | number | undefined;

export interface CsvWriteOptions {
  /** A UTF-8 byte-order mark, so Excel reads accents (Jürgen, Konaté) right. Default true. */
  bom?: boolean;
}

/** Characters that make a spreadsheet read a cell as a formula (or strip it into one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe, which
 * spreadsheets read as "this is text". Numbers stay numbers: -3 is a score, not a formula.
 */
export function neutraliseCell(cell: CsvCell): string | number {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseCell on import: an apostrophe before a formula character was ours. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** RFC 4180: quoted where needed, inner quotes doubled, CRLF rows, a BOM unless told not to. */
export function toCsvText(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>, options: CsvWriteOptions = {}): string {
  // Numbers are written as they are (never neutralised), as text so the library has nothing to cast.
  const records = rows.map((row) => row.map((cell) => String(neutraliseCell(cell))));
  return stringify([header as string[], ...records], { bom: options.bom ?? true, record_delimiter: '\r\n' });
}
