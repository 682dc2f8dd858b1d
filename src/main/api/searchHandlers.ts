import type { searchOperations } from '../../shared/contract/search';
import type { Archive } from '../archive';
import type { HandlersOf } from './handlers';

/** Quote search over the archive's one index, answered with the quotes themselves. */
export function searchHandlers(archive: Archive): HandlersOf<{ search: typeof searchOperations }>['search'] {
  return {
    quotes: ({ query, limit, offset }) => archive.searchQuotes(query, { limit, offset }),
    listSaved: () => archive.savedSearches.list(),
    save: ({ name, query }) => archive.savedSearches.save(name, query),
    deleteSaved: ({ id }) => archive.savedSearches.delete(id),
  };
}
