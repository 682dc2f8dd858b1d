import { access, rename } from 'node:fs/promises';
import { ArchiveError } from '../../shared/contract/errors';
import type { BackupInfo, Recovery, RecoveryChoice, SafetyStatus } from '../../shared/contract/safety';
import { openArchive, type Archive } from './archive';
import { keptAsideName } from './backups/backupNames';
import { listBackups } from './backups/listBackups';
import { readValidBackup, restoreBackup, type Restored } from './backups/restoreBackup';
import { takeBackup } from './backups/takeBackup';
import { ensureArchiveFile } from './defaultArchive';
import { writeFileDurably } from './durableJsonFile';
import { acquireArchiveLock, type ArchiveLock } from './lockFile';
import type { HistoryOptions } from './history/archiveHistory';
import type { SharingOptions } from './sharing/archiveSharing';
import { archivePlaces, chosenBackupsFolder, type ArchivePlaces } from './places/archivePlaces';

type State = { status: 'open'; archive: Archive } | { status: 'recovery'; recovery: Recovery };

/** Where a session keeps the archive's companions, and the backup folder the editor chose (read at each backup). */
export interface SessionPlaces {
  places: ArchivePlaces;
  backupFolderPreference?: () => string | null;
}

function backupsFolderOf({ places, backupFolderPreference }: SessionPlaces): string {
  return chosenBackupsFolder(places, backupFolderPreference?.() ?? null);
}

/** Everything beside the archive, as for the app's own file or a test's. */
export function besideArchive(file: string): SessionPlaces {
  return { places: archivePlaces(file, { userDataFolder: '', folderWritable: true }) };
}

/**
 * The archive as the app has it: open, or in recovery when the file would not open at
 * launch. In recovery every record operation is refused with a clear error until the
 * editor restores a backup or starts from the default archive.
 */
export class ArchiveSession {
  constructor(
    readonly file: string,
    private state: State,
    private readonly defaultArchiveFile?: string,
    private readonly lock?: ArchiveLock,
    private readonly history: HistoryOptions = {},
    private readonly where: SessionPlaces = besideArchive(file),
    private readonly sharing: SharingOptions = {},
  ) {}

  /** A session over an archive already open (tests, tools): backups and restore work on it. */
  static opened(archive: Archive): ArchiveSession {
    return new ArchiveSession(archive.store.file, { status: 'open', archive });
  }

  get places(): ArchivePlaces {
    return this.where.places;
  }

  /** Where backups go now: the preferences' folder, when one is chosen, else the archive's places. */
  get backupsFolder(): string {
    return backupsFolderOf(this.where);
  }

  status(): SafetyStatus {
    const base = { archivePath: this.file, backupsFolder: this.backupsFolder, historyFolder: this.places.history, lockFile: this.places.lock, keptIn: this.places.keptIn };
    return this.state.status === 'open' ? { state: 'open', ...base } : { state: 'recovery', ...base, recovery: this.state.recovery };
  }

  /** The open archive; in recovery, an error that says why and what to do. */
  archive(): Archive {
    if (this.state.status === 'open') return this.state.archive;
    throw new ArchiveError({
      code: 'invalid-archive',
      message: `The archive is not open: ${this.state.recovery.problem} Restore a backup or start from the default archive first.`,
    });
  }

  backups(): Promise<BackupInfo[]> {
    return listBackups(this.file, this.backupsFolder);
  }

  restore(name: string): Promise<Restored> {
    return restoreBackup(this.archive().store, name, this.backupsFolder);
  }

  /** Leaves recovery with the chosen backup or a fresh copy of the default archive. */
  async recover(choice: RecoveryChoice): Promise<SafetyStatus> {
    if (this.state.status === 'open') {
      throw new ArchiveError({ code: 'conflict', message: 'The archive is open; there is nothing to recover. Use a backup’s Restore instead.' });
    }
    if (choice.from === 'backup') {
      const { text } = await readValidBackup(this.file, choice.name, this.backupsFolder);
      if (await exists(this.file)) throw new ArchiveError({ code: 'conflict', message: `${this.file} exists again; it is never overwritten from recovery` });
      await writeFileDurably(this.file, text);
    } else {
      if (!this.defaultArchiveFile) throw new ArchiveError({ code: 'not-found', message: 'This session has no default archive to start from' });
      // Never overwrites: the copy is made only where there is no file.
      await ensureArchiveFile(this.file, this.defaultArchiveFile);
    }
    this.state = { status: 'open', archive: await openArchive(this.file, { history: this.history, sharing: this.sharing }) };
    return this.status();
  }

  /** Lets the archive go for another writer (the command-line tool), once its history has every change. */
  async close(): Promise<void> {
    if (this.state.status === 'open') await this.state.archive.history?.close();
    await this.lock?.release();
  }
}

export interface AppArchiveOptions {
  file: string;
  defaultArchiveFile: string;
  now?: () => Date;
  /** How the git history beside the archive is kept (who the editor is). */
  history?: HistoryOptions;
  /** Where the lock, backups and history go; beside the archive by default. */
  where?: SessionPlaces;
  /** Where sharing gets the git host's token (the keychain). */
  sharing?: SharingOptions;
}

/**
 * Opens the archive the way the app does at launch: takes the writer's lock (refused with
 * `locked` if the command-line tool or another app holds it), creates the file from the
 * default archive on first launch, backs it up, and opens it. A file that does not open
 * (corrupt, hand-edited wrongly, from a newer version) is never overwritten: it is renamed
 * aside with a timestamp and the session starts in recovery.
 */
export async function openArchiveForApp({ file, defaultArchiveFile, now = () => new Date(), history: historyOptions = {}, where = besideArchive(file), sharing = {} }: AppArchiveOptions): Promise<ArchiveSession> {
  const lock = await acquireArchiveLock(file, 'the Klopp-era Archive app', where.places.lock);
  const history = { folder: where.places.history, ...historyOptions };
  try {
    const created = (await ensureArchiveFile(file, defaultArchiveFile)) === 'created';
    try {
      const archive = await openArchive(file, { history, sharing });
      const session = new ArchiveSession(file, { status: 'open', archive }, defaultArchiveFile, lock, history, where, sharing);
      if (!created) await takeBackup(file, 'launch', now(), session.backupsFolder);
      return session;
    } catch (error) {
      if (!(error instanceof ArchiveError) || error.code !== 'invalid-archive') throw error;
      const keptAside = keptAsideName(file, now());
      await rename(file, keptAside);
      const newestValidBackup = (await listBackups(file, backupsFolderOf(where))).find((backup) => backup.valid) ?? null;
      const recovery: Recovery = { problem: error.message, issues: error.issues.slice(0, 20), problemCount: error.issues.length, keptAside, newestValidBackup };
      return new ArchiveSession(file, { status: 'recovery', recovery }, defaultArchiveFile, lock, history, where, sharing);
    }
  } catch (error) {
    await lock.release();
    throw error;
  }
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
