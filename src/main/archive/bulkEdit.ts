import type { RecordKind } from '../../shared/schemas/common';
import { KIND_NAMES, type AnyRecord, type InputOf, type RecordOf } from '../../shared/schemas/kinds';
import type { BulkEdit } from '../../shared/contract/bulkEdit';
import { ArchiveError } from '../../shared/contract/errors';

/** The editable values of a stored record: everything but its id and timestamps. */
export function valuesOf<K extends RecordKind>(record: RecordOf<K>): InputOf<K> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = record as AnyRecord;
  return values as unknown as InputOf<K>;
}

/** A record's values with one bulk edit made to them. */
export function editedValues<K extends RecordKind>(kind: K, record: RecordOf<K>, edit: BulkEdit): InputOf<K> {
  const values = valuesOf(record) as InputOf<K> & { tags: string[]; sourceIds: string[] };
  switch (edit.action) {
    case 'addTag':
      return { ...values, tags: [...new Set([...values.tags, edit.tag])] };
    case 'removeTag':
      return { ...values, tags: values.tags.filter((tag) => tag !== edit.tag) };
    case 'addSource':
      return { ...values, sourceIds: [...new Set([...values.sourceIds, edit.sourceId])] };
    case 'setStatus':
      if (kind !== 'quotes') {
        throw new ArchiveError({
          code: 'invalid-input',
          message: `edit.status: only quotes have a verification status, not ${KIND_NAMES[kind].many}`,
          issues: [{ path: 'edit.status', message: 'is for quotes only' }],
        });
      }
      return { ...values, status: edit.status };
  }
}
