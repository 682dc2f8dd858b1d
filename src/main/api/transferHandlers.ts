import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { readImportBytes, readImportFile } from '../archive/transfer/readImportFile';
import { readSpreadsheet } from '../archive/transfer/csv/readSpreadsheet';
import { ArchiveError } from '../../shared/contract/errors';
import { KIND_NAMES } from '../../shared/schemas/kinds';
import { ImportOptions, type CsvImportOptions, type ImportPreview, type transferOperations } from '../../shared/contract/transfer';
import type { z } from 'zod';
import type { Archive } from '../archive/archive';
import { writeFileDurably } from '../archive/durableJsonFile';
import { phase } from '../archive/transfer/control';
import type { CsvFile } from '../archive/transfer/csv/readCsv';
import { exportCsv } from '../archive/transfer/exportCsv';
import { exportCsvFolder } from '../archive/transfer/exportFolder';
import { exportArchiveJson } from '../archive/transfer/exportJson';
import { csvImportSummary, importCsv, planCsvImport } from '../archive/transfer/importCsv';
import { importJson, previewJsonImport, readArchiveJson } from '../archive/transfer/importJson';
import { TransferJobs } from '../archive/transfer/jobs';
import { importOpenfootball, planOpenfootballImport, readOpenfootball, type OpenfootballFile } from '../archive/transfer/openfootball';
import type { ArchiveDocument } from '../../shared/schemas/archive';
import type { FileDialogs } from './fileDialogs';
import type { HandlersOf } from './handlers';

type ParsedOptions = z.output<typeof ImportOptions>;

/** A file chosen for import, read and parsed once; the renderer holds only its id. */
type PendingImport =
  | { format: 'json'; fileName: string; document: ArchiveDocument }
  | { format: 'csv'; fileName: string; bytes: Uint8Array; csv: CsvFile; readAs: string }
  | { format: 'openfootball'; fileName: string; file: OpenfootballFile };

