import { HistoryOperationKind, type HistoryOperation } from '../../../shared/contract/history';

const OPERATION = 'Operation';
const ARCHIVE_UPDATED = 'Archive-Updated';

/**
 * A commit's message: the operation's summary on the first line (what `git log --oneline`
 * shows), then git trailers with the operation's kind and the archive's `updatedAt` as of this
 * commit, by which the next start tells whether the history has every acknowledged change.
 */
export function commitMessage(operation: HistoryOperation, archiveUpdatedAt: string, details: readonly string[] = []): string {
  const summary = operation.summary.replace(/\s+/g, ' ').trim() || 'Change the archive';
  const body = details.length > 0 ? `${details.join('\n')}\n\n` : '';
  return `${summary}\n\n${body}${OPERATION}: ${operation.kind}\n${ARCHIVE_UPDATED}: ${archiveUpdatedAt}\n`;
}

export interface ReadMessage {
  operation: HistoryOperation;
  archiveUpdatedAt: string | null;
}

/** Reads any commit's message: one written elsewhere (by hand, by a colleague) is a plain `change`. */
export function readCommitMessage(message: string): ReadMessage {
  const summary = message.split('\n', 1)[0]!.trim();
  const trailer = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(message)?.[1]?.trim() ?? null;
  const kind = HistoryOperationKind.safeParse(trailer(OPERATION));
  return { operation: { kind: kind.success ? kind.data : 'change', summary }, archiveUpdatedAt: trailer(ARCHIVE_UPDATED) };
}
