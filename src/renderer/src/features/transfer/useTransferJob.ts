import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobState } from '../../../../shared/contract/transfer';

const POLL_MS = 150;

export interface TransferJob {
  /** The running or last job; null before the first, or when a dialog was cancelled. */
  job: JobState | null;
  busy: boolean;
  /** Starts an operation that answers a job id (or null: the user cancelled the dialog). */
  run(start: () => Promise<{ jobId: string } | null>): Promise<JobState | null>;
  cancel(): void;
  /** An error before the job started (the dialog, a file that could not be read). */
  error: string | null;
}

/** Follows one import or export job from main: progress while it runs, then its outcome. */
export function useTransferJob(): TransferJob {
  const [job, setJob] = useState<JobState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const run = useCallback(async (start: () => Promise<{ jobId: string } | null>) => {
    setBusy(true);
    setError(null);
    setJob(null);
    try {
      const started = await start();
      if (!started) return null;
      for (;;) {
        const state = await window.archive.transfer.job({ jobId: started.jobId });
        if (alive.current) setJob(state);
        if (state.status !== 'running') return state;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } catch (caught) {
      if (alive.current) setError((caught as Error).message);
      return null;
    } finally {
      if (alive.current) setBusy(false);
    }
  }, []);

  const cancel = useCallback(() => {
    if (job?.status === 'running') void window.archive.transfer.cancel({ jobId: job.jobId });
  }, [job]);

  return { job, busy, run, cancel, error };
}
