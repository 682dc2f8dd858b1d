import type { RecordKind } from '../../shared/schemas/common';
import { ArchiveError } from '../../shared/contract/errors';
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

  /** Restores the record with this id, whatever its kind; names the kinds when the id is ambiguous. */
  async restoreById(id: string): Promise<{ kind: RecordKind; record: AnyRecord }> {
    const kinds = [...new Set(this.store.trash().filter((entry) => entry.record.id === id).map((entry) => entry.kind))];
    if (kinds.length === 0) throw new ArchiveError({ code: 'not-found', message: `ID: there is no record "${id}" in the trash`, issues: [{ path: 'ID', message: 'is not in the trash' }] });
    if (kinds.length > 1) {
      throw new ArchiveError({ code: 'invalid-input', message: `ID: "${id}" is in the trash as ${kinds.join(' and ')}; restore it by kind`, issues: [{ path: 'ID', message: 'is ambiguous' }] });
    }
    const kind = kinds[0] as RecordKind;
    return { kind, record: await this.restore(kind, id) };
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
