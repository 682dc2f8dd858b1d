import { isDeepStrictEqual } from 'node:util';
import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/common';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { AnyRecord } from '../../../shared/schemas/kinds';
import type { TrashEntry } from '../../../shared/schemas/trash';

/** Where one record stands in one version of the archive: in it, in its trash, or gone. */
export type Slot = { kind: RecordKind; id: string } & ({ live: AnyRecord; trashed?: undefined } | { live?: undefined; trashed: TrashEntry });

/** A record's key across versions: its kind and id (ids are unique per kind, trash included). */
export function slotKey(kind: RecordKind, id: string): string {
  return `${kind}/${id}`;
}

/** Every record of a document, live or in the trash, by key, in the document's order. */
export function slotsOf(document: ArchiveDocument): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const kind of RECORD_KINDS) {
    for (const record of document[kind] as AnyRecord[]) slots.set(slotKey(kind, record.id), { kind, id: record.id, live: record });
  }
  for (const entry of document.trash) slots.set(slotKey(entry.kind, entry.record.id), { kind: entry.kind, id: entry.record.id, trashed: entry });
  return slots;
}

export function sameSlot(a: Slot | undefined, b: Slot | undefined): boolean {
  if (!a || !b) return a === b;
  return a.live ? isDeepStrictEqual(a.live, b.live) : isDeepStrictEqual(a.trashed, b.trashed);
}

/** The record a slot holds, whether live or in the trash. */
export function recordOf(slot: Slot | undefined): AnyRecord | undefined {
  return slot?.live ?? slot?.trashed?.record;
}
