import { z } from 'zod';
import { IsoDate, RecordId, RecordKind } from '../schemas/common';
import { recordSchemas } from '../schemas/kinds';
import { operation } from './operation';

/** What kind of change a commit of the history records. */
export const HistoryOperationKind = z.enum([
  'create',
  'edit',
  'delete',
  'trash-restore',
  'trash-purge',
  'bulk-edit',
  'import',
  'restore-version',
  'restore-backup',
  'settings',
  'history-begins',
  'recovered',
  'sync',
  'change',
]);
export type HistoryOperationKind = z.infer<typeof HistoryOperationKind>;

/** The label an operation puts on its change, which becomes the commit's message. */
export const HistoryOperation = z.object({ kind: HistoryOperationKind, summary: z.string() });
export type HistoryOperation = z.infer<typeof HistoryOperation>;

/** Who made a change: the editor's name and email, as in a git commit. */
export const HistoryAuthor = z.object({ name: z.string(), email: z.string() });
export type HistoryAuthor = z.infer<typeof HistoryAuthor>;

const CommitId = z.string().regex(/^[0-9a-f]{40}$/, 'must be a commit id (40 hexadecimal digits)');

export const RecordChangeKind = z.enum(['added', 'changed', 'deleted']);
export type RecordChangeKind = z.infer<typeof RecordChangeKind>;

/** One word (or run of spaces) of a text diffed word by word. */
export const WordChange = z.object({ text: z.string(), change: z.enum(['same', 'added', 'removed']) });
export type WordChange = z.infer<typeof WordChange>;

/** One field (or one goal, kick, list item) that differs between two versions of a record. */
export const FieldChange = z.object({
  /** The field's path in the record: `text`, `goals[2]`, `shootout.kicks[4]`. */
  path: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.string().optional(),
  after: z.string().optional(),
  /** For long texts (a quote's words): the words kept, added and removed, in order. */
  words: z.array(WordChange).optional(),
});
export type FieldChange = z.infer<typeof FieldChange>;

const AnyRecord = z.union(Object.values(recordSchemas));

/** One version of a record, as one commit left it, with what changed since the version before. */
export const RecordVersion = z.object({
  commit: CommitId,
  time: z.iso.datetime(),
  author: HistoryAuthor,
  operation: HistoryOperation,
  change: RecordChangeKind,
  /** The record as this commit left it; null when the commit deleted it. */
  record: AnyRecord.nullable(),
  fields: z.array(FieldChange),
});
export type RecordVersion = z.infer<typeof RecordVersion>;

/** A commit of the history, with the records it touched. */
export const HistoryEntry = z.object({
  commit: CommitId,
  time: z.iso.datetime(),
  author: HistoryAuthor,
  operation: HistoryOperation,
  records: z.array(z.object({ kind: RecordKind, id: RecordId, label: z.string(), change: RecordChangeKind })),
  /** How many records it touched in all; `records` lists the first of them. */
  recordCount: z.number(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const RecentChangesQuery = z.strictObject({
  kind: RecordKind.optional(),
  /** Part of an author's name or email, any case. */
  editor: z.string().max(200).optional(),
  /** On or after this day (UTC). */
  since: IsoDate.optional(),
  /** On or before this day (UTC). */
  until: IsoDate.optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type RecentChangesQuery = z.input<typeof RecentChangesQuery>;

export const HistoryStatus = z.object({
  /** The history repository, a git repository beside the archive. */
  folder: z.string(),
  commits: z.number(),
  /** Changes acknowledged but not committed yet. */
  pending: z.number(),
  /** Something the editor should know: a damaged history moved aside, changes recovered. */
  notices: z.array(z.string()),
});
export type HistoryStatus = z.infer<typeof HistoryStatus>;

const RecordRef = z.strictObject({ kind: RecordKind, id: RecordId });

/** Every change kept in the archive's git history: who changed what, when, and a way back. */
export const historyOperations = {
  status: operation(z.undefined(), HistoryStatus),
  record: operation(RecordRef, z.array(RecordVersion)),
  recent: operation(RecentChangesQuery, z.object({ entries: z.array(HistoryEntry), more: z.boolean() })),
  /** Puts a record back as a commit left it: a new change, validated like any edit. */
  restoreVersion: operation(RecordRef.extend({ commit: CommitId }), AnyRecord),
};
