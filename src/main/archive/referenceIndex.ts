import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import type { AnyRecord } from '../../shared/schemas/kinds';
import { referencesOf } from '../../shared/schemas/references';

/** A record named by kind and id. */
export interface RecordKey {
  kind: RecordKind;
  id: string;
}

const keyOf = (kind: RecordKind, id: string) => `${kind}/${id}`;

/**
 * Who points at whom, the other way round: for a record, the live records that refer to it.
 * Lets a delete find its dependents, and a commit check that nothing is left dangling,
 * without reading every record.
 */
export class ReferenceIndex {
  private readonly referrers = new Map<string, Map<string, RecordKey>>();

  static build(lists: { [K in RecordKind]: readonly AnyRecord[] }): ReferenceIndex {
    const index = new ReferenceIndex();
    for (const kind of RECORD_KINDS) for (const record of lists[kind]) index.add(kind, record);
    return index;
  }

  add(kind: RecordKind, record: AnyRecord): void {
    const from = keyOf(kind, record.id);
    for (const ref of referencesOf(kind, record)) {
      const to = keyOf(ref.kind, ref.id);
      let set = this.referrers.get(to);
      if (!set) this.referrers.set(to, (set = new Map()));
      set.set(from, { kind, id: record.id });
    }
  }

  remove(kind: RecordKind, record: AnyRecord): void {
    const from = keyOf(kind, record.id);
    for (const ref of referencesOf(kind, record)) {
      const to = keyOf(ref.kind, ref.id);
      const set = this.referrers.get(to);
      set?.delete(from);
      if (set?.size === 0) this.referrers.delete(to);
    }
  }

  /** The records referring to `kind`/`id`, itself left out. */
  referrersOf(kind: RecordKind, id: string): RecordKey[] {
    const found = this.referrers.get(keyOf(kind, id));
    return found ? [...found.values()].filter((key) => !(key.kind === kind && key.id === id)) : [];
  }
}
