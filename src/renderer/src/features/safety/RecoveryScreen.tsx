import { useState } from 'react';
import type { RecoveryChoice, SafetyStatus } from '../../../../shared/contract/safety';
import { formatTakenAt } from './format';

interface RecoveryScreenProps {
  status: SafetyStatus;
  onRecovered: (status: SafetyStatus) => void;
}

/** Shown instead of the app when the archive would not open at launch: what is wrong, and the ways out. */
export function RecoveryScreen({ status, onRecovered }: RecoveryScreenProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recovery = status.recovery;
  if (!recovery) return null;
  const backup = recovery.newestValidBackup;

  const recover = async (choice: RecoveryChoice) => {
    setBusy(true);
    setError(null);
    try {
      onRecovered(await window.archive.safety.recover(choice));
    } catch (caught) {
      setError((caught as Error).message);
      setBusy(false);
    }
  };

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery__card">
        <h1 id="recovery-title">The archive could not be opened</h1>
        {recovery.issues.length > 0 ? (
          <p className="recovery__problem">
            The archive file <code>{status.archivePath}</code> does not pass validation: {recovery.problemCount === 1 ? 'one problem' : `${recovery.problemCount} problems`}
            {recovery.problemCount > 5 ? ', the first five below' : ''}.
          </p>
        ) : (
          <p className="recovery__problem">{recovery.problem}</p>
        )}
        {recovery.issues.length > 0 ? (
          <ul className="plain-list recovery__issues" aria-label="Problems found">
            {recovery.issues.slice(0, 5).map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <code>{issue.path}</code> {issue.message}
              </li>
            ))}
          </ul>
        ) : null}
        {recovery.keptAside ? (
          <p>
            Nothing was overwritten: the file was kept aside, unchanged, as <code>{recovery.keptAside}</code>.
          </p>
        ) : null}
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="recovery__choices">
          {backup ? (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void recover({ from: 'backup', name: backup.name })}>
              Restore the newest valid backup ({formatTakenAt(backup.takenAt)})
            </button>
          ) : (
            <p className="muted">There is no valid backup to restore.</p>
          )}
          <button type="button" className={backup ? 'button' : 'button button--primary'} disabled={busy} onClick={() => void recover({ from: 'default' })}>
            Start from the default archive
          </button>
        </div>
        <p className="muted">
          Backups are in <code>{status.backupsFolder}</code>.
        </p>
      </div>
    </main>
  );
}
