import { randomBytes } from 'node:crypto';
import type { SavedSearch } from '../../shared/schemas/archive';
import { ArchiveError } from '../../shared/contract/errors';
import type { ArchiveStore } from './store';

/** Searches an editor names and keeps; they live in the archive, so they travel with it. */
export class SavedSearches {
  constructor(private readonly store: ArchiveStore) {}

  list(): SavedSearch[] {
    return [...(this.store.data.meta.savedSearches ?? [])];
  }

  save(name: string, query: string): Promise<SavedSearch> {
    return this.store.commit(() => {
      const saved = { id: `search-${randomBytes(4).toString('hex')}`, name, query };
      return { changes: { records: [], meta: { savedSearches: [...this.list(), saved] }, operation: { kind: 'settings', summary: `Save search “${name}”` } }, result: saved };
    });
  }

  delete(id: string): Promise<{ id: string }> {
    return this.store.commit(() => {
      const remaining = this.list().filter((saved) => saved.id !== id);
      if (remaining.length === this.list().length) {
        throw new ArchiveError({ code: 'not-found', message: `There is no saved search with the id "${id}"` });
      }
      return { changes: { records: [], meta: { savedSearches: remaining }, operation: { kind: 'settings', summary: `Delete saved search ${id}` } }, result: { id } };
    });
  }
}
