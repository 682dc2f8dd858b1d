import { ArchiveError } from '../../../shared/contract/errors';
import type { RecordKind } from '../../../shared/schemas/common';
import type { RecentChangesQuery } from '../../../shared/contract/history';
import type { Archive } from '../archive';
import type { ArchiveHistory } from './archiveHistory';
import { recentChanges, recordHistory } from './historyQueries';
import { restoreVersion } from './restoreVersion';

/** A record's versions, the recent changes and restore-this-version, over an open archive's git history. */
export function historyAccess(archive: Archive) {
  const history = (): ArchiveHistory => {
    if (!archive.history) throw new ArchiveError({ code: 'not-found', message: 'No history is kept for this archive (it was opened read-only)' });
    return archive.history;
  };
  const source = async () => {
    try {
      return await history().read();
    } catch (error) {
      if (error instanceof ArchiveError) throw error;
      throw new ArchiveError({ code: 'internal', message: `The history cannot be read: ${(error as Error).message}` });
    }
  };
  return {
    status: () => history().status(),
    record: async (kind: RecordKind, id: string) => recordHistory(await source(), kind, id),
    recent: async (query: RecentChangesQuery) => recentChanges(await source(), query),
    restoreVersion: async <K extends RecordKind>(input: { kind: K; id: string; commit: string }) => restoreVersion(await source(), archive.store, archive.records, input),
  };
}
