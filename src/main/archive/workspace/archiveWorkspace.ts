import { access, mkdir } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { ArchiveError } from '../../../shared/contract/errors';
import type { ArchiveFilesState } from '../../../shared/contract/archiveFiles';
import { serialize, writeFileDurably } from '../durableJsonFile';
import { emptyArchive } from '../emptyArchive';
import type { HistoryOptions } from '../history/archiveHistory';
import type { SharingOptions } from '../sharing/archiveSharing';
import { archivePlaces, isFolderWritable } from '../places/archivePlaces';
import { openArchiveForApp, type ArchiveSession } from '../session';
import { checkArchiveFile } from './checkArchiveFile';
import type { RecentArchives } from './recentArchives';

export interface WorkspaceOptions {
  userDataFolder: string;
  /** The app's own archive in the user-data folder, opened when no other is asked for. */
  appArchiveFile: string;
  defaultArchiveFile: string;
  recent: RecentArchives;
  history?: HistoryOptions;
  /** Where sharing gets the git host's token (the keychain), for whichever archive is open. */
  sharing?: SharingOptions;
  backupFolderPreference?: () => string | null;
  now?: () => Date;
  /** Whether a folder takes new files; tried on disk unless a test says. */
  folderWritable?: (folder: string) => Promise<boolean>;
}

/**
 * The archive the window works on, and the document commands over it: open another, create
 * one, save a copy. Opening checks the file first and refuses (an ArchiveError naming the file
 * and why) one that is missing, not an archive, from a newer app, or locked by another window,
 * leaving both it and the archive open now as they were. The archive opened last is reopened at
 * the next launch.
 */
export class ArchiveWorkspace {
  private listeners = new Set<() => void>();
  /** An archive named by a second launch ("open with" while the app runs), waiting for the page to open it. */
  private requested: string | undefined;

  private constructor(
    private readonly options: WorkspaceOptions,
    private current: ArchiveSession,
    /** Why the archive asked for at launch was not the one opened. */
    private notice: string | undefined,
  ) {}

  /**
   * Opens, in order of preference, the archive named on the command line, the one open last,
   * else the app's own; one that cannot be opened is passed over, and the notice says why.
   */
  static async launch(options: WorkspaceOptions, requested?: string): Promise<ArchiveWorkspace> {
    const wanted = requested ? resolve(requested) : options.recent.list()[0];
    if (wanted && wanted !== options.appArchiveFile) {
      try {
        return new ArchiveWorkspace(options, await openChecked(wanted, options), undefined);
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error;
        return new ArchiveWorkspace(options, await openOwn(options), `${error.message} The app’s own archive was opened instead.`);
      }
    }
    return new ArchiveWorkspace(options, await openOwn(options), undefined);
  }

  get session(): ArchiveSession {
    return this.current;
  }

  /** Told whenever another archive is opened (the window's title, the Open Recent menu). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(): ArchiveFilesState {
    const { places } = this.current;
    const info = this.current.status().state === 'open' ? this.current.archive().info() : undefined;
    return {
      path: this.current.file,
      title: info?.title ?? basename(this.current.file),
      keptIn: places.keptIn,
      lockFile: places.lock,
      backupsFolder: this.current.backupsFolder,
      historyFolder: places.history,
      recent: [...this.options.recent.list()],
      ...(this.notice ? { notice: this.notice } : {}),
    };
  }

  /** Opens another archive in place of this one; a refusal changes nothing. */
  async open(file: string): Promise<ArchiveFilesState> {
    const target = resolve(file);
    if (target === this.current.file) throw new ArchiveError({ code: 'conflict', message: `${target} is the archive open now` });
    let next: ArchiveSession;
    try {
      next = await openChecked(target, this.options);
    } catch (error) {
      // A recent file that has gone leaves the list; any other refusal leaves it as it was.
      if (error instanceof ArchiveError && error.code === 'not-found') await this.options.recent.remove(target);
      throw error;
    }
    return this.switchTo(next);
  }

  /** Opens one of the recent archives: only those the app listed, never a path the page made up. */
  async openRecent(file: string): Promise<ArchiveFilesState> {
    if (!this.options.recent.list().includes(file)) throw new ArchiveError({ code: 'forbidden', message: `${file} is not among the recent archives` });
    return this.open(file);
  }

  /** A new, empty archive at a path where there is no file yet, then opened. */
  async create(file: string): Promise<ArchiveFilesState> {
    const target = resolve(file);
    if (await exists(target)) throw new ArchiveError({ code: 'conflict', message: `${target} exists already; a new archive never replaces a file. Choose another name.` });
    const document = emptyArchive(this.now());
    document.meta.title = basename(target, extname(target));
    await writeFileDurably(target, serialize(document));
    return this.open(target);
  }

  /** Writes the archive as it is to another file, which the app does not open; the archive open stays open. */
  async saveCopy(file: string): Promise<string> {
    const target = resolve(file);
    if (target === this.current.file) throw new ArchiveError({ code: 'conflict', message: `${target} is the archive open now: a copy needs another name` });
    await writeFileDurably(target, serialize(this.current.archive().store.data));
    return target;
  }

  /** Remembers an archive asked for by a second launch; the page opens it once any unsaved changes are settled. */
  request(file: string): void {
    this.requested = resolve(file);
  }

  /** Opens the archive a second launch asked for, if there is one. */
  async openRequested(): Promise<ArchiveFilesState | null> {
    const file = this.requested;
    this.requested = undefined;
    return file ? this.open(file) : null;
  }

  async clearRecent(): Promise<ArchiveFilesState> {
    await this.options.recent.clear();
    this.changed();
    return this.state();
  }

  close(): Promise<void> {
    return this.current.close();
  }

  private async switchTo(next: ArchiveSession): Promise<ArchiveFilesState> {
    const previous = this.current;
    this.current = next;
    this.notice = undefined;
    await previous.close();
    this.changed();
    return this.state();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

async function openChecked(file: string, options: WorkspaceOptions): Promise<ArchiveSession> {
  await checkArchiveFile(file);
  const session = await openSession(file, options);
  await options.recent.add(file);
  return session;
}

/** The app's own archive, created from the default on first launch; listed as recent so it is the one reopened. */
async function openOwn(options: WorkspaceOptions): Promise<ArchiveSession> {
  const session = await openSession(options.appArchiveFile, options);
  await options.recent.add(options.appArchiveFile);
  return session;
}

async function openSession(file: string, options: WorkspaceOptions): Promise<ArchiveSession> {
  const writable = await (options.folderWritable ?? isFolderWritable)(dirname(file));
  const places = archivePlaces(file, { userDataFolder: options.userDataFolder, folderWritable: writable });
  // Kept for it in the user-data folder: the folder is made before the lock is taken there.
  await mkdir(dirname(places.lock), { recursive: true });
  return openArchiveForApp({
    file,
    defaultArchiveFile: options.defaultArchiveFile,
    history: options.history ?? {},
    sharing: options.sharing ?? {},
    where: { places, ...(options.backupFolderPreference ? { backupFolderPreference: options.backupFolderPreference } : {}) },
    ...(options.now ? { now: options.now } : {}),
  });
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
