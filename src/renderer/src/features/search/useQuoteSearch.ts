import { useEffect, useState } from 'react';
import type { QuoteSearchAnswer } from '../../../../shared/contract/search';

const EMPTY: QuoteSearchAnswer = { total: 0, hits: [], warnings: [] };

interface QuoteSearchState {
  answer: QuoteSearchAnswer;
  /** Whether `answer` is for the query as it stands; while typing it may still be the last one's. */
  current: boolean;
  error: string | null;
}

/** Asks main's index as the editor types; only the answer to the latest query is kept. */
export function useQuoteSearch(query: string, limit: number, refreshKey: unknown): QuoteSearchState {
  const [state, setState] = useState<{ answer: QuoteSearchAnswer; query: string | null; error: string | null }>({ answer: EMPTY, query: null, error: null });
  useEffect(() => {
    let latest = true;
    window.archive.search
      .quotes({ query, limit })
      .then((answer) => latest && setState({ answer, query, error: null }))
      .catch((reason: Error) => latest && setState((previous) => ({ ...previous, error: reason.message })));
    return () => {
      latest = false;
    };
  }, [query, limit, refreshKey]);
  return { answer: state.answer, current: state.query === query, error: state.error };
}
