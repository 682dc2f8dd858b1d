import { z } from 'zod';
import { FieldIssue } from './errors';
import { operation } from './operation';

/** A backup file's name: only its own folder's files, never a path. */
export const BackupName = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/, 'must be the name of a backup file');

export const BackupInfo = z.object({
  name: BackupName,
  takenAt: z.iso.datetime(),
  /** Why it was taken: launch, before-restore, before-format-2, ... */
  reason: z.string(),
  bytes: z.number(),
  valid: z.boolean(),
  /** Why it would not open, when it is not valid. */
  problem: z.string().optional(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** What went wrong with the archive at launch, and what can be done about it. */
export const Recovery = z.object({
  problem: z.string(),
  /** The first problems, by field; problemCount says how many there are in all. */
  issues: z.array(FieldIssue),
  problemCount: z.number(),
  /** The unreadable file, renamed beside the archive, never overwritten. */
  keptAside: z.string().optional(),
  newestValidBackup: BackupInfo.nullable(),
});
export type Recovery = z.infer<typeof Recovery>;

export const SafetyStatus = z.object({
  state: z.enum(['open', 'recovery']),
  archivePath: z.string(),
  backupsFolder: z.string(),
  historyFolder: z.string(),
  lockFile: z.string(),
  /** Lock, backups and history sit beside the archive, or in the user-data folder when its folder is read-only. */
  keptIn: z.enum(['beside', 'user-data']),
  recovery: Recovery.optional(),
});
export type SafetyStatus = z.infer<typeof SafetyStatus>;

export const RecoveryChoice = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('backup'), name: BackupName }),
  z.strictObject({ from: z.literal('default') }),
]);
export type RecoveryChoice = z.infer<typeof RecoveryChoice>;

/** Backups, restore, and the way out when the archive would not open. */
export const safetyOperations = {
  status: operation(z.undefined(), SafetyStatus),
  /** Newest first. */
  backups: operation(z.undefined(), z.array(BackupInfo)),
  /** Backs up the archive as it is, then puts the named backup in its place and reloads it. */
  restore: operation(z.strictObject({ name: BackupName }), z.object({ restored: BackupInfo, previous: z.string() })),
  /** Only while in recovery: opens the newest valid backup or a fresh default archive. */
  recover: operation(RecoveryChoice, SafetyStatus),
};
