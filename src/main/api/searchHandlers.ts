import type { searchOperations } from '../../shared/contract/search';
import type { Archive } from '../archive/archive';
import type { HandlersOf } from './handlers';

/** Quote search over the archive's one index, answered with the quotes themselves. */
export function searchHandlers(archive: Archive): HandlersOf<{ search: typeof searchOperations }>['search'] {
  return {
    quotes: ({ query, limit, offset }) => {
      const result = archive.search.search(query, { limit, offset });
      return {
        total: result.total,
        warnings: result.warnings,
        hits: result.hits.map((hit) => ({ quote: archive.records.quotes.get(hit.id), score: hit.score, highlights: hit.highlights })),
      };
    },
    listSaved: () => archive.savedSearches.list(),
    save: ({ name, query }) => archive.savedSearches.save(name, query),
    deleteSaved: ({ id }) => archive.savedSearches.delete(id),
  };
}
