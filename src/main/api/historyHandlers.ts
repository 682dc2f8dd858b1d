import type { historyOperations } from '../../shared/contract/history';
import { historyAccess, type Archive } from '../archive';
import type { HandlersOf } from './handlers';

type HistoryHandlers = HandlersOf<{ history: typeof historyOperations }>['history'];

/** A record's versions, the recent changes and restore-this-version, over the archive's git history. */
export function historyHandlers(archive: Archive): HistoryHandlers {
  const history = historyAccess(archive);
  return {
    status: () => history.status(),
    record: ({ kind, id }) => history.record(kind, id),
    recent: (query) => history.recent(query),
    restoreVersion: (input) => history.restoreVersion(input),
  };
}
