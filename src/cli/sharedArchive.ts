import { withArchiveWriter, type Archive, type ArchiveSharing } from '../main/archive';
import { environmentCredentials } from './shareCredentials';

/**
 * Runs one sharing step on the archive as its one writer: the lock taken (refused while the
 * app has it open), the history kept, and both let go once the step's commits are in.
 */
export function withSharing<T>(archiveFile: string, step: (sharing: ArchiveSharing, archive: Archive) => Promise<T>): Promise<T> {
  return withArchiveWriter(archiveFile, 'klopp-archive (command line)', (archive) => step(archive.sharing!, archive), {
    history: true,
    sharing: { credentials: environmentCredentials() },
  });
}
