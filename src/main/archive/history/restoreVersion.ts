import { ArchiveError } from '../../../shared/contract/errors';
import type { RecordKind } from '../../../shared/schemas/common';
import { KIND_NAMES, type InputOf, type RecordOf } from '../../../shared/schemas/kinds';
import type { RecordServices } from '../archive';
import { restoreVersionOperation } from '../operationLabels';
import type { ArchiveStore } from '../store';
import { recordAt, type HistorySource } from './historyQueries';

/**
 * Puts a record back as a commit of the history left it, as a NEW change: the version's values
 * go through the same checks as any edit (references that are gone since are refused), and the
 * history gains a commit; nothing in it is rewritten. A deleted record is brought back under
 * its id (out of the trash first, if it is there).
 */
export async function restoreVersion<K extends RecordKind>(
  source: HistorySource,
  store: ArchiveStore,
  records: RecordServices,
  { kind, id, commit }: { kind: K; id: string; commit: string },
): Promise<RecordOf<K>> {
  const version = await recordAt(source, kind, id, commit);
  const one = KIND_NAMES[kind].one;
  if (!version) throw new ArchiveError({ code: 'not-found', message: `commit: ${commit.slice(0, 10)} did not change the ${one} "${id}"` });
  if (!version.record) throw new ArchiveError({ code: 'invalid-input', message: `commit: in ${commit.slice(0, 10)} the ${one} "${id}" was deleted; choose a version that has it` });
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = version.record as RecordOf<K>;
  const service = records[kind] as unknown as {
    update(id: string, values: InputOf<K>, expectedUpdatedAt: string | undefined, operation: ReturnType<typeof restoreVersionOperation>): Promise<RecordOf<K>>;
    create(values: InputOf<K>, id: string, operation: ReturnType<typeof restoreVersionOperation>): Promise<RecordOf<K>>;
    restore(id: string): Promise<RecordOf<K>>;
    toRecord(values: InputOf<K>, id: string, createdAt: string, updatedAt: string): RecordOf<K>;
  };
  const operation = restoreVersionOperation(kind, id, version.time);
  if (store.trash().some((entry) => entry.kind === kind && entry.record.id === id)) {
    // Checked before it leaves the trash, so a version that no longer holds changes nothing.
    service.toRecord(values as unknown as InputOf<K>, id, version.time, version.time);
    await service.restore(id);
  }
  if (store.has(kind, id)) return service.update(id, values as unknown as InputOf<K>, undefined, operation);
  return service.create(values as unknown as InputOf<K>, id, operation);
}
