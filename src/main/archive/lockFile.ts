import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { z } from 'zod';
import { ArchiveError } from '../../shared/contract/errors';
import { isProcessAlive } from './processAlive';

/** Who holds an archive: written into the lock file, read by whoever is refused. */
const LockHolder = z.object({ pid: z.number().int(), hostname: z.string(), since: z.string(), by: z.string() });
type LockHolder = z.infer<typeof LockHolder>;

export interface ArchiveLock {
  readonly lockFile: string;
  /** Removes the lock file, if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

/** A lock with no readable holder is a writer killed while creating it, once it is this old. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

export function lockFileOf(archiveFile: string): string {
  return `${archiveFile}.lock`;
}

/**
 * Takes the archive for one writer (the app or the command-line tool): creates
 * `<archive>.lock` (or the lock file given: see places/archivePlaces) with the exclusive
 * flag, holding this process's pid and host. A lock whose process is no longer running on
 * this host is stale and taken over; any other lock is refused with an ArchiveError `locked`
 * naming the holder.
 *
 * The command-line tool takes it around everything it does to the archive:
 *   const lock = await acquireArchiveLock(file, 'klopp-archive (command line)');
 *   try { const archive = await openArchive(file); ... } finally { await lock.release(); }
 */
export async function acquireArchiveLock(archiveFile: string, by = 'klopp-era-archive', lockFile = lockFileOf(archiveFile)): Promise<ArchiveLock> {
  const me: LockHolder = { pid: process.pid, hostname: hostname(), since: new Date().toISOString(), by };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { lockFile, release: () => releaseIfOurs(lockFile, text) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lockFile);
    if (holder === 'gone') continue;
    if (!(await isStale(lockFile, holder))) throw lockedBy(archiveFile, lockFile, holder);
    await removeStale(lockFile, holder);
  }
  throw new ArchiveError({ code: 'locked', message: `Could not take the lock ${lockFile}: other processes keep taking it` });
}

async function readHolder(lockFile: string): Promise<LockHolder | 'unreadable' | 'gone'> {
  let text: string;
  try {
    text = await readFile(lockFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    return LockHolder.parse(JSON.parse(text));
  } catch {
    return 'unreadable';
  }
}

async function isStale(lockFile: string, holder: LockHolder | 'unreadable'): Promise<boolean> {
  if (holder === 'unreadable') {
    const age = Date.now() - (await stat(lockFile)).mtimeMs;
    return age > UNREADABLE_LOCK_GRACE_MS;
  }
  // A process of another machine (an archive on a shared drive) cannot be checked: it holds.
  return holder.hostname === hostname() && !isProcessAlive(holder.pid);
}

/**
 * Moves a stale lock out of the way. Renaming is atomic, so of two processes recovering the
 * same stale lock only one moves it; the other then finds the winner's fresh lock and, reading
 * it back, puts it back untouched.
 */
async function removeStale(lockFile: string, stale: LockHolder | 'unreadable'): Promise<void> {
  const moved = `${lockFile}.stale-${process.pid}-${Date.now()}`;
  try {
    await rename(lockFile, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const taken = await readHolder(moved);
  const same = stale === 'unreadable' ? taken === 'unreadable' : typeof taken === 'object' && taken.pid === stale.pid && taken.since === stale.since;
  if (!same) {
    await rename(moved, lockFile);
    return;
  }
  await unlink(moved).catch(() => undefined);
}

async function releaseIfOurs(lockFile: string, text: string): Promise<void> {
  const current = await readFile(lockFile, 'utf8').catch(() => null);
  if (current === text) await unlink(lockFile).catch(() => undefined);
}

function lockedBy(archiveFile: string, lockFile: string, holder: LockHolder | 'unreadable'): ArchiveError {
  const who = holder === 'unreadable' ? 'another process' : `${holder.by} (process ${holder.pid} on ${holder.hostname}, since ${holder.since})`;
  return new ArchiveError({
    code: 'locked',
    message: `The archive ${archiveFile} is in use by ${who}. Close it there and try again; if that process is no longer running, delete ${lockFile}.`,
  });
}
