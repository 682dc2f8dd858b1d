import { useEffect, useId, useState } from 'react';
import type { HistoryEntry, RecentChangesQuery } from '../../../../shared/contract/history';
import { RECORD_KINDS } from '../../../../shared/schemas/common';
import { KIND_NAMES } from '../../../../shared/schemas/kinds';
import { useArchiveData } from '../../data/ArchiveData';
import { useHistory } from '../../history/HistoryProvider';
import { useNavigation } from '../../navigation/Navigation';
import { changeTime } from './changeTime';
import './history.css';

type Filters = Required<Pick<RecentChangesQuery, 'editor' | 'since' | 'until'>> & { kind: RecentChangesQuery['kind'] | '' };

const NO_FILTERS: Filters = { kind: '', editor: '', since: '', until: '' };

/** The whole archive's history, newest first: who changed what, and when; each record opens. */
export function RecentChangesPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [answer, setAnswer] = useState<{ entries: HistoryEntry[]; more: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { version } = useHistory();

  useEffect(() => {
    let current = true;
    const query: RecentChangesQuery = {
      kind: filters.kind || undefined,
      editor: filters.editor.trim() || undefined,
      since: filters.since || undefined,
      until: filters.until || undefined,
      limit: 200,
    };
    window.archive.history.recent(query).then(
      (found) => {
        if (!current) return;
        setAnswer(found);
        setError(null);
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
    // `version` counts the changes made in this window: a new one reads the history again.
  }, [filters, version]);

  const set = (change: Partial<Filters>) => setFilters((current) => ({ ...current, ...change }));
  const id = useId();
  return (
    <section className="recent-changes" aria-labelledby="recent-changes-title">
      <header className="page-header">
        <h1 id="recent-changes-title">Recent changes</h1>
      </header>
      <form className="recent-changes__filters" aria-label="Which changes" onSubmit={(event) => event.preventDefault()}>
        <div className="recent-changes__filter">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={filters.kind} onChange={(event) => set({ kind: event.target.value as Filters['kind'] })}>
            <option value="">Every kind</option>
            {RECORD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_NAMES[kind].many}
              </option>
            ))}
          </select>
        </div>
        <div className="recent-changes__filter">
          <label htmlFor={`${id}-editor`}>Editor</label>
          <input id={`${id}-editor`} type="search" value={filters.editor} placeholder="name or email" onChange={(event) => set({ editor: event.target.value })} />
        </div>
        <div className="recent-changes__filter">
          <label htmlFor={`${id}-since`}>From</label>
          <input id={`${id}-since`} type="date" value={filters.since} onChange={(event) => set({ since: event.target.value })} />
        </div>
        <div className="recent-changes__filter">
          <label htmlFor={`${id}-until`}>To</label>
          <input id={`${id}-until`} type="date" value={filters.until} onChange={(event) => set({ until: event.target.value })} />
        </div>
        <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
          Clear
        </button>
      </form>
      {error ? (
        <p className="notice notice--error" role="alert">
          The history cannot be read: {error}
        </p>
      ) : !answer ? (
        <p className="muted">Reading the history…</p>
      ) : answer.entries.length === 0 ? (
        <p className="muted">No change matches.</p>
      ) : (
        <>
          <ol className="recent-changes__list" aria-label="Changes, newest first">
            {answer.entries.map((entry) => (
              <ChangeEntry key={entry.commit} entry={entry} />
            ))}
          </ol>
          {answer.more ? <p className="muted">Only the newest {answer.entries.length} are shown: narrow the filters to see older ones.</p> : null}
        </>
      )}
    </section>
  );
}

function ChangeEntry({ entry }: { entry: HistoryEntry }) {
  const { openRecord, showView } = useNavigation();
  const { records } = useArchiveData();
  const unnamed = entry.recordCount - entry.records.length;
  return (
    <li className="recent-changes__entry">
      <p className="recent-changes__summary">
        <strong>{entry.operation.summary}</strong>
      </p>
      <p className="recent-changes__meta">
        {changeTime(entry.time)} · {entry.author.name} &lt;{entry.author.email}&gt; · commit {entry.commit.slice(0, 10)}
      </p>
      {entry.records.length > 0 ? (
        <ul className="recent-changes__records" aria-label="Records changed">
          {entry.records.map((record) => {
            const live = (records[record.kind] as ReadonlyArray<{ id: string }>).some((candidate) => candidate.id === record.id);
            return (
              <li key={`${record.kind}/${record.id}`}>
                {live ? (
                  <button type="button" className="link" onClick={() => openRecord(record.kind, record.id)}>
                    {KIND_NAMES[record.kind].one} {record.label}
                  </button>
                ) : (
                  <span className="recent-changes__gone">
                    {KIND_NAMES[record.kind].one} {record.label}, no longer in the archive:{' '}
                    <button type="button" className="link" onClick={() => showView('trash')}>
                      look in the Trash
                    </button>
                  </span>
                )}{' '}
                <span className="muted">{record.change}</span>
              </li>
            );
          })}
          {unnamed > 0 ? <li className="muted">and {unnamed} more</li> : null}
        </ul>
      ) : null}
    </li>
  );
}
