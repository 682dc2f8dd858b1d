import { useEffect, useState } from 'react';
import type { ArchiveFilesOutcome, ArchiveFilesState } from '../../../../shared/contract/archiveFiles';
import { fileName, switchArchive } from './archiveFileCommands';
import './archiveFiles.css';
import { PageNotice, type PageNoticeValue } from '../../components/PageNotice';


/** The archive open, where its lock, backups and history are, and the File menu's commands as buttons. */
export function ArchiveFilesPage() {
  const [state, setState] = useState<ArchiveFilesState | null>(null);
  const [notice, setNotice] = useState<PageNoticeValue | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    window.archive.archiveFiles.current().then(setState, (error: Error) => setNotice({ tone: 'error', text: error.message }));
  }, []);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setNotice({ tone: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  // On success the page starts again on the other archive; a cancelled dialog changes nothing.
  const switchTo = (command: () => Promise<ArchiveFilesOutcome>) => run(async () => void (await switchArchive(command)));
  const files = window.archive.archiveFiles;

  return (
    <section className="files-page" aria-labelledby="files-title">
      <header className="page-header">
        <h1 id="files-title">Archive files</h1>
      </header>
      {state?.notice ? (
        <p className="notice notice--error" role="alert">
          {state.notice}
        </p>
      ) : null}
      <PageNotice notice={notice} onDismiss={() => setNotice(null)} />

      <div className="files-page__card">
        <h2 className="files-page__subtitle">Open now: {state ? fileName(state.path) : '…'}</h2>
        <dl className="details__list">
          {(
            [
              ['Archive file', state?.path],
              ['Lock', state?.lockFile],
              ['Backups', state?.backupsFolder],
              ['History', state?.historyFolder],
            ] as const
          ).map(([label, path]) => (
            <div key={label} className="details__row">
              <dt>{label}</dt>
              <dd>
                <code>{path ?? '…'}</code>
              </dd>
            </div>
          ))}
        </dl>
        <p className="files-page__kept" data-kept-in={state?.keptIn}>
          {state?.keptIn === 'user-data'
            ? 'The archive’s folder is read-only, so its lock and history are kept in the app’s user-data folder instead; edits cannot be saved to this file: use Save a copy as… to work on a copy.'
            : 'Its lock and history are kept beside it; its backups too, unless Preferences name a backup folder.'}
        </p>
        <div className="files-page__actions">
          <button type="button" className="button" disabled={busy} onClick={() => void switchTo(() => files.open())}>
            Open archive…
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void switchTo(() => files.create())}>
            New archive…
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || !state}
            onClick={() =>
              void run(async () => {
                const { savedTo } = await files.saveCopy();
                if (savedTo) setNotice({ tone: 'info', text: `Saved a copy to ${savedTo}. The archive open is still ${state ? fileName(state.path) : ''}.` });
              })
            }
          >
            Save a copy as…
          </button>
        </div>
      </div>

      <h2 className="files-page__subtitle">Recent archives</h2>
      {state && state.recent.length > 0 ? (
        <>
          <ul className="files-page__recent" aria-label="Recent archives">
            {state.recent.map((path) => (
              <li key={path}>
                {path === state.path ? (
                  <span className="badge files-page__open-now">Open now</span>
                ) : (
                  <button type="button" className="button button--small" disabled={busy} aria-label={`Open ${fileName(path)}`} onClick={() => void switchTo(() => files.openRecent({ path }))}>
                    Open
                  </button>
                )}
                <code>{path}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--small" disabled={busy} onClick={() => void run(async () => setState(await files.clearRecent()))}>
            Clear recent archives
          </button>
        </>
      ) : (
        <p className="muted">No archive opened yet besides this one.</p>
      )}
    </section>
  );
}
