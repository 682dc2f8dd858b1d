import { useEffect, useState, type ReactNode } from 'react';
import type { SafetyStatus } from '../../../../shared/contract/safety';
import { RecoveryScreen } from './RecoveryScreen';

/** Opens the app only over an open archive; an archive in recovery gets the recovery screen first. */
export function ArchiveGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SafetyStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    window.archive.safety
      .status()
      .then(setStatus)
      .catch((caught: Error) => setError(caught.message));
  }, []);

  if (error) {
    return (
      <p className="notice notice--error" role="alert">
        The archive could not be reached: {error}
      </p>
    );
  }
  if (!status) return null;
  if (status.state === 'recovery') return <RecoveryScreen status={status} onRecovered={setStatus} />;
  return <>{children}</>;
}
