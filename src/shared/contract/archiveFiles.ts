import { z } from 'zod';
import { operation } from './operation';

/** The archive the window has open, where its companions are, and the archives opened lately. */
export const ArchiveFilesState = z.object({
  path: z.string(),
  title: z.string(),
  /** Lock, backups and history beside the archive, or in the user-data folder when its folder is read-only. */
  keptIn: z.enum(['beside', 'user-data']),
  lockFile: z.string(),
  backupsFolder: z.string(),
  historyFolder: z.string(),
  /** Newest first; the first is reopened at launch. */
  recent: z.array(z.string()),
  /** Why the archive asked for at launch is not the one open. */
  notice: z.string().optional(),
});
export type ArchiveFilesState = z.infer<typeof ArchiveFilesState>;

/** After a dialog: whether the editor went through with it (false when they cancelled). */
export const ArchiveFilesOutcome = z.object({ done: z.boolean(), state: ArchiveFilesState });
export type ArchiveFilesOutcome = z.infer<typeof ArchiveFilesOutcome>;

/** Archive files, as a document app has them: the dialogs are main's, the page never names a path. */
export const archiveFilesOperations = {
  current: operation(z.undefined(), ArchiveFilesState),
  /** Open Archive…: main's open dialog, then the file chosen replaces the archive open. */
  open: operation(z.undefined(), ArchiveFilesOutcome),
  /** Open Recent: only a path main listed in `recent`. */
  openRecent: operation(z.strictObject({ path: z.string().min(1).max(4096) }), ArchiveFilesOutcome),
  /** New Archive…: main's save dialog, then an empty archive there, opened. */
  create: operation(z.undefined(), ArchiveFilesOutcome),
  /** Save a Copy As…: the archive as it is, written where the editor chooses; the open one stays open. */
  saveCopy: operation(z.undefined(), z.object({ savedTo: z.string().nullable() })),
  clearRecent: operation(z.undefined(), ArchiveFilesState),
  /** The archive a second launch of the app named ("open with" while it runs); done is false when there is none. */
  openRequested: operation(z.undefined(), ArchiveFilesOutcome),
};
