import { z } from 'zod';
import { Timestamp, type RecordKind } from './common';
import { recordSchemas } from './kinds';

function trashEntryOf<K extends RecordKind>(kind: K) {
  return z.strictObject({ kind: z.literal(kind), deletedAt: Timestamp, record: recordSchemas[kind] });
}

/** A deleted record, kept whole so it can be restored under its own id. */
export const TrashEntry = z.discriminatedUnion('kind', [
  trashEntryOf('people'),
  trashEntryOf('sources'),
  trashEntryOf('matches'),
  trashEntryOf('quotes'),
  trashEntryOf('trophies'),
  trashEntryOf('milestones'),
]);
export type TrashEntry = z.infer<typeof TrashEntry>;
