import { ArchiveError } from '../../../shared/contract/errors';

/** How far a long import or export has got: `done` of `total` steps of the named phase. */
export interface TransferProgress {
  phase: string;
  done: number;
  total: number;
}

/**
 * What the caller of a long operation can do while it runs: hear its progress and cancel
 * it. The signal is a standard AbortSignal, so the CLI, IPC jobs and tests share one idea.
 */
export interface TransferControl {
  onProgress?: (progress: TransferProgress) => void;
  signal?: AbortSignal;
}

export function cancelledError(): ArchiveError {
  return new ArchiveError({ code: 'cancelled', message: 'Cancelled: nothing was written' });
}

export function throwIfCancelled(control: TransferControl | undefined): void {
  if (control?.signal?.aborted) throw cancelledError();
}

/** Rows handled between two progress reports and between two turns of the event loop. */
const STEP = 5_000;

/**
 * Runs `each` over `items`, reporting progress and giving the event loop a turn every few
 * thousand items, so a cancel request (an IPC message, Ctrl+C) is heard while it runs.
 */
export async function forEachStep<T>(
  items: readonly T[],
  phase: string,
  control: TransferControl | undefined,
  each: (item: T, index: number) => void,
): Promise<void> {
  const total = items.length;
  control?.onProgress?.({ phase, done: 0, total });
  for (let index = 0; index < total; index++) {
    if (index % STEP === 0 && index > 0) {
      control?.onProgress?.({ phase, done: index, total });
      await nextTurn();
      throwIfCancelled(control);
    }
    each(items[index] as T, index);
  }
  control?.onProgress?.({ phase, done: total, total });
  throwIfCancelled(control);
}

/** Reports a one-step phase and lets a pending cancel in first. */
export async function phase(name: string, control: TransferControl | undefined): Promise<void> {
  control?.onProgress?.({ phase: name, done: 0, total: 1 });
  await nextTurn();
  throwIfCancelled(control);
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
