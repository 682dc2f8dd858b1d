import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import { SCHEMA_VERSION } from '../../shared/schemas/archive';
import type { ArchiveInfo } from '../../shared/contract/archiveInfo';
import { RecordService } from './records';
import { ArchiveStore } from './store';
import { QuoteSearch } from './archiveQuoteSearch';
import { SavedSearches } from './savedSearches';

export type RecordServices = { [K in RecordKind]: RecordService<K> };

/** The archive domain: everything a user can do, with no Electron in it. */
export interface Archive {
  store: ArchiveStore;
  records: RecordServices;
  /** The quote index, built on first use and then kept current edit by edit. */
  readonly search: QuoteSearch;
  savedSearches: SavedSearches;
  info(): ArchiveInfo;
}

export async function openArchive(file: string): Promise<Archive> {
  const store = await ArchiveStore.open(file);
  const records = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, new RecordService(store, kind)])) as RecordServices;
  let search: QuoteSearch | undefined;
  return {
    store,
    records,
    get search() {
      search ??= new QuoteSearch(store);
      return search;
    },
    savedSearches: new SavedSearches(store),
    info: () => ({
      path: store.file,
      title: store.data.meta.title,
      schemaVersion: SCHEMA_VERSION,
      counts: Object.fromEntries(RECORD_KINDS.map((kind) => [kind, store.list(kind).length])) as ArchiveInfo['counts'],
    }),
  };
}
