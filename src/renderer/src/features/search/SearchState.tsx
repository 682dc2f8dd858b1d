import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SavedSearch } from '../../../../shared/schemas/archive';

interface SearchState {
  query: string;
  setQuery(query: string): void;
  saved: readonly SavedSearch[];
  reloadSaved(): Promise<void>;
}

const SearchStateContext = createContext<SearchState | null>(null);

/** The current quote query and the saved searches, shared by the search page and the sidebar. */
export function SearchStateProvider({ children }: { children: ReactNode }) {
  const [query, setQuery] = useState('');
  const [saved, setSaved] = useState<readonly SavedSearch[]>([]);
  const reloadSaved = useCallback(async () => setSaved(await window.archive.search.listSaved()), []);
  useEffect(() => {
    void reloadSaved();
  }, [reloadSaved]);
  const value = useMemo(() => ({ query, setQuery, saved, reloadSaved }), [query, saved, reloadSaved]);
  return <SearchStateContext.Provider value={value}>{children}</SearchStateContext.Provider>;
}

export function useSearchState(): SearchState {
  const state = useContext(SearchStateContext);
  if (!state) throw new Error('useSearchState must be used inside SearchStateProvider');
  return state;
}
