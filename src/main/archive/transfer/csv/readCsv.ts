import { parse } from 'csv-parse/sync';
import { ArchiveError } from '../../../../shared/contract/errors';
import { MAX_IMPORT_ROWS } from '../../limits';

export interface CsvRow {
  /** The line of the file where the row starts (the header is line 1). */
  line: number;
  /** Cells by header. */
  cells: Map<string, string>;
}

export interface CsvFile {
  headers: string[];
  rows: CsvRow[];
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { empty_lines: number };
}

/** Line breaks in a record's text (CRLF counts once), not counting the one that ends it. */
function breaksWithin(raw: string): number {
  return raw.replace(/(\r\n|\r|\n)$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Reads a CSV file (RFC 4180, with or without a BOM, CRLF or LF) into rows keyed by header,
 * each with the line it starts on, so problems can be reported by line.
 */
export function readCsv(text: string, fileName: string): CsvFile {
  let records: ParsedRecord[];
  try {
    // Parsing stops one row past the bound, so a huge file costs no more than a large one.
    records = parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true, relax_column_count: false, to: MAX_IMPORT_ROWS + 2 }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ArchiveError({
      code: 'invalid-input',
      message: `${fileName} is not a readable CSV file${line ? ` (line ${line})` : ''}: ${(error as Error).message}`,
    });
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
