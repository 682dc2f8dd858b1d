import { seasonOf } from '../../shared/derived/season';
import type { Quote } from '../../shared/schemas/quote';
import type { Archive } from './archive';
import { createQuoteIndex } from './search/quoteIndex';
import type { QuoteSearchDocument, QuoteSearchResult } from './search/searchDocument';

/** One quote as the search index reads it: names, not ids. */
function searchDocumentOf(archive: Archive, quote: Quote): QuoteSearchDocument {
  const { store } = archive;
  const speaker = store.find('people', quote.speakerId);
  const interviewer = quote.setting.interviewerId ? store.find('people', quote.setting.interviewerId) : undefined;
  const match = quote.matchId ? store.find('matches', quote.matchId) : undefined;
  return {
    id: quote.id,
    text: quote.text,
    speaker: speaker?.name ?? '',
    speakerAliases: speaker?.aliases ?? [],
    setting: quote.setting.kind,
    interviewer: interviewer?.name ?? '',
    outlet: quote.setting.outlet ?? '',
    sourceTitles: quote.sourceIds.flatMap((id) => store.find('sources', id)?.title ?? []),
    tags: quote.tags,
    season: seasonOf(quote.date),
    competition: match?.competition ?? '',
    status: quote.status,
    date: quote.date,
  };
}

/**
 * The app's quote search over an open archive, with the same query operators. It builds the
 * index on each call: the one place to swap in the shared incremental index.
 */
export function searchQuotes(archive: Archive, query: string, limit: number): QuoteSearchResult {
  const index = createQuoteIndex(archive.store.list('quotes').map((quote) => searchDocumentOf(archive, quote)));
  return index.search(query, { limit });
}
