import { useEffect, useState } from 'react';
import { ArchiveDataProvider, useArchiveData } from './data/ArchiveData';
import { ArchiveGate } from './features/safety/ArchiveGate';
import { VIEWS } from './views';

function Shell() {
  const { info, loading, loadError } = useArchiveData();
  const [view, setView] = useState<string>('matches');

  useEffect(
    () =>
      window.appMenu?.onAction((action) => {
        if (action.startsWith('view:')) setView(action.slice(5));
      }),
    [],
  );

  const current = VIEWS.find((candidate) => candidate.id === view) ?? VIEWS[0]!;
  return (
    <div className="app">
      <nav className="sidebar" aria-label="Archive">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            KA
          </span>
          <span className="brand__name">Klopp-era Archive</span>
        </div>
        <ul className="nav">
          {VIEWS.map(({ id, label, countOf }) => (
            <li key={id}>
              <button type="button" className="nav__item" aria-current={id === view ? 'page' : undefined} onClick={() => setView(id)}>
                <span>{label}</span>
                {info && countOf ? <span className="nav__count">{info.counts[countOf]}</span> : null}
              </button>
            </li>
          ))}
        </ul>
        <footer className="sidebar__footer">
          <span className="sidebar__label">Archive file</span>
          <code className="sidebar__path" title={info?.path}>
            {info?.path ?? '…'}
          </code>
        </footer>
      </nav>
      <main className="content">
        {loadError ? (
          <div className="notice notice--error" role="alert">
            The archive could not be opened: {loadError}
          </div>
        ) : loading ? (
          <p className="muted">Opening the archive…</p>
        ) : (
          <current.Page />
        )}
      </main>
    </div>
  );
}

export function App() {
  return (
    <ArchiveGate>
      <ArchiveDataProvider>
        <Shell />
      </ArchiveDataProvider>
    </ArchiveGate>
  );
}
