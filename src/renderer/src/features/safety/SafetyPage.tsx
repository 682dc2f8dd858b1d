import { useCallback, useEffect, useState } from 'react';
import { RECORD_KINDS } from '../../../../shared/schemas/common';
import type { BackupInfo, SafetyStatus } from '../../../../shared/contract/safety';
import { useArchiveData } from '../../data/ArchiveData';
import { formatBytes } from '../../../../shared/derived/fileSize';
import { describeReason, formatTakenAt } from './format';
import { PageNotice, type PageNoticeValue } from '../../components/PageNotice';


/** Where the archive and its backups live, the backups, and restoring one. */
export function SafetyPage() {
  const { reload } = useArchiveData();
  const [status, setStatus] = useState<SafetyStatus | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<PageNoticeValue | null>(null);

  const load = useCallback(async () => {
    const [nextStatus, nextBackups] = await Promise.all([window.archive.safety.status(), window.archive.safety.backups()]);
    setStatus(nextStatus);
    setBackups(nextBackups);
  }, []);

  useEffect(() => {
    load().catch((error: Error) => setNotice({ tone: 'error', text: error.message }));
  }, [load]);

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    try {
      const { previous } = await window.archive.safety.restore({ name: backup.name });
      // Every list shows the restored archive, not the one in memory before.
      await Promise.all(RECORD_KINDS.map((kind) => reload(kind)));
      await load();
      setNotice({ tone: 'info', text: `Restored the backup of ${formatTakenAt(backup.takenAt)}. The archive as it was just before is kept in the backups, listed as “Before a restore” (${previous}).` });
    } catch (error) {
      setNotice({ tone: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <section className="safety-page" aria-labelledby="safety-title">
      <header className="page-header">
        <h1 id="safety-title">Data safety</h1>
      </header>
      <PageNotice notice={notice} onDismiss={() => setNotice(null)} />

      <div className="safety-page__places">
        <dl className="details__list">
          <div className="details__row">
            <dt>Archive file</dt>
            <dd>
              <code>{status?.archivePath ?? '…'}</code>
            </dd>
          </div>
          <div className="details__row">
            <dt>Backups folder</dt>
            <dd>
              <code>{status?.backupsFolder ?? '…'}</code>
            </dd>
          </div>
        </dl>
        <p className="muted">
          Every save reaches the disk before it is confirmed. A backup is taken at each launch, before a format upgrade and before a restore; the last 10 are
          kept, and one a day for 30 days.
        </p>
      </div>

      {confirming ? (
        <div className="safety-confirm" role="alertdialog" aria-labelledby="restore-question" aria-describedby="restore-detail">
          <p id="restore-question" className="safety-confirm__question">
            Restore the backup of {formatTakenAt(confirming.takenAt)}?
          </p>
          <p id="restore-detail" className="muted">
            The archive as it is now is backed up first, so this can be undone by restoring that backup.
          </p>
          <div className="editor__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void restore(confirming)}>
              Restore this backup
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      <h2 className="safety-page__subtitle">Backups</h2>
      {backups === null ? (
        <p className="muted">Reading the backups…</p>
      ) : backups.length === 0 ? (
        <p className="muted">No backups yet: the first is taken at the next launch.</p>
      ) : (
        <table className="safety-table" aria-label="Backups">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col" className="safety-table__number">
                Size
              </th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="safety-hidden-label">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name} title={backup.name}>
                <td>{formatTakenAt(backup.takenAt)}</td>
                <td>{describeReason(backup.reason)}</td>
                <td className="safety-table__number">{formatBytes(backup.bytes)}</td>
                <td>{backup.valid ? <span className="badge safety-badge--valid">Valid</span> : <span className="badge badge--muted" title={backup.problem}>Cannot be opened</span>}</td>
                <td className="safety-table__action">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={!backup.valid || busy}
                    aria-label={`Restore the backup of ${formatTakenAt(backup.takenAt)}`}
                    onClick={() => setConfirming(backup)}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
