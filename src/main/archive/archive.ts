import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import { SCHEMA_VERSION } from '../../shared/schemas/archive';
import type { ArchiveInfo } from '../../shared/contract/archiveInfo';
import { RecordService } from './records';
import { ArchiveStore } from './store';
import { QuoteSearch } from './archiveQuoteSearch';
import { SavedSearches } from './savedSearches';
import { ArchiveHistory, type HistoryOptions } from './history/archiveHistory';
import { ArchiveSharing, type SharingOptions } from './sharing/archiveSharing';
import { TrashService } from './trashService';
import { seasonFigures } from './stats/seasonFigures';
import { seasonStats, type SeasonStatsFilter } from './stats/seasonStats';
import type { QuoteSearchOptions } from './search/searchDocument';
import type { Quote } from '../../shared/schemas/quote';
import type { CompetitionCoverage, SeasonFigures } from '../../shared/contract/stats';
import { archiveCoverage } from './stats/coverage';
import { QuoteChecks } from './provenance/quoteChecks';
import { disagreements, type Disagreement } from './provenance/disagreements';

export type RecordServices = { [K in RecordKind]: RecordService<K> };

/** A quote found by the search, with its score and where its words matched. */
export interface QuoteHit {
  quote: Quote;
  score: number;
  highlights: ReturnType<QuoteSearch['search']>['hits'][number]['highlights'];
}

/** The archive domain: everything a user can do, with no Electron in it. */
export interface Archive {
  /** The file in memory, for the domain's own modules; adapters use the operations below. */
  store: ArchiveStore;
  /** The archive file's path. */
  readonly file: string;
  records: RecordServices;
  trash: TrashService;
  /** Figures from the archive as it is at the moment of asking. */
  stats: {
    seasons(filter?: SeasonStatsFilter): SeasonFigures;
    table(filter?: SeasonStatsFilter): ReturnType<typeof seasonStats>;
    /** What the archive holds of each season and competition, and how whole it is. */
    coverage(filter?: SeasonStatsFilter): CompetitionCoverage[];
  };
  /** The quotes the search language finds, best first, with the quotes themselves. */
  searchQuotes(query: string, options?: QuoteSearchOptions): { total: number; warnings: string[]; hits: QuoteHit[] };
  /** The quote index, built on first use and then kept current edit by edit. */
  readonly search: QuoteSearch;
  savedSearches: SavedSearches;
  /** Every quote checked against its sources' text, remembered until the words or the text change. */
  readonly quoteChecks: QuoteChecks;
  /** Every open claim: a field the record's sources give differently, not yet resolved. */
  disagreements(): Disagreement[];
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
  let quoteChecks: QuoteChecks | undefined;
  const archive: Archive = {
    store,
    file,
    records,
    trash: new TrashService(store, records),
    stats: {
      seasons: (filter = {}) => seasonFigures({ matches: store.list('matches'), trophies: store.list('trophies'), sources: store.list('sources') }, filter),
      table: (filter = {}) => seasonStats(store.list('matches'), filter),
      coverage: (filter = {}) => archiveCoverage({ matches: store.list('matches'), sources: store.list('sources') }, filter),
    },
    searchQuotes(query, options) {
      const result = archive.search.search(query, options);
      const hits = result.hits.map((hit) => ({ quote: records.quotes.get(hit.id), score: hit.score, highlights: hit.highlights }));
      return { total: result.total, warnings: [...result.warnings], hits };
    },
    get search() {
      search ??= new QuoteSearch(store);
      return search;
    },
    get quoteChecks() {
      quoteChecks ??= new QuoteChecks(store);
      return quoteChecks;
    },
    disagreements: () => disagreements(store),
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
  return archive;
}
