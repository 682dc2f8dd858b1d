import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/common';
import type { AnyRecord } from '../../../shared/schemas/kinds';
import type { Claim } from '../../../shared/schemas/claim';
import { openClaims } from '../../../shared/provenance/claims';
import type { ArchiveStore } from '../store';

export interface Disagreement {
  kind: RecordKind;
  record: AnyRecord;
  claim: Claim;
}

/** Every open claim in the archive, record by record in the archive's order. */
export function disagreements(store: ArchiveStore): Disagreement[] {
  return RECORD_KINDS.flatMap((kind) =>
    (store.list(kind) as readonly AnyRecord[]).flatMap((record) => openClaims(record).map((claim) => ({ kind, record, claim }))),
  );
}
