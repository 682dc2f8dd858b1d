import { z } from 'zod';
import { RecordId, RecordKind } from '../schemas/common';
import { Conflict } from '../schemas/conflict';
import { shareUrlProblem } from '../derived/shareUrl';
import { operation } from './operation';

/** The git remote an archive is shared through: https, or http on this computer only (tests). */
export const ShareUrl = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters')
  .superRefine((url, ctx) => {
    const problem = shareUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One change that crossed the wire, as its commit tells it. */
export const SharedChange = z.object({
  commit: z.string(),
  author: z.object({ name: z.string(), email: z.string() }),
  time: z.iso.datetime(),
  summary: z.string(),
});
export type SharedChange = z.infer<typeof SharedChange>;

export const SYNC_STATES = ['up-to-date', 'synced', 'offline'] as const;

/** What one sync did. Offline is an outcome, not an error: nothing is lost, it tries again later. */
export const SyncOutcome = z.object({
  state: z.enum(SYNC_STATES),
  message: z.string(),
  at: z.iso.datetime(),
  /** Colleagues' changes that came in, newest first (at most 50 listed). */
  cameIn: z.array(SharedChange),
  /** This archive's changes that went out, newest first (at most 50 listed). */
  wentOut: z.array(SharedChange),
  /** Records this sync could not merge by itself. */
  newConflicts: z.array(z.object({ kind: RecordKind, id: RecordId })),
  /** Archive settings both sides changed (yours kept, theirs in the history). */
  notes: z.array(z.string()),
});
export type SyncOutcome = z.infer<typeof SyncOutcome>;

export const SharingStatus = z.object({
  /** The remote, when the archive is shared. */
  url: z.string().nullable(),
  /** The last sync that reached the remote. */
  lastSyncedAt: z.iso.datetime().nullable(),
  lastOutcome: SyncOutcome.nullable(),
  /** Changes made here since the last sync reached the remote. */
  unsentChanges: z.number().int().nonnegative(),
  pendingConflicts: z.number().int().nonnegative(),
});
export type SharingStatus = z.infer<typeof SharingStatus>;

/** The editor's decision on a conflict: the record as it should be (values as the editor's form gives them), or the delete. */
export const ConflictResolution = z.discriminatedUnion('keep', [
  z.strictObject({ kind: RecordKind, id: RecordId, keep: z.literal('record'), values: z.record(z.string(), z.unknown()) }),
  z.strictObject({ kind: RecordKind, id: RecordId, keep: z.literal('deleted') }),
]);
export type ConflictResolution = z.infer<typeof ConflictResolution>;

/** The token for the git host; kept by main in the system's keychain, never sent back. */
const ShareToken = z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');

export const sharingOperations = {
  status: operation(z.strictObject({}), SharingStatus),
  /** Publishes this archive to an empty remote, or joins a colleague's (both merged, nothing lost). */
  setUp: operation(z.strictObject({ how: z.enum(['publish', 'join']), url: ShareUrl, token: ShareToken.optional() }), SyncOutcome),
  sync: operation(z.strictObject({}), SyncOutcome),
  /** The conflicts waiting for the editor, both versions and the one they started from. */
  conflicts: operation(z.strictObject({}), z.array(Conflict)),
  resolve: operation(ConflictResolution, z.strictObject({ pendingConflicts: z.number().int().nonnegative() })),
};
