import { useEffect, useRef, useState } from 'react';
import { NavigationProvider, useNavigation } from './navigation/Navigation';
import { ArchiveDataProvider, useArchiveData } from './data/ArchiveData';
import { NoticesProvider, NoticeToast } from './components/Notices';
import { HistoryProvider, useHistory } from './history/HistoryProvider';
import { onAppAction } from './keyboard/appActions';
import { ShortcutSheet } from './keyboard/ShortcutSheet';
import { CommandPalette } from './features/palette/CommandPalette';
import { useAppKeyboard } from './keyboard/useAppKeyboard';
import { viewOfKind, VIEWS } from './views';
import { SavedSearchList } from './features/search/SavedSearchList';
import { SearchStateProvider } from './features/search/SearchState';
import { ArchiveGate } from './features/safety/ArchiveGate';
import { useSharing } from './features/sharing/useSharing';
import { useArchiveFileActions } from './features/files/useArchiveFileActions';

function Shell() {
  const { info, loading, loadError } = useArchiveData();
  const history = useHistory();
  const { view, showView } = useNavigation();
  const [sheetOpen, setSheetOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  useAppKeyboard();
  const sharing = useSharing();
  useArchiveFileActions();

  // Subscribed once; the latest navigation and history are read when an action comes.
  const latest = useRef({ showView, history });
  latest.current = { showView, history };
  useEffect(
    () =>
      onAppAction((action) => {
        if (action.startsWith('view:')) latest.current.showView(action.slice(5));
        else if (action === 'undo') void latest.current.history.undo();
        else if (action === 'redo') void latest.current.history.redo();
        else if (action === 'shortcuts') setSheetOpen(true);
        else if (action === 'palette') setPaletteOpen(true);
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
              <button type="button" className="nav__item" aria-current={id === view ? 'page' : undefined} onClick={() => showView(id)}>
                <span>{label}</span>
                {info && countOf ? <span className="nav__count">{info.counts[countOf]}</span> : null}
                {id === 'sharing' && sharing.waiting > 0 ? (
                  <span className="nav__count nav__count--waiting" title={`${sharing.status?.unsentChanges ?? 0} change(s) to send, ${sharing.status?.pendingConflicts ?? 0} conflict(s) to decide`}>
                    {sharing.waiting} to sync
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
        <SavedSearchList onOpen={() => showView('search')} />
        <div className="sidebar__history">
          <button type="button" className="button button--small" disabled={!history.undoLabel} title={history.undoLabel ?? undefined} onClick={() => void history.undo()}>
            Undo
          </button>
          <button type="button" className="button button--small" disabled={!history.redoLabel} title={history.redoLabel ?? undefined} onClick={() => void history.redo()}>
            Redo
          </button>
          <button type="button" className="button button--small" aria-label="Keyboard shortcuts" onClick={() => setSheetOpen(true)}>
            ?
          </button>
        </div>
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
      <NoticeToast />
      <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
      {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
    </div>
  );
}

export function App() {
  return (
    <ArchiveGate>
      <ArchiveDataProvider>
        <NavigationProvider initialView="matches" viewOf={viewOfKind}>
          <SearchStateProvider>
            <NoticesProvider>
              <HistoryProvider>
                <Shell />
              </HistoryProvider>
            </NoticesProvider>
          </SearchStateProvider>
        </NavigationProvider>
      </ArchiveDataProvider>
    </ArchiveGate>
  );
}
