import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION, type ArchiveDocument } from '../../../shared/schemas/archive';
import { CSV_KINDS, type CsvKind } from '../../../shared/contract/transfer';
import { serialize, writeFileDurably } from '../durableJsonFile';
import { exportCsv } from './exportCsv';
import { MANIFEST_FILE, manifestEntry, type Manifest } from './manifest';
import { throwIfCancelled, type TransferControl } from './control';
import type { CsvWriteOptions } from './csv/csvText';

/**
 * Every CSV file (or the chosen kinds) into one folder, with manifest.json last: a folder
 * with a manifest is a finished export, and the hashes show a file that was changed since.
 */
export async function exportCsvFolder(
  archive: Readonly<ArchiveDocument>,
  folder: string,
  options: CsvWriteOptions & { kinds?: readonly CsvKind[] } = {},
  control?: TransferControl,
  now: () => Date = () => new Date(),
): Promise<Manifest> {
  await mkdir(folder, { recursive: true });
  const files: Manifest['files'] = [];
  for (const kind of options.kinds ?? CSV_KINDS) {
    const csv = await exportCsv(archive, kind, options, control);
    throwIfCancelled(control);
    await writeFileDurably(join(folder, csv.fileName), csv.text);
    files.push(manifestEntry(csv.fileName, csv.text, csv.rows));
  }
  const manifest: Manifest = { exportedAt: now().toISOString(), schemaVersion: SCHEMA_VERSION, files };
  await writeFileDurably(join(folder, MANIFEST_FILE), serialize(manifest));
  return manifest;
}
