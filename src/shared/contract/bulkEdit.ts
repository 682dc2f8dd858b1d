import { z } from 'zod';
import { RecordId, Tag } from '../schemas/common';
import { VerificationStatus } from '../schemas/quote';
import type { RecordKind } from '../schemas/common';
import { KIND_NAMES } from '../schemas/kinds';

/** Most records one bulk operation changes: a whole 100,000-quote archive, and no more. */
export const MAX_BULK_RECORDS = 100_000;

/** One change made to many records at once, from the list's bulk bar or a script. */
export const BulkEdit = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('addTag'), tag: Tag }),
  z.strictObject({ action: z.literal('removeTag'), tag: Tag }),
  z.strictObject({ action: z.literal('addSource'), sourceId: RecordId }),
  /** Quotes only: their verification status. */
  z.strictObject({ action: z.literal('setStatus'), status: VerificationStatus }),
]);
export type BulkEdit = z.infer<typeof BulkEdit>;

/** The records to change, each optionally with the version the caller saw (refused if it changed since). */
export const BulkTargets = z
  .array(z.strictObject({ id: RecordId, expectedUpdatedAt: z.iso.datetime({ error: 'must be an ISO timestamp' }).optional() }))
  .min(1, 'choose at least one record')
  .max(MAX_BULK_RECORDS, `must be at most ${MAX_BULK_RECORDS} records`);

/** "Add tag “checked” to 12 quotes": the notice, the undo menu and the history's commit say this. */
export function bulkEditSummary(kind: RecordKind, edit: BulkEdit, count: number, sourceTitle?: string): string {
  const records = `${count} ${count === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many}`;
  switch (edit.action) {
    case 'addTag':
      return `Add tag “${edit.tag}” to ${records}`;
    case 'removeTag':
      return `Remove tag “${edit.tag}” from ${records}`;
    case 'addSource':
      return `Add source “${sourceTitle ?? edit.sourceId}” to ${records}`;
    case 'setStatus':
      return `Mark ${records} ${edit.status}`;
  }
}
