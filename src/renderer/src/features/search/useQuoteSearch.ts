import { useEffect, useState } from 'react';
import type { QuoteSearchAnswer } from '../../../../shared/contract/search';

const EMPTY: QuoteSearchAnswer = { total: 0, hits: [], warnings: [] };

/** Asks main's index as the editor types; only the answer to the latest query is kept. */
export function useQuoteSearch(query: string, limit: number, refreshKey: unknown): { answer: QuoteSearchAnswer; error: string | null } {
  const [answer, setAnswer] = useState<QuoteSearchAnswer>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    window.archive.search
      .quotes({ query, limit })
      .then((next) => {
        if (!current) return;
        setAnswer(next);
        setError(null);
      })
      .catch((reason: Error) => current && setError(reason.message));
    return () => {
      current = false;
    };
  }, [query, limit, refreshKey]);
  return { answer, error };
}
