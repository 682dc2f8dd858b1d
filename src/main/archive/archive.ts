import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import { SCHEMA_VERSION } from '../../shared/schemas/archive';
import type { ArchiveInfo } from '../../shared/contract/archiveInfo';
import { RecordService } from './records';
import { ArchiveStore } from './store';
import { QuoteSearch } from './archiveQuoteSearch';
import { SavedSearches } from './savedSearches';
import { ArchiveHistory, type HistoryOptions } from './history/archiveHistory';
import { ArchiveSharing, type SharingOptions } from './sharing/archiveSharing';

export type RecordServices = { [K in RecordKind]: RecordService<K> };

/** The archive domain: everything a user can do, with no Electron in it. */
export interface Archive {
  store: ArchiveStore;
  records: RecordServices;
  /** The quote index, built on first use and then kept current edit by edit. */
  readonly search: QuoteSearch;
  savedSearches: SavedSearches;
  /** The git history beside the archive, kept by the one writer (the app, an import). */
  history?: ArchiveHistory;
  /** Sharing through a git remote, which builds on the history: there when the history is kept. */
  sharing?: ArchiveSharing;
  info(): ArchiveInfo;
}

export interface OpenArchiveOptions {
  /** Keep the history: only the archive's one writer, which holds its lock, may. */
  history?: HistoryOptions | boolean;
  /** Where sharing gets the remote's token (and, for tests, its HTTP client). */
  sharing?: SharingOptions;
}

export async function openArchive(file: string, options: OpenArchiveOptions = {}): Promise<Archive> {
  const store = await ArchiveStore.open(file);
  const history = options.history ? ArchiveHistory.start(store, options.history === true ? {} : options.history) : undefined;
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
    history,
    sharing: history ? new ArchiveSharing(store, history, options.sharing) : undefined,
    info: () => ({
      path: store.file,
      title: store.data.meta.title,
      schemaVersion: SCHEMA_VERSION,
      counts: Object.fromEntries(RECORD_KINDS.map((kind) => [kind, store.list(kind).length])) as ArchiveInfo['counts'],
    }),
  };
}
