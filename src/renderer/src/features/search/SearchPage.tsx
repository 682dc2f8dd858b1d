import { useState } from 'react';
import { formatResult, matchResult } from '../../../../shared/derived/result';
import { matchTitle } from '../../../../shared/derived/labels';
import { useArchiveData, useRecordMap } from '../../data/ArchiveData';
import { Highlighted } from './Highlighted';
import { ExportListButton } from '../transfer/ExportListButton';
import { useSearchState } from './SearchState';
import { useNavigation } from '../../navigation/Navigation';
import { useQuoteSearch } from './useQuoteSearch';
import { useQuoteChecker } from '../provenance/useQuoteCheck';
import { QuoteCheckBadge } from '../provenance/QuoteCheckBadge';

const RESULT_LIMIT = 100;

const OPERATORS: Array<[string, string]> = [
  ['"exact phrase"', 'the words together, in order'],
  ['-word', 'leave out quotes with this word'],
  ['speaker:gomez', 'who said it (any spelling)'],
  ['season:2021-22', 'season of the quote'],
  ['competition:"league cup"', 'of the match it is about'],
  ['match:barcelona  match:2019-05-07', 'the match it is about, by opponent or date'],
  ['setting:"press conference"', 'where it was said'],
  ['interviewer:carragher  outlet:"sky sports"', 'who asked, and for whom'],
  ['tag:supporters', 'tagged'],
  ['status:verified', 'unverified, verified, disputed, misattributed'],
  ['after:2021-12-01  before:2022-01-01', 'dates, exclusive'],
];

export function SearchPage() {
  const { query, setQuery, reloadSaved } = useSearchState();
  const { openRecord } = useNavigation();
  const { records } = useArchiveData();
  const matches = useRecordMap('matches');
  const people = useRecordMap('people');
  const sources = useRecordMap('sources');
  const checkQuote = useQuoteChecker();
  const { answer, error } = useQuoteSearch(query, RESULT_LIMIT, records.quotes);
  const [saveName, setSaveName] = useState<string | null>(null);

  const save = async () => {
    if (!saveName?.trim()) return;
    await window.archive.search.save({ name: saveName.trim(), query });
    setSaveName(null);
    await reloadSaved();
  };

  return (
    <section className="search-page" aria-labelledby="search-title">
      <header className="page-header">
        <h1 id="search-title">Search quotes</h1>
      </header>
      <div className="search-bar">
        <input
          type="search"
          className="search-bar__input"
          aria-label="Search quotes"
          placeholder='Words, "a phrase", speaker:klopp, season:2021-22, -excluded…'
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
        />
        {saveName === null ? (
          <button type="button" className="button" disabled={!query.trim()} onClick={() => setSaveName(query)}>
            Save search
          </button>
        ) : (
          <form
            className="search-bar__save"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <input type="text" aria-label="Name of the saved search" value={saveName} autoFocus onChange={(event) => setSaveName(event.target.value)} />
            <button type="submit" className="button button--primary">
              Save
            </button>
            <button type="button" className="button" onClick={() => setSaveName(null)}>
              Cancel
            </button>
          </form>
        )}
      </div>
      {answer.warnings.length > 0 ? (
        <ul className="search-warnings" role="status" aria-label="Parts of the query that were ignored">
          {answer.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="search-count">
        <p aria-live="polite">
          {answer.total === 0 ? (query.trim() ? 'No quote matches.' : 'No quotes yet.') : `${answer.total} quote${answer.total === 1 ? '' : 's'}${answer.total > answer.hits.length ? `, the best ${answer.hits.length} shown` : ''}`}
        </p>
        <ExportListButton kind="quotes" ids={answer.hits.map((hit) => hit.quote.id)} label="Export these results" />
      </div>
      <ol className="search-results" aria-label="Search results">
        {answer.hits.map(({ quote, highlights }) => {
          const match = quote.matchId ? matches.get(quote.matchId) : undefined;
          const result = match ? matchResult(match) : undefined;
          const speaker = people.get(quote.speakerId)?.name ?? quote.speakerId;
          return (
            <li key={quote.id} className="search-result">
              <blockquote className="search-result__text">
                “<Highlighted text={quote.text} ranges={highlights.text} />”
              </blockquote>
              <p className="search-result__meta">
                <strong>
                  <Highlighted text={speaker} ranges={highlights.speaker} />
                </strong>
                <span>{quote.date}</span>
                {match ? (
                  <span>
                    {matchTitle(match)} {result ? <span className={`badge badge--${result.outcome}`}>{result.outcome}</span> : null} {result ? formatResult(result) : match.status}
                  </span>
                ) : null}
                <span className={`badge badge--${quote.status}`}>{quote.status}</span>
                <QuoteCheckBadge check={checkQuote(quote)} />
                <button type="button" className="button button--small search-result__open" aria-label={`Open the quote of ${speaker}, ${quote.date}`} onClick={() => openRecord('quotes', quote.id)}>
                  Open
                </button>
              </p>
              <p className="search-result__sources">{quote.sourceIds.map((id) => sources.get(id)?.title ?? id).join(' · ')}</p>
            </li>
          );
        })}
      </ol>
      <details className="search-help">
        <summary>How to search</summary>
        <dl>
          {OPERATORS.map(([example, meaning]) => (
            <div key={example}>
              <dt>
                <code>{example}</code>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">Accents and case do not matter (Jurgen finds Jürgen); the word you are typing matches as a prefix; words of five letters or more forgive one typo.</p>
      </details>
    </section>
  );
}
