import { useCallback, useEffect, useState } from 'react';
import { RECORD_KINDS } from '../../../../shared/schemas/common';
import type { SharedChange, SharingStatus, SyncOutcome } from '../../../../shared/contract/sharing';
import type { Conflict } from '../../../../shared/schemas/conflict';
import { useArchiveData } from '../../data/ArchiveData';
import { ConflictResolver } from './ConflictResolver';
import { SharingSetUp } from './SharingSetUp';
import { SHARING_CHANGED } from './useSharing';
import { PageNotice, type PageNoticeValue } from '../../components/PageNotice';


const when = (time: string) => `${time.slice(0, 16).replace('T', ' ')} UTC`;

function Changes({ title, changes }: { title: string; changes: readonly SharedChange[] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 className="sharing-page__subtitle">{title}</h3>
      <ul className="sharing-changes">
        {changes.map((change) => (
          <li key={change.commit}>
            <span className="muted">{when(change.time)}</span> <strong>{change.author.name}</strong>: {change.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Sharing through a git remote: set it up, sync, see what came in and went out, decide conflicts. */
export function SharingPage() {
  const { reload } = useArchiveData();
  const [status, setStatus] = useState<SharingStatus | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<PageNoticeValue | null>(null);

  const load = useCallback(async () => {
    const [nextStatus, nextConflicts] = await Promise.all([window.archive.sharing.status({}), window.archive.sharing.conflicts({})]);
    setStatus(nextStatus);
    setConflicts(nextConflicts);
  }, []);

  useEffect(() => {
    load().catch((error: Error) => setNotice({ tone: 'error', text: error.message }));
  }, [load]);

  /** Runs a step that may change the archive, then shows every list as it now is. */
  const run = async (step: () => Promise<SyncOutcome | unknown>, done?: string) => {
    setBusy(true);
    try {
      const outcome = await step();
      await Promise.all(RECORD_KINDS.map((kind) => reload(kind)));
      await load();
      window.dispatchEvent(new Event(SHARING_CHANGED));
      const message = outcome && typeof outcome === 'object' && 'message' in outcome ? String(outcome.message) : done;
      if (message) setNotice({ tone: 'info', text: message });
    } catch (error) {
      setNotice({ tone: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const last = status?.lastOutcome;
  return (
    <section className="sharing-page" aria-labelledby="sharing-title">
      <header className="page-header">
        <h1 id="sharing-title">Sharing</h1>
        {status?.url ? (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(() => window.archive.sharing.sync({}))}>
            {busy ? 'Syncing…' : 'Sync now'}
          </button>
        ) : null}
      </header>
      <PageNotice notice={notice} onDismiss={() => setNotice(null)} />
      {status === null ? (
        <p className="muted">Reading how the archive is shared…</p>
      ) : !status.url ? (
        <SharingSetUp busy={busy} onSetUp={(input) => void run(() => window.archive.sharing.setUp(input))} />
      ) : (
        <>
          <dl className="details__list sharing-page__facts">
            <div className="details__row">
              <dt>Shared through</dt>
              <dd>
                <code>{status.url}</code>
              </dd>
            </div>
            <div className="details__row">
              <dt>Last synced</dt>
              <dd>{status.lastSyncedAt ? when(status.lastSyncedAt) : 'never'}</dd>
            </div>
            <div className="details__row">
              <dt>Not yet sent</dt>
              <dd>{status.unsentChanges === 0 ? 'nothing' : `${status.unsentChanges} change(s)`}</dd>
            </div>
            <div className="details__row">
              <dt>To decide</dt>
              <dd>{status.pendingConflicts === 0 ? 'no conflicts' : `${status.pendingConflicts} conflict(s)`}</dd>
            </div>
          </dl>
          {last ? (
            <>
              <Changes title="Came in" changes={last.cameIn} />
              <Changes title="Went out" changes={last.wentOut} />
            </>
          ) : null}
        </>
      )}
      {conflicts.length > 0 ? (
        <section aria-labelledby="conflicts-title">
          <h2 id="conflicts-title" className="sharing-page__subtitle">
            Conflicts to decide
          </h2>
          <p className="muted">Your version stays in place until you decide; both are kept, and the history has them all.</p>
          {conflicts.map((conflict) => (
            <ConflictResolver key={`${conflict.kind}/${conflict.id}`} conflict={conflict} busy={busy} onResolve={(resolution) => void run(() => window.archive.sharing.resolve(resolution), `Decided on ${resolution.id}; the next sync shares the decision.`)} />
          ))}
        </section>
      ) : null}
    </section>
  );
}
