import type { TransferJob } from './useTransferJob';

/** A running job's progress with its Cancel button, then what it did (or why it did not). */
export function JobProgress({ transfer, label }: { transfer: TransferJob; label: string }) {
  const { job, error, cancel } = transfer;
  if (error) {
    return (
      <p className="notice notice--error" role="alert">
        {error}
      </p>
    );
  }
  if (!job) return null;
  if (job.status === 'running') {
    const { phase, done, total } = job.progress;
    const percent = total > 0 ? Math.round((done / total) * 100) : 0;
    return (
      <div className="job-progress">
        <div className="job-progress__bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${phase}: ${percent}%`}>
          <span style={{ width: `${percent}%` }} />
        </div>
        <span className="job-progress__phase">{phase}…</span>
        <button type="button" className="button button--small" onClick={cancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (job.status === 'done') {
    return (
      <p className="notice" role="status">
        {job.summary}
      </p>
    );
  }
  return (
    <p className={`notice${job.status === 'failed' ? ' notice--error' : ''}`} role={job.status === 'failed' ? 'alert' : 'status'}>
      {job.status === 'cancelled' ? 'Cancelled: nothing was written.' : job.error}
    </p>
  );
}
