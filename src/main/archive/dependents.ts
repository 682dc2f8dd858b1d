import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import { recordLabel } from '../../shared/derived/labels';
import { referencesOf } from '../../shared/schemas/references';
import type { ArchiveStore } from './store';

export interface Dependent {
  kind: RecordKind;
  id: string;
  label: string;
}

/** The records that point at `kind`/`id` and would be left dangling by its removal. */
export function dependentsOf(store: ArchiveStore, kind: RecordKind, id: string): Dependent[] {
  const dependents: Dependent[] = [];
  for (const other of RECORD_KINDS) {
    for (const record of store.list(other)) {
      if (other === kind && record.id === id) continue;
      if (referencesOf(other, record).some((ref) => ref.kind === kind && ref.id === id)) {
        dependents.push({ kind: other, id: record.id, label: recordLabel(other, record) });
      }
    }
  }
  return dependents;
}
