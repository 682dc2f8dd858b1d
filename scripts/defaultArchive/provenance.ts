/**
 * The default archive's provenance: each seed quote is checked against its article's text
 * with the app's own check, and marked verified because it is there word for word. A quote
 * that is not stops the build, naming it and what the check found.
 */
import { QuoteChecker, type CheckedSource } from '../../src/shared/provenance/quoteChecker';

interface SeedQuote {
  id: string;
  text: string;
  sourceIds: string[];
  status: string;
}

export function verifiedAgainstArticles<Q extends SeedQuote>(quotes: readonly Q[], sources: readonly CheckedSource[]): Array<Q & { status: 'verified' }> {
  const checker = new QuoteChecker();
  const byId = new Map(sources.map((source) => [source.id, source]));
  return quotes.map((quote) => {
    const check = checker.check(quote, (id) => byId.get(id));
    if (check.result !== 'word for word') throw new Error(`Quote ${quote.id} is not word for word in its article: ${check.result}`);
    return { ...quote, status: 'verified' as const };
  });
}
