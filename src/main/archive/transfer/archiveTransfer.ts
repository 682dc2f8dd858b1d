import { basename } from 'node:path';
import type { z } from 'zod';
import { ArchiveError } from '../../../shared/contract/errors';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { CsvDelimiterChoice, CsvEncodingChoice, CsvKind, ImportFormat, ImportOptions, ImportPreview } from '../../../shared/contract/transfer';
import type { Archive } from '../archive';
import { writeFileDurably } from '../durableJsonFile';
import type { TransferControl } from './control';
import type { CsvFile } from './csv/readCsv';
import { readSpreadsheet } from './csv/readSpreadsheet';
import { exportCsv, type CsvExport } from './exportCsv';
import { exportCsvFolder } from './exportFolder';
import { exportArchiveJson } from './exportJson';
import { csvImportSummary, importCsv, planCsvImport, type CsvImportResult } from './importCsv';
import { importJson, previewJsonImport, readArchiveJson, type JsonImportResult } from './importJson';
import { importOpenfootball, planOpenfootballImport, readOpenfootball, type OpenfootballFile, type OpenfootballImportResult } from './openfootball';
import { readImportBytes, readImportFile } from './readImportFile';

type ParsedOptions = z.output<typeof ImportOptions>;

/** A file chosen for import, read and parsed once, whoever imports it (the app, the command line). */
export type ImportFile =
  | { format: 'json'; fileName: string; document: ArchiveDocument }
  | { format: 'csv'; fileName: string; bytes: Uint8Array; csv: CsvFile; readAs: string }
  | { format: 'openfootball'; fileName: string; file: OpenfootballFile };

/** What an import did (or, dry, would do), by format. */
export type ImportOutcome =
  | { format: 'json'; fileName: string; result: JsonImportResult }
  | { format: 'csv'; fileName: string; result: CsvImportResult }
  | { format: 'openfootball'; fileName: string; result: OpenfootballImportResult };

/** Reads and parses a file to import in the given format; bad files are refused by name. */
export async function readImport(format: ImportFormat, path: string, csvChoice: CsvReadChoice = {}): Promise<ImportFile> {
  const fileName = basename(path);
  if (format === 'csv') {
    const bytes = await readImportBytes(path);
    return { format, fileName, bytes, csv: readSpreadsheet(bytes, fileName, csvChoice), readAs: readKey(csvChoice) };
  }
  const text = await readImportFile(path);
  if (format === 'json') return { format, fileName, document: readArchiveJson(text, fileName) };
  return { format, fileName, file: readOpenfootball(text, fileName) };
}

/** How to read a spreadsheet's bytes; `auto` or absent: as detected. */
type CsvReadChoice = { encoding?: CsvEncodingChoice; delimiter?: CsvDelimiterChoice };
const readKey = (choice: CsvReadChoice) => `${choice.encoding ?? 'auto'}|${choice.delimiter ?? 'auto'}`;

/** The spreadsheet as the options read it: read again from its bytes when another encoding or separator is chosen. */
function csvAsChosen(found: Extract<ImportFile, { format: 'csv' }>, choice: CsvReadChoice): CsvFile {
  if (found.readAs !== readKey(choice)) {
    found.csv = readSpreadsheet(found.bytes, found.fileName, choice);
    found.readAs = readKey(choice);
  }
  return found.csv;
}

function misfit(): ArchiveError {
  return new ArchiveError({ code: 'invalid-input', message: 'The options do not fit the file' });
}

/** What importing the file with these options would do, without doing it. */
export function previewImport(archive: Archive, found: ImportFile, options: ParsedOptions): ImportPreview {
  if (found.format === 'json') return previewJsonImport(archive.store, found.document);
  if (found.format === 'csv' && options.format === 'csv') return planCsvImport(archive, csvAsChosen(found, options.csv), options.csv).preview;
  if (found.format === 'openfootball' && options.format === 'openfootball') return planOpenfootballImport(archive, found.file, options).preview;
  throw misfit();
}

/** Imports the file in ONE commit (all or nothing), or with `dryRun` checks it and writes nothing. */
export async function runImport(archive: Archive, found: ImportFile, options: ParsedOptions, control?: TransferControl, dryRun = false): Promise<ImportOutcome> {
  const { fileName } = found;
  if (found.format === 'json' && options.format === 'json') {
    return { format: 'json', fileName, result: await importJson(archive.store, found.document, { conflicts: options.conflicts, inTrash: options.inTrash, dryRun }, control) };
  }
  if (found.format === 'csv' && options.format === 'csv') return { format: 'csv', fileName, result: await importCsv(archive, csvAsChosen(found, options.csv), { ...options.csv, dryRun }, control) };
  if (found.format === 'openfootball' && options.format === 'openfootball') {
    return { format: 'openfootball', fileName, result: await importOpenfootball(archive, found.file, { ...options, dryRun }, control) };
  }
  throw misfit();
}

/** "12 new and 3 replaced records from colleague.json": what an import brought, in one line. */
export function importSummary(outcome: ImportOutcome): string {
  if (outcome.format === 'json') return `${outcome.result.created} new and ${outcome.result.replaced} replaced records from ${outcome.fileName}`;
  if (outcome.format === 'csv') return csvImportSummary(outcome.result.preview, outcome.fileName);
  const { preview } = outcome.result;
  const skipped = preview.skipped.length > 0 ? `; skipped ${preview.skipped.length} already in the archive, in the trash or refused` : '';
  return `${preview.matches.length} ${preview.competition} ${preview.season} matches of ${preview.team}${skipped}`;
}

/** Whether the import wrote anything. */
export function importWritten(outcome: ImportOutcome): boolean {
  return outcome.result.written;
}

/** The whole archive as JSON, as people read it. */
export function exportJsonText(archive: Archive): string {
  return exportArchiveJson(archive.store.data);
}

/** One kind (or the listed records of it) as CSV. */
export function exportCsvText(archive: Archive, kind: CsvKind, options: { bom: boolean; ids?: readonly string[] }, control?: TransferControl): Promise<CsvExport> {
  return exportCsv(archive.store.data, kind, options, control);
}

/** Every kind as CSV into `folder`, with manifest.json. */
export function exportCsvFiles(archive: Archive, folder: string, options: { bom: boolean }, control?: TransferControl) {
  return exportCsvFolder(archive.store.data, folder, options, control);
}

/** Writes an export durably: the file is whole or not there. */
export function writeExportFile(file: string, text: string): Promise<void> {
  return writeFileDurably(file, text);
}
