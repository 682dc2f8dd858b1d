import { stat } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/contract/errors';
import { validateArchiveJson } from '../archiveFile';
import { readBoundedText } from '../boundedText';
import { MAX_ARCHIVE_BYTES } from '../limits';

/**
 * Reads a file the editor asked to open, and refuses it, touching nothing, unless it is an
 * archive this app can open: one that exists, is JSON with the archive's shape, and is not from
 * a newer version of the app (the message then says to update).
 */
export async function checkArchiveFile(file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new ArchiveError({ code: 'not-found', message: `Cannot open ${file}: there is no such file (moved, renamed or on a drive no longer connected)` });
  if (!info.isFile()) throw new ArchiveError({ code: 'invalid-archive', message: `Cannot open ${file}: it is a folder, not an archive file` });
  const text = await readBoundedText(file, { maxBytes: MAX_ARCHIVE_BYTES, what: 'archive file', code: 'invalid-archive' });
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch {
    throw notAnArchive(file, 'it is not JSON');
  }
  if (typeof json !== 'object' || json === null || !('schemaVersion' in json) || !('meta' in json)) {
    throw notAnArchive(file, 'it is JSON, but has no schemaVersion and meta as an archive has');
  }
  validateArchiveJson(json, file);
}

function notAnArchive(file: string, why: string): ArchiveError {
  return new ArchiveError({ code: 'invalid-archive', message: `Cannot open ${file}: it is not a Klopp-era archive (${why}). Nothing was changed.` });
}
