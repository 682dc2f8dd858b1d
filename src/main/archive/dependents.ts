import type { RecordKind } from '../../shared/schemas/common';
import { recordLabel } from '../../shared/derived/labels';
import type { AnyRecord } from '../../shared/schemas/kinds';
import type { ArchiveStore } from './store';

export interface Dependent {
  kind: RecordKind;
  id: string;
  label: string;
}

/** The records that point at `kind`/`id` and would be left dangling by its removal. */
export function dependentsOf(store: ArchiveStore, kind: RecordKind, id: string): Dependent[] {
  return store.referrersOf(kind, id).map((referrer) => ({
    ...referrer,
    label: recordLabel(referrer.kind, store.find(referrer.kind, referrer.id) as AnyRecord),
  }));
}
