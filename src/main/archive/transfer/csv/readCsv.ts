import { parse } from 'csv-parse/sync';
import { ArchiveError } from '../../../../shared/contract/errors';
import { MAX_IMPORT_ROWS } from '../../limits';
import { lineAt } from './spreadsheetText';

export interface CsvRow {
  /** The line of the file where the row starts (the header is line 1). */
  line: number;
  /** Cells by header. */
  cells: Map<string, string>;
}

export interface CsvFile {
  headers: string[];
  rows: CsvRow[];
  /** How the bytes were read, for the preview to say ("UTF-8 with a byte-order mark", "semicolon"). */
  reading?: { encoding: string; delimiter: string; detected: boolean };
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { empty_lines: number };
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
  record?: string[];
}

const DELIMITER_WORDS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** csv-parse's message ("Invalid Record Length: expect 2, got 3 on line 5") in the words of someone who saved a spreadsheet, with the fix. */
function parserMessage(error: CsvParseError, delimiter: string, text: string): string {
  const line = error.lines ? `line ${error.lines}` : 'a line';
  const separator = DELIMITER_WORDS[delimiter] ?? `“${delimiter}”`;
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `${line} has ${error.record?.length ?? 'another number of'} cells where the header has a different number: a cell with a ${separator} in it must be in double quotes, or the file separates its cells with something else than a ${separator} (choose the delimiter)`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `line ${unclosedQuoteLine(text)} opens a cell with a double quote that never closes: add the closing double quote`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `${line} has a double quote inside a quoted cell: write it twice ("") or take it out`;
    default:
      return `${line} cannot be read as CSV (${error.message})`;
  }
}

/** The line of the double quote that opens a cell and is never closed (csv-parse names only the last line). */
function unclosedQuoteLine(text: string): number {
  let quoted = false;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (!quoted) openedAt = i;
    quoted = !quoted;
  }
  return lineAt(text, openedAt);
}

/** Line breaks in a record's text (CRLF counts once), not counting the one that ends it. */
function breaksWithin(raw: string): number {
  return raw.replace(/(\r\n|\r|\n)$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Reads a CSV file (RFC 4180, with or without a BOM, CRLF or LF) into rows keyed by header,
 * each with the line it starts on, so problems can be reported by line.
 */
export function readCsv(text: string, fileName: string, delimiter = ','): CsvFile {
  let records: ParsedRecord[];
  try {
    // Parsing stops one row past the bound, so a huge file costs no more than a large one.
    records = parse(text, { bom: true, info: true, raw: true, delimiter, skip_empty_lines: true, relax_column_count: false, to: MAX_IMPORT_ROWS + 2 }) as unknown as ParsedRecord[];
  } catch (error) {
    throw new ArchiveError({ code: 'invalid-input', message: `${fileName}: ${parserMessage(error as CsvParseError, delimiter, text)}` });
  }
  if (records.length > MAX_IMPORT_ROWS + 1) {
    throw new ArchiveError({
      code: 'invalid-input',
      message: `${fileName} has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows, the most one import takes: split it into smaller files`,
    });
  }
  const [head, ...body] = records;
  if (!head) throw new ArchiveError({ code: 'invalid-input', message: `${fileName} is empty: a CSV file to import needs a header row` });
  const headers = head.record.map((header) => header.trim());
  const rows: CsvRow[] = [];
  // Counted from the records' own text: csv-parse's line counter counts a CRLF inside
  // quotes twice. A record starts after the previous one and the blank lines skipped since.
  let lastLine = head.info.empty_lines + 1 + breaksWithin(head.raw);
  let emptySoFar = head.info.empty_lines;
  for (const { record, raw, info } of body) {
    const line = lastLine + 1 + (info.empty_lines - emptySoFar);
    rows.push({ line, cells: new Map(headers.map((header, index) => [header, record[index] ?? ''])) });
    lastLine = line + breaksWithin(raw);
    emptySoFar = info.empty_lines;
  }
  return { headers, rows };
}
