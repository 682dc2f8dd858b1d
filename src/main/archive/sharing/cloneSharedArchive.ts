import { access, rm } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/contract/errors';
import { ShareUrl, type SyncOutcome } from '../../../shared/contract/sharing';
import { serializeForStorage, writeFileDurably } from '../durableJsonFile';
import { historyFolderOf } from '../history/layout';
import { HistoryRepository } from '../history/repository';
import { boundedHttp, RemoteUnreachable } from './httpTransport';
import { fetchRemote, type CredentialSource } from './remote';
import { readSharedArchive } from './sharedArchive';
import { sharedChanges } from './sharedChanges';
import { writeSharingConfig } from './sharingConfig';
import type { SharingOptions } from './archiveSharing';

/**
 * Starts a new archive file from a colleague's shared archive: the remote's branch is
 * fetched into a new history beside the file, its archive read as untrusted input, and only
 * then is the file written. An existing file or history is never overwritten; a clone that
 * fails leaves nothing behind.
 */
export async function cloneSharedArchive(file: string, url: string, options: SharingOptions = {}): Promise<SyncOutcome> {
  const remote = ShareUrl.parse(url);
  const folder = historyFolderOf(file);
  for (const path of [file, folder]) {
    if (await exists(path)) throw new ArchiveError({ code: 'conflict', message: `${path} exists already; a clone starts a new archive and never overwrites one (to share an archive you have, join the remote from it)` });
  }
  const credentials: CredentialSource = options.credentials ?? (async () => null);
  const now = (options.now ?? (() => new Date()))();
  try {
    const repository = await HistoryRepository.create(folder);
    const head = await fetchRemote({ gitdir: folder, url: remote, http: options.http ?? boundedHttp(), credentials }).catch((error: unknown) => {
      if (error instanceof RemoteUnreachable) throw new ArchiveError({ code: 'not-found', message: `Could not reach ${remote} (${error.reason}); nothing was written` });
      throw error;
    });
    if (!head) throw new ArchiveError({ code: 'not-found', message: `${remote} holds no shared archive yet: publish one there first (share init)` });
    const document = await readSharedArchive(folder, head, `The shared archive at ${remote}`, null);
    await repository.moveBranch(head);
    await writeFileDurably(file, serializeForStorage(document));
    const cameIn = await sharedChanges(folder, head, null);
    const outcome: SyncOutcome = { state: 'synced', message: `Cloned from ${remote}: ${cameIn.length >= 50 ? 'more than 50' : cameIn.length} change(s) of history.`, at: now.toISOString(), cameIn, wentOut: [], newConflicts: [], notes: [] };
    await writeSharingConfig(folder, { url: remote, syncedCommit: head, lastSyncedAt: outcome.at, lastOutcome: outcome });
    return outcome;
  } catch (error) {
    await rm(file, { force: true });
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
