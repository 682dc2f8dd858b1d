import type { historyOperations } from '../../shared/contract/history';
import { ArchiveError } from '../../shared/contract/errors';
import type { Archive } from '../archive/archive';
import type { ArchiveHistory } from '../archive/history/archiveHistory';
import { recentChanges, recordHistory } from '../archive/history/historyQueries';
import { restoreVersion } from '../archive/history/restoreVersion';
import type { HandlersOf } from './handlers';

type HistoryHandlers = HandlersOf<{ history: typeof historyOperations }>['history'];

/** A record's versions, the recent changes and restore-this-version, over the archive's git history. */
export function historyHandlers(archive: Archive): HistoryHandlers {
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
    record: async ({ kind, id }) => recordHistory(await source(), kind, id),
    recent: async (query) => recentChanges(await source(), query),
    restoreVersion: async (input) => restoreVersion(await source(), archive.store, archive.records, input),
  };
}
