import type { AnyRecord } from '../../../shared/schemas/kinds';
import type { TrashEntry } from '../../../shared/schemas/trash';
import type { RecordChange, TrashChange } from '../store';

/** Why an import left a record out when its id is held by a deleted record. */
export const IN_TRASH_SKIPPED = 'in the trash: left there and skipped (import with the option to restore it to bring it back with the file’s values)';

/**
 * Restore-then-update: the deleted record leaves the trash and the file's version takes its
 * place under the same id, keeping when it was first created.
 */
export function restoreThenUpdate(entry: TrashEntry, incoming: AnyRecord): { record: RecordChange; trash: TrashChange } {
  return { record: { kind: entry.kind, after: { ...incoming, createdAt: entry.record.createdAt } } as RecordChange, trash: { take: entry } };
}
