import type { ArchiveDocument } from '../../../../shared/schemas/archive';
import type { CsvCell } from './csvText';

/** One column of an exported CSV file: its header and how a row's cell is read. */
export interface CsvColumn<Row> {
  header: string;
  cell: (row: Row) => CsvCell;
}

/**
 * One CSV file of the export: what a row is, how the archive's records become rows, and
 * the columns. `ids` keeps only the rows of those records, in that order (what a list shows).
 */
export interface CsvTable<Row> {
  fileName: string;
  columns: ReadonlyArray<CsvColumn<Row>>;
  rows: (archive: Readonly<ArchiveDocument>, ids?: readonly string[]) => Row[];
}

/** A text cell for a list field: items joined by "; " (and split on ";" on import). */
export function listCell(items: readonly string[]): string {
  return items.join('; ');
}

/** true/false spelt out: a spreadsheet and a script read them the same way. */
export function flagCell(flag: boolean | undefined): string {
  return flag ? 'true' : 'false';
}

/** The records of a kind, all or only those ids in that order. */
export function pick<R extends { id: string }>(records: readonly R[], ids?: readonly string[]): R[] {
  if (!ids) return [...records];
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}
