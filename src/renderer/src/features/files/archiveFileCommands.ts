import type { ArchiveFilesOutcome } from '../../../../shared/contract/archiveFiles';
import { confirmDiscard } from '../../editing/unsavedChanges';

/**
 * Opening another archive replaces everything the window shows: unsaved changes are asked
 * about first, and once main has the other archive open the page starts again on it.
 */
export async function switchArchive(run: () => Promise<ArchiveFilesOutcome>): Promise<ArchiveFilesOutcome | null> {
  if (!confirmDiscard()) return null;
  const outcome = await run();
  if (outcome.done) window.location.reload();
  return outcome;
}

/** The file's own name, as a document app titles its window. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
