import type { RecordKind } from '../../../shared/schemas/common';
import type { InputOf, RecordOf } from '../../../shared/schemas/kinds';
import { KIND_NAMES } from '../../../shared/schemas/kinds';
import type { TrashEntry } from '../../../shared/schemas/trash';
import { ArchiveError } from '../../../shared/contract/errors';
import { dependentsOf } from '../dependents';
import type { RecordService } from '../records';
import type { ArchiveStore, Changes } from '../store';
import { laterTimestamp } from '../timestamps';

/** The editor's decision: the record as it should be (one side's, or fields picked from both), or the delete. */
export type Resolution<K extends RecordKind> = { keep: 'record'; values: InputOf<K> } | { keep: 'deleted' };

/**
 * Settles a conflict a sync left: the chosen record is checked by the editor's own rules,
 * written, and the conflict leaves the archive's pending list in the same durable change.
 * The versions not chosen stay in the history.
 */
export function resolveConflict<K extends RecordKind>(store: ArchiveStore, service: RecordService<K>, id: string, resolution: Resolution<K>, now = new Date()): Promise<RecordOf<K> | null> {
  const kind = service.kind;
  return store.commit(() => {
    const pending = store.data.meta.conflicts ?? [];
    if (!pending.some((conflict) => conflict.kind === kind && conflict.id === id)) {
      throw new ArchiveError({ code: 'not-found', message: `There is no conflict on ${KIND_NAMES[kind].one} "${id}" to resolve` });
    }
    const rest = pending.filter((conflict) => !(conflict.kind === kind && conflict.id === id));
    const before = store.find(kind, id);
    const meta = { conflicts: rest.length > 0 ? rest : undefined };
    const summary = `Resolve the conflict on ${KIND_NAMES[kind].one} ${id}`;
    if (resolution.keep === 'deleted') {
      if (!before) return { changes: { records: [], meta, operation: { kind: 'edit', summary: `${summary}: deleted` } }, result: null };
      const dependents = dependentsOf(store, kind, id);
      if (dependents.length > 0) {
        throw new ArchiveError({ code: 'has-dependents', message: `Cannot accept the delete of ${id}: ${dependents.length} record(s) still refer to it`, dependents });
      }
      const entry = { kind, deletedAt: now.toISOString(), record: before } as TrashEntry;
      const changes: Changes = { records: [{ kind, before }], trash: [{ put: entry }], meta, operation: { kind: 'edit', summary: `${summary}: deleted` } };
      return { changes, result: null };
    }
    const trashed = store.trash().find((entry) => entry.kind === kind && entry.record.id === id);
    const createdAt = before?.createdAt ?? trashed?.record.createdAt ?? now.toISOString();
    const after = service.toRecord(resolution.values, id, createdAt, laterTimestamp(now, before?.updatedAt ?? createdAt));
    const changes: Changes = {
      records: [{ kind, before, after }],
      trash: trashed ? [{ take: trashed }] : [],
      meta,
      operation: { kind: 'edit', summary: `${summary}: kept` },
    };
    return { changes, result: after };
  });
}
