import { useEffect, useState } from 'react';
import type { RecordVersion } from '../../../../shared/contract/history';
import type { RecordKind } from '../../../../shared/schemas/common';
import type { AnyRecord } from '../../../../shared/schemas/kinds';
import { useHistory } from '../../history/HistoryProvider';
import { useNotices } from '../../components/Notices';
import { FieldChanges } from './FieldChanges';
import { changeTime } from './changeTime';
import './history.css';

const CHANGE_WORDS: Record<RecordVersion['change'], string> = { added: 'created', changed: 'changed', deleted: 'deleted' };

/**
 * Every version of a record, newest first: who, when, the operation, and what it changed.
 * Read from the git history when opened (the archive's history is not loaded for every page).
 */
export function RecordHistory({ kind, record }: { kind: RecordKind; record: AnyRecord }) {
  const [open, setOpen] = useState(false);
  const [versions, setVersions] = useState<RecordVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const history = useHistory();
  const { notify } = useNotices();

  useEffect(() => {
    if (!open) return;
    let current = true;
    setError(null);
    window.archive.history.record({ kind, id: record.id }).then(
      (found) => current && setVersions(found),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
    // A new version of the record (a save, an undo, a restore) reads the history again.
  }, [open, kind, record.id, record.updatedAt]);

  const restore = async (version: RecordVersion) => {
    if (!window.confirm(`Put this record back as it was on ${changeTime(version.time)}? The change can be undone.`)) return;
    try {
      await history.restoreVersion(kind, record.id, version.commit);
      notify({ tone: 'info', text: `Restored the version of ${changeTime(version.time)}`, action: { label: 'Undo', run: () => void history.undo() } });
    } catch (failure) {
      notify({ tone: 'error', text: (failure as Error).message });
    }
  };

  return (
    <details
      className="record-history"
      open={open}
      onToggle={(event) => {
        const details = event.currentTarget;
        setOpen(details.open);
        // Below a long form, an opened history would stay out of sight.
        if (details.open) details.scrollIntoView({ block: 'start' });
      }}
    >
      <summary>History of this record</summary>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : !versions ? (
        open ? <p className="muted">Reading the history…</p> : null
      ) : versions.length === 0 ? (
        <p className="muted">No version of this record is in the history yet.</p>
      ) : (
        <ol className="record-history__versions" aria-label="Versions, newest first">
          {versions.map((version, index) => (
            <li key={version.commit} className="record-history__version">
              <p className="record-history__line">
                <strong>{changeTime(version.time)}</strong> <span>{version.author.name}</span>{' '}
                <span className="muted">
                  {CHANGE_WORDS[version.change]} · {version.operation.summary}
                </span>
                {index === 0 ? <span className="record-history__current"> (current)</span> : null}
              </p>
              <FieldChanges fields={version.fields} />
              {index > 0 && version.record ? (
                <button type="button" className="button button--small" onClick={() => void restore(version)}>
                  Restore this version
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
