import { randomBytes } from 'node:crypto';
import type { RecordKind } from '../../shared/schemas/common';
import { KIND_NAMES } from '../../shared/schemas/kinds';

/** A new id that reads as what it names: quote-7k2m9x4q. */
export function newRecordId(kind: RecordKind, taken: (id: string) => boolean): string {
  for (;;) {
    const id = `${KIND_NAMES[kind].one}-${randomBytes(6).readUIntBE(0, 6).toString(36).padStart(8, '0').slice(-8)}`;
    if (!taken(id)) return id;
  }
}
