import { randomUUID } from 'node:crypto';
import { ArchiveError } from '../../../shared/contract/errors';
import type { JobState } from '../../../shared/contract/transfer';
import type { TransferControl } from './control';

/** Finished jobs remembered for their callers to read; older ones are forgotten. */
const KEPT_JOBS = 20;

interface Job {
  state: JobState;
  abort: AbortController;
}

/**
 * Long imports and exports run as jobs: started now, watched by id (progress, then a
 * summary or an error) and cancellable by id. The transport only carries the id.
 */
export class TransferJobs {
  private readonly jobs = new Map<string, Job>();

  start(run: (control: TransferControl) => Promise<string>): string {
    const jobId = randomUUID();
    const job: Job = { state: { jobId, status: 'running', progress: { phase: 'Starting', done: 0, total: 1 } }, abort: new AbortController() };
    this.jobs.set(jobId, job);
    this.forgetOld();
    run({ signal: job.abort.signal, onProgress: (progress) => (job.state.progress = progress) }).then(
      (summary) => {
        job.state = { ...job.state, status: 'done', summary };
      },
      (error: unknown) => {
        const cancelled = error instanceof ArchiveError && error.code === 'cancelled';
        job.state = { ...job.state, status: cancelled ? 'cancelled' : 'failed', error: (error as Error)?.message ?? String(error) };
      },
    );
    return jobId;
  }

  state(jobId: string): JobState {
    return { ...this.get(jobId).state };
  }

  /** Asks a running job to stop; it stops at its next step and writes nothing. */
  cancel(jobId: string): boolean {
    const job = this.get(jobId);
    if (job.state.status !== 'running') return false;
    job.abort.abort();
    return true;
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new ArchiveError({ code: 'not-found', message: `There is no import or export job "${jobId}"` });
    return job;
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (job.state.status !== 'running') this.jobs.delete(id);
    }
  }
}
