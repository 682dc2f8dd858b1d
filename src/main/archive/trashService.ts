import type { RecordKind } from '../../shared/schemas/common';
import type { AnyRecord } from '../../shared/schemas/kinds';
import type { TrashEntry } from '../../shared/schemas/trash';
import type { RecordServices } from './archive';
import type { ArchiveStore } from './store';

/** The trash: deleted records, restorable under their own ids until purged for good. */
export class TrashService {
  constructor(
    private readonly store: ArchiveStore,
    private readonly records: RecordServices,
  ) {}

  list(): TrashEntry[] {
    return [...this.store.trash()];
  }

  restore(kind: RecordKind, id: string): Promise<AnyRecord> {
    return this.records[kind].restore(id) as Promise<AnyRecord>;
  }

  /** Removes one record from the trash for good; resolves with how many went (0 or 1). */
  purge(kind: RecordKind, id: string): Promise<number> {
    return this.store.purgeTrash((entry) => entry.kind === kind && entry.record.id === id);
  }

  /** Empties the trash for good; resolves with how many went. */
  empty(): Promise<number> {
    return this.store.purgeTrash(() => true);
  }
}
