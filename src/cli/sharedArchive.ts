import { openArchive, type Archive } from '../main/archive/archive';
import { acquireArchiveLock } from '../main/archive/lockFile';
import type { ArchiveSharing } from '../main/archive/sharing/archiveSharing';
import { environmentCredentials } from './shareCredentials';

/**
 * Runs one sharing step on the archive as its one writer: the lock taken (refused while the
 * app has it open), the history kept, and both let go once the step's commits are in.
 */
export async function withSharing<T>(archiveFile: string, step: (sharing: ArchiveSharing, archive: Archive) => Promise<T>): Promise<T> {
  const lock = await acquireArchiveLock(archiveFile, 'klopp-archive (command line)');
  let archive: Archive | undefined;
  try {
    archive = await openArchive(archiveFile, { history: true, sharing: { credentials: environmentCredentials() } });
    return await step(archive.sharing!, archive);
  } finally {
    await archive?.history?.close();
    await lock.release();
  }
}
