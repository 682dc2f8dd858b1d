import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { ArchiveError } from '../../shared/contract/errors';
import { KIND_NAMES } from '../../shared/schemas/kinds';
import type { ImportOptions, transferOperations } from '../../shared/contract/transfer';
import type { z } from 'zod';
import {
  exportCsvFiles,
  exportCsvText,
  exportJsonText,
  importSummary,
  phase,
  previewImport,
  readImport,
  runImport,
  TransferJobs,
  writeExportFile,
  type Archive,
  type ImportFile,
} from '../archive';
import type { FileDialogs } from './fileDialogs';
import type { HandlersOf } from './handlers';

type ParsedOptions = z.output<typeof ImportOptions>;

const JSON_FILTER = { name: 'JSON', extensions: ['json'] };
const CSV_FILTER = { name: 'CSV', extensions: ['csv'] };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The `transfer` operations over one archive, asking the user for every path through `dialogs`. */
export function createTransferHandlers(archive: Archive, dialogs: FileDialogs, jobs = new TransferJobs()): HandlersOf<{ transfer: typeof transferOperations }>['transfer'] {
  const pending = new Map<string, ImportFile>();

  function pendingImport(importId: string, format: ParsedOptions['format']): ImportFile {
    const found = pending.get(importId);
    if (!found) throw new ArchiveError({ code: 'not-found', message: 'That import is no longer open: choose the file again' });
    if (found.format !== format) throw new ArchiveError({ code: 'invalid-input', message: `${found.fileName} was opened as ${found.format}, not ${format}` });
    return found;
  }

  return {
    async exportJson() {
      const file = await dialogs.chooseSaveFile({ title: 'Export the archive as JSON', defaultName: `klopp-era-${today()}.json`, filters: [JSON_FILTER] });
      if (!file) return null;
      const jobId = jobs.start(async (control) => {
        await phase('Writing JSON', control);
        await writeExportFile(file, exportJsonText(archive));
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
          const manifest = await exportCsvFiles(archive, target, { bom }, control);
          return `Exported ${manifest.files.length} CSV files and manifest.json to ${basename(target)}`;
        });
        return { jobId };
      }
      const file = await dialogs.chooseSaveFile({ title: `Export ${kind} as CSV`, defaultName: `${kind}.csv`, filters: [CSV_FILTER] });
      if (!file) return null;
      const jobId = jobs.start(async (control) => {
        const csv = await exportCsvText(archive, kind, { bom }, control);
        await writeExportFile(file, csv.text);
        return `Exported ${csv.rows} rows to ${basename(file)}`;
      });
      return { jobId };
    },

    async exportList({ kind, ids, bom }) {
      const file = await dialogs.chooseSaveFile({ title: `Export these ${kind} as CSV`, defaultName: `${kind}-${today()}.csv`, filters: [CSV_FILTER] });
      if (!file) return null;
      const jobId = jobs.start(async (control) => {
        const csv = await exportCsvText(archive, kind, { bom, ids }, control);
        await writeExportFile(file, csv.text);
        return `Exported ${csv.rows} ${csv.rows === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many} to ${basename(file)}`;
      });
      return { jobId };
    },

    async openImport({ options }) {
      const filters = options.format === 'csv' ? [CSV_FILTER] : [JSON_FILTER];
      const file = await dialogs.chooseOpenFile({ title: 'Choose a file to import', filters });
      if (!file) return null;
      const found = await readImport(options.format, file);
      const importId = randomUUID();
      pending.set(importId, found);
      return { importId, fileName: found.fileName, preview: previewImport(archive, found, options) };
    },

    previewImport({ importId, options }) {
      return previewImport(archive, pendingImport(importId, options.format), options);
    },

    applyImport({ importId, options }) {
      const found = pendingImport(importId, options.format);
      const jobId = jobs.start(async (control) => {
        const outcome = await runImport(archive, found, options, control);
        pending.delete(importId);
        return `Imported ${importSummary(outcome)}`;
      });
      return { jobId };
    },

    job: ({ jobId }) => jobs.state(jobId),
    cancel: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
