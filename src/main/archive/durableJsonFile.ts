import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { isProcessAlive } from './processAlive';
import { readBoundedText } from './boundedText';
import { MAX_ARCHIVE_BYTES } from './limits';

let temporaryCounter = 0;

/** Serialised as people read it: two-space indent, trailing newline (exports, the shipped default). */
export function serialize(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * The working archive is rewritten on every edit, so it is kept compact: a quarter smaller
 * and faster to write than the indented form (measured in `npm run bench -- --only write-cost`).
 * Exports stay indented for people to read.
 */
export function serializeForStorage(data: unknown): string {
  return `${JSON.stringify(data)}\n`;
}

/**
 * Writes `text` so that a crash at any moment leaves either the old file or the new one:
 * write a temporary file beside it, flush it, rename it over, then flush the folder so the
 * rename itself survives a power cut.
 */
export async function writeFileDurably(file: string, text: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${++temporaryCounter}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(file));
}

/**
 * Removes the temporary files a killed writer left beside `file` (a crash between writing
 * and renaming leaves one). Files of a process still running are left alone.
 */
export async function removeLeftoverTemporaries(file: string): Promise<string[]> {
  const prefix = `.${basename(file)}.`;
  const removed: string[] = [];
  for (const name of await readdir(dirname(file))) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length).split('.')[0]) : NaN;
    if (Number.isNaN(pid) || isProcessAlive(pid)) continue;
    await unlink(join(dirname(file), name)).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * lowdb's adapter over one JSON file. lowdb's own file adapter renames without flushing,
 * so a power cut can lose an acknowledged save; this one flushes. Reading parses with
 * the caller's function so nothing unvalidated reaches the database.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly parse: (text: string) => T,
    private readonly maxBytes = MAX_ARCHIVE_BYTES,
  ) {}

  async read(): Promise<T | null> {
    const text = await readBoundedText(this.file, { maxBytes: this.maxBytes, what: 'archive file', code: 'invalid-archive' });
    return text === null ? null : this.parse(text);
  }

  write(data: T): Promise<void> {
    return writeFileDurably(this.file, serializeForStorage(data));
  }
}
