import { useSearchState } from './SearchState';

/** The saved searches in the sidebar: one click runs one. */
export function SavedSearchList({ onOpen }: { onOpen: () => void }) {
  const { saved, setQuery, reloadSaved } = useSearchState();
  if (saved.length === 0) return null;
  return (
    <section className="saved-searches" aria-labelledby="saved-searches-title">
      <h2 id="saved-searches-title" className="sidebar__label">
        Saved searches
      </h2>
      <ul className="nav">
        {saved.map((search) => (
          <li key={search.id} className="saved-searches__item">
            <button
              type="button"
              className="nav__item"
              title={search.query}
              onClick={() => {
                setQuery(search.query);
                onOpen();
              }}
            >
              {search.name}
            </button>
            <button
              type="button"
              className="saved-searches__remove"
              aria-label={`Remove saved search ${search.name}`}
              onClick={async () => {
                await window.archive.search.deleteSaved({ id: search.id });
                await reloadSaved();
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
