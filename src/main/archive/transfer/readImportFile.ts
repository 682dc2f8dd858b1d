import { open } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/contract/errors';
import { formatBytes } from '../../../shared/derived/fileSize';
import { readBoundedText } from '../boundedText';
import { MAX_IMPORT_BYTES } from '../limits';

/** A file picked for import, as text: bounded in size, strict UTF-8, and named when missing. */
export async function readImportFile(file: string): Promise<string> {
  const text = await readBoundedText(file, { maxBytes: MAX_IMPORT_BYTES, what: 'import file', code: 'invalid-input' });
  if (text === null) throw new ArchiveError({ code: 'not-found', message: `Cannot read ${file}: no such file` });
  return text;
}

/** A spreadsheet picked for import, as bytes: its encoding is the reader's to find out. Bounded in size like any import. */
export async function readImportBytes(file: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ArchiveError({ code: 'not-found', message: `Cannot read ${file}: no such file` });
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_IMPORT_BYTES) {
      throw new ArchiveError({ code: 'invalid-input', message: `The import file ${file} is too large: ${formatBytes(size)}, above the limit of ${formatBytes(MAX_IMPORT_BYTES)}` });
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
