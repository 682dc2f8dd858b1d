import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { CsvKind } from '../../../shared/contract/transfer';
import { CSV_TABLES } from './csv/csvTables';
import { toCsvText, type CsvCell, type CsvWriteOptions } from './csv/csvText';
import type { CsvTable } from './csv/csvTable';
import { forEachStep, type TransferControl } from './control';

export interface CsvExport {
  fileName: string;
  text: string;
  rows: number;
}

export interface CsvExportOptions extends CsvWriteOptions {
  /** Only these records, in this order (for goals: these matches' goals). */
  ids?: readonly string[];
}

/** One kind of record as a CSV file, following the archive's CSV rules. */
export async function exportCsv(
  archive: Readonly<ArchiveDocument>,
  kind: CsvKind,
  options: CsvExportOptions = {},
  control?: TransferControl,
): Promise<CsvExport> {
  const table = CSV_TABLES[kind] as unknown as CsvTable<unknown>;
  const rows = table.rows(archive, options.ids);
  const cells: CsvCell[][] = new Array(rows.length);
  await forEachStep(rows, `Writing ${table.fileName}`, control, (row, index) => {
    cells[index] = table.columns.map((column) => column.cell(row));
  });
  return { fileName: table.fileName, text: toCsvText(table.columns.map((column) => column.header), cells, options), rows: rows.length };
}
