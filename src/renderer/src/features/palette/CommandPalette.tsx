import { useEffect, useMemo, useRef, useState } from 'react';
import { KIND_NAMES } from '../../../../shared/schemas/kinds';
import { recordLabel } from '../../../../shared/derived/labels';
import { useArchiveData } from '../../data/ArchiveData';
import { useNavigation } from '../../navigation/Navigation';
import { useQuoteSearch } from '../search/useQuoteSearch';
import { findRecords, type PaletteEntry } from './paletteEntries';

const QUOTE_LIMIT = 6;

/** Ctrl/Cmd+K: type a few letters, pick a quote, match, person or trophy, and it opens. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { records } = useArchiveData();
  const { openRecord } = useNavigation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const restoreFocus = useRef<Element | null>(document.activeElement);
  const { answer, current } = useQuoteSearch(query, QUOTE_LIMIT, records.quotes);

  const entries = useMemo<PaletteEntry[]>(() => {
    const people = new Map(records.people.map((person) => [person.id, person.name]));
    // Stale quotes from the previous query would let Enter open the wrong record.
    const quotes = query.trim() && current
      ? answer.hits.map(({ quote }) => ({ kind: 'quotes' as const, id: quote.id, label: recordLabel('quotes', quote), detail: `${people.get(quote.speakerId) ?? ''}, ${quote.date}` }))
      : [];
    return [...quotes, ...findRecords(records, query)];
  }, [answer, current, records, query]);

  useEffect(() => setActive(0), [query]);
  useEffect(() => () => (restoreFocus.current as HTMLElement | null)?.focus?.(), []);

  const choose = (entry: PaletteEntry | undefined) => {
    if (!entry) return;
    onClose();
    openRecord(entry.kind, entry.id);
  };

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div role="dialog" aria-modal="true" aria-label="Go to" className="palette" onMouseDown={(event) => event.stopPropagation()}>
        <input
          type="text"
          role="combobox"
          aria-label="Go to a quote, match, person or trophy"
          aria-expanded={entries.length > 0}
          aria-controls="palette-results"
          aria-activedescendant={entries[active] ? `palette-${active}` : undefined}
          className="palette__input"
          placeholder="Find a quote, match, person or trophy…"
          autoFocus
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((current) => (entries.length === 0 ? 0 : (current + step + entries.length) % entries.length));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(entries[active]);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              onClose();
            }
          }}
        />
        <ul id="palette-results" role="listbox" aria-label="Matching records" className="palette__results">
          {entries.map((entry, index) => (
            <li
              key={`${entry.kind}:${entry.id}`}
              id={`palette-${index}`}
              role="option"
              aria-selected={index === active}
              className="palette__entry"
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(entry)}
            >
              <span className="palette__kind">{KIND_NAMES[entry.kind].one}</span>
              <span className="palette__label">{entry.label}</span>
              <span className="palette__detail">{entry.detail}</span>
            </li>
          ))}
        </ul>
        {query.trim() && entries.length === 0 ? <p className="palette__empty">Nothing found.</p> : null}
      </div>
    </div>
  );
}