const JSON_FILTER = { name: 'JSON', extensions: ['json'] };
const CSV_FILTER = { name: 'CSV', extensions: ['csv'] };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The `transfer` operations over one archive, asking the user for every path through `dialogs`. */
export function createTransferHandlers(archive: Archive, dialogs: FileDialogs, jobs = new TransferJobs()): HandlersOf<{ transfer: typeof transferOperations }>['transfer'] {
  const pending = new Map<string, PendingImport>();
  const { store } = archive;

  function pendingImport(importId: string, format: ParsedOptions['format']): PendingImport {
    const found = pending.get(importId);
    if (!found) throw new ArchiveError({ code: 'not-found', message: 'That import is no longer open: choose the file again' });
    if (found.format !== format) throw new ArchiveError({ code: 'invalid-input', message: `${found.fileName} was opened as ${found.format}, not ${format}` });
    return found;
  }

  function preview(found: PendingImport, options: ParsedOptions): ImportPreview {
    if (found.format === 'json') return previewJsonImport(store, found.document);
    if (found.format === 'csv' && options.format === 'csv') return planCsvImport(archive, csvAsChosen(found, options.csv), options.csv).preview;
    if (found.format === 'openfootball' && options.format === 'openfootball') return planOpenfootballImport(archive, found.file, options.team).preview;
    throw new ArchiveError({ code: 'invalid-input', message: 'The options do not fit the file' });
  }

  /** The spreadsheet read again when the user chose another encoding or delimiter. */
  function csvAsChosen(found: Extract<PendingImport, { format: 'csv' }>, options: CsvImportOptions): CsvFile {
    const choice = { encoding: options.encoding ?? 'auto', delimiter: options.delimiter ?? 'auto' };
    const key = `${choice.encoding}|${choice.delimiter}`;
    if (found.readAs !== key) {
      found.csv = readSpreadsheet(found.bytes, found.fileName, choice);
      found.readAs = key;
    }
    return found.csv;
  }

  async function parseFile(options: ParsedOptions, file: string): Promise<PendingImport> {
    const fileName = basename(file);
    if (options.format === 'csv') {
      const bytes = await readImportBytes(file);
      const choice = { encoding: options.csv.encoding ?? 'auto', delimiter: options.csv.delimiter ?? 'auto' };
      return { format: 'csv', fileName, bytes, csv: readSpreadsheet(bytes, fileName, choice), readAs: `${choice.encoding}|${choice.delimiter}` };
    }
    const text = await readImportFile(file);
    if (options.format === 'json') return { format: 'json', fileName, document: readArchiveJson(text, fileName) };
    return { format: 'openfootball', fileName, file: readOpenfootball(text, fileName) };
  }

  return {
    async exportJson() {
      const file = await dialogs.chooseSaveFile({ title: 'Export the archive as JSON', defaultName: `klopp-era-${today()}.json`, filters: [JSON_FILTER] });
      if (!file) return null;
      const jobId = jobs.start(async (control) => {
        await phase('Writing JSON', control);
        await writeFileDurably(file, exportArchiveJson(store.data));
        return `Exported the archive to ${basename(file)}`;
      });
      return { jobId };
    },

    async exportCsv({ kind, bom }) {
      if (kind === 'all') {
        const folder = await dialogs.chooseFolder({ title: 'Choose a folder for the CSV files' });
        if (!folder) return null;
        // A folder of its own, so an export never mixes with files already there.
        const target = join(folder, `klopp-era-csv-${today()}`);
        const jobId = jobs.start(async (control) => {
          const manifest = await exportCsvFolder(store.data, target, { bom }, control);
          return `Exported ${manifest.files.length} CSV files and manifest.json to ${basename(target)}`;
        });
        return { jobId };
      }
      const file = await dialogs.chooseSaveFile({ title: `Export ${kind} as CSV`, defaultName: `${kind}.csv`, filters: [CSV_FILTER] });
      if (!file) return null;
      const jobId = jobs.start(async (control) => {
        const csv = await exportCsv(store.data, kind, { bom }, control);
        await writeFileDurably(file, csv.text);
        return `Exported ${csv.rows} rows to ${basename(file)}`;
      });
      return { jobId };
    },

    async exportList({ kind, ids, bom }) {
      const file = await dialogs.chooseSaveFile({ title: `Export these ${kind} as CSV`, defaultName: `${kind}-${today()}.csv`, filters: [CSV_FILTER] });
      if (!file) return null;
      const jobId = jobs.start(async (control) => {
        const csv = await exportCsv(store.data, kind, { bom, ids }, control);
        await writeFileDurably(file, csv.text);
        return `Exported ${csv.rows} ${csv.rows === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many} to ${basename(file)}`;
      });
      return { jobId };
    },

    async openImport({ options }) {
      const filters = options.format === 'csv' ? [CSV_FILTER] : [JSON_FILTER];
      const file = await dialogs.chooseOpenFile({ title: 'Choose a file to import', filters });
      if (!file) return null;
      const found = await parseFile(options, file);
      const importId = randomUUID();
      pending.set(importId, found);
      return { importId, fileName: found.fileName, preview: preview(found, options) };
    },

    previewImport({ importId, options }) {
      return preview(pendingImport(importId, options.format), options);
    },

    applyImport({ importId, options }) {
      const found = pendingImport(importId, options.format);
      const jobId = jobs.start(async (control) => {
        if (found.format === 'json' && options.format === 'json') {
          const result = await importJson(store, found.document, { conflicts: options.conflicts }, control);
          pending.delete(importId);
          return `Imported ${result.created} new and ${result.replaced} replaced records from ${found.fileName}`;
        }
        if (found.format === 'csv' && options.format === 'csv') {
          const { preview: done } = await importCsv(archive, csvAsChosen(found, options.csv), options.csv, control);
          pending.delete(importId);
          return `Imported ${csvImportSummary(done, found.fileName)}`;
        }
        if (found.format === 'openfootball' && options.format === 'openfootball') {
          const { preview: done } = await importOpenfootball(archive, found.file, { team: options.team }, control);
          pending.delete(importId);
          const skipped = done.skipped.length > 0 ? `; skipped ${done.skipped.length} already in the archive or refused` : '';
          return `Imported ${done.matches.length} ${done.competition} matches${skipped}`;
        }
        throw new ArchiveError({ code: 'invalid-input', message: 'The options do not fit the file' });
      });
      return { jobId };
    },

    job: ({ jobId }) => jobs.state(jobId),
    cancel: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
