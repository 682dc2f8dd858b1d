import { parse } from 'csv-parse/sync';
import { ArchiveError } from '../../../../shared/contract/errors';

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
  info: { lines: number; empty_lines: number };
}

/**
 * Reads a CSV file (RFC 4180, with or without a BOM, CRLF or LF) into rows keyed by header,
 * each with the line it starts on, so problems can be reported by line.
 */
export function readCsv(text: string, fileName: string): CsvFile {
  let records: ParsedRecord[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ArchiveError({
      code: 'invalid-input',
      message: `${fileName} is not a readable CSV file${line ? ` (line ${line})` : ''}: ${(error as Error).message}`,
    });
  }
  const [head, ...body] = records;
  if (!head) throw new ArchiveError({ code: 'invalid-input', message: `${fileName} is empty: a CSV file to import needs a header row` });
  const headers = head.record.map((header) => header.trim());
  const rows: CsvRow[] = [];
  // After a record, `lines` is the line the parser stands on: where the next record starts,
  // once the empty lines skipped before it are counted.
  let previous = head.info;
  for (const { record, info } of body) {
    const line = previous.lines + (info.empty_lines - previous.empty_lines);
    rows.push({ line, cells: new Map(headers.map((header, index) => [header, record[index] ?? ''])) });
    previous = info;
  }
  return { headers, rows };
}
