import { useCallback, useMemo } from 'react';
import { QuoteChecker, type CheckedQuote } from '../../../../shared/provenance/quoteChecker';
import type { QuoteCheck, SourceCheck } from '../../../../shared/provenance/quoteCheck';
import { useRecordMap } from '../../data/ArchiveData';

/** One checker for the window: a source's text is prepared once, a quote checked again only when it changed. */
const checker = new QuoteChecker();

/** Checks quotes against the sources as the window holds them (the form's words as typed, too). */
export function useQuoteChecker(): (quote: CheckedQuote) => QuoteCheck {
  const sources = useRecordMap('sources');
  return useCallback((quote: CheckedQuote) => checker.check(quote, (id) => sources.get(id)), [sources]);
}

/** Checks quotes against one source's text, for marking where each stands in it. */
export function useCheckIn(): (quote: CheckedQuote, source: { id: string; text: string }) => SourceCheck {
  return useCallback((quote: CheckedQuote, source: { id: string; text: string }) => checker.checkIn(quote, source), []);
}

/** A quote's check, redone when its words, its sources or their text change. */
export function useQuoteCheck({ id, text, sourceIds }: CheckedQuote): QuoteCheck {
  const check = useQuoteChecker();
  return useMemo(() => check({ id, text, sourceIds }), [check, id, text, sourceIds]);
}
