import { access, readFile } from 'node:fs/promises';
import { ArchiveError } from '../../shared/contract/errors';
import type { ArchiveDocument } from '../../shared/schemas/archive';
import { openArchive, type Archive, type OpenArchiveOptions } from './archive';
import { parseArchiveText } from './archiveFile';
import { ensureArchiveFile } from './defaultArchive';
import { serialize, writeFileDurably } from './durableJsonFile';
import { emptyArchive } from './emptyArchive';
import { acquireArchiveLock } from './lockFile';

/** Creates an archive file, empty or from the default archive; an existing file is never touched. */
export async function createArchiveFile(file: string, from: { empty: true } | { defaultArchiveFile: string }): Promise<void> {
  if (await access(file).then(() => true, () => false)) {
    throw new ArchiveError({ code: 'conflict', message: `${file} already exists; init never overwrites an archive` });
  }
  if ('empty' in from) await writeFileDurably(file, serialize(emptyArchive()));
  else await ensureArchiveFile(file, from.defaultArchiveFile);
}

/** Reads and checks an archive file as the app does, without opening it for writing. */
export async function validateArchiveFile(file: string): Promise<ArchiveDocument> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ArchiveError({ code: 'not-found', message: `Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}` });
  });
  return parseArchiveText(text, file);
}

/**
 * Opens the archive as its one writer (a command that changes it): takes the writer's lock,
 * refused while the app or another command holds it, and keeps the history. Runs `work`,
 * then lets the archive go once the history has every change.
 */
export async function withArchiveWriter<T>(file: string, who: string, work: (archive: Archive) => Promise<T>, options: OpenArchiveOptions = { history: true }): Promise<T> {
  const lock = await acquireArchiveLock(file, who);
  let archive: Archive | undefined;
  try {
    archive = await openArchive(file, options);
    return await work(archive);
  } finally {
    await archive?.history?.close();
    await lock.release();
  }
}
