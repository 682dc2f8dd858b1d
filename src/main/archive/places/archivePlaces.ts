import { createHash } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { backupsFolderOf } from '../backups/backupNames';
import { historyFolderOf } from '../history/layout';
import { lockFileOf } from '../lockFile';

/** Where an archive's companions live: its lock, its backups and its history. */
export interface ArchivePlaces {
  archive: string;
  lock: string;
  backups: string;
  history: string;
  /** Beside the archive, or in the user-data folder because the archive's folder is read-only. */
  keptIn: 'beside' | 'user-data';
}

export interface PlacesOptions {
  userDataFolder: string;
  /** Whether the archive's folder takes new files (probed on disk by findArchivePlaces). */
  folderWritable: boolean;
}

/** `klopp-era-3f2a9c1b`: the archive's name and a digest of its path, so two `klopp-era.json` never share a folder. */
export function archiveSlug(archiveFile: string): string {
  const digest = createHash('sha256').update(archiveFile).digest('hex').slice(0, 8);
  return `${basename(archiveFile, extname(archiveFile))}-${digest}`;
}

/**
 * An archive keeps its lock, backups and history beside it (`klopp-era.json.lock`, `backups/`,
 * `klopp-era.history/`), wherever it came from. When its folder is read-only (a colleague's
 * stick, a shared drive) they go to `<user data>/elsewhere/<name>-<digest>/` instead.
 */
export function archivePlaces(archiveFile: string, { userDataFolder, folderWritable }: PlacesOptions): ArchivePlaces {
  const home = folderWritable ? null : join(userDataFolder, 'elsewhere', archiveSlug(archiveFile));
  const stand = home ? join(home, basename(archiveFile)) : archiveFile;
  return {
    archive: archiveFile,
    lock: lockFileOf(stand),
    backups: backupsFolderOf(stand),
    history: historyFolderOf(stand),
    keptIn: home ? 'user-data' : 'beside',
  };
}

/** A backup folder chosen in the preferences takes every archive's backups, each in its own subfolder. */
export function chosenBackupsFolder(places: ArchivePlaces, preference: string | null): string {
  return preference ? join(preference, archiveSlug(places.archive)) : places.backups;
}

/** Whether a new file can be made in the folder: tried, not guessed from permission bits. */
export async function isFolderWritable(folder: string): Promise<boolean> {
  const probe = join(folder, `.klopp-archive-probe-${process.pid}-${Date.now()}`);
  try {
    await (await open(probe, 'wx')).close();
    await unlink(probe);
    return true;
  } catch {
    return false;
  }
}

/** The places of an archive file as the disk has them now. */
export async function findArchivePlaces(archiveFile: string, options: Omit<PlacesOptions, 'folderWritable'>): Promise<ArchivePlaces> {
  return archivePlaces(archiveFile, { ...options, folderWritable: await isFolderWritable(dirname(archiveFile)) });
}
