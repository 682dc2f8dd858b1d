import type { Quote } from '../../shared/schemas/quote';
import { createQuoteIndex, type QuoteIndex } from './search/quoteIndex';
import type { QuoteSearchOptions, QuoteSearchResult } from './search/searchDocument';
import { lookupOver, quoteDependsOn, quoteSearchDocument } from './quoteSearchDocuments';
import type { ArchiveStore, RecordChange } from './store';

/**
 * The archive's quote search: one index in main, built once when the archive opens and
 * kept current edit by edit (a renamed speaker or source re-indexes only their quotes).
 */
export class QuoteSearch {
  private index: QuoteIndex;

  constructor(private readonly store: ArchiveStore) {
    this.index = this.build();
    store.onChange((changes) => this.apply(changes));
  }

  search(query: string, options?: QuoteSearchOptions): QuoteSearchResult {
    return this.index.search(query, options);
  }

  /** Starts over from the store, for when the whole archive was replaced. */
  rebuild(): void {
    this.index = this.build();
  }

  private build(): QuoteIndex {
    const lookup = lookupOver(this.store);
    return createQuoteIndex(this.store.list('quotes').map((quote) => quoteSearchDocument(quote, lookup)));
  }

  private apply(changes: readonly RecordChange[]): void {
    const lookup = lookupOver(this.store);
    const reindex = (quote: Quote) => this.index.update(quoteSearchDocument(quote, lookup));
    for (const change of changes) {
      if (change.kind === 'quotes') {
        if (change.after) reindex(change.after as Quote);
        else if (change.before) this.index.remove(change.before.id);
      } else if (change.kind === 'people' || change.kind === 'sources' || change.kind === 'matches') {
        const id = (change.after ?? change.before)?.id;
        if (!id) continue;
        for (const quote of this.store.list('quotes')) if (quoteDependsOn(quote, change.kind, id)) reindex(quote);
      }
    }
  }
}
