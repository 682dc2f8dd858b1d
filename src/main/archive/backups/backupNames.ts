import { basename, dirname, extname, join } from 'node:path';

/** Backups live in a `backups` folder beside the archive file. */
export function backupsFolderOf(archiveFile: string): string {
  return join(dirname(archiveFile), 'backups');
}

function stemOf(archiveFile: string): string {
  return basename(archiveFile, extname(archiveFile));
}

/** `klopp-era.2026-05-01T09-30-00-000Z.launch.json`: sorts by time, safe on every file system. */
export function backupName(archiveFile: string, takenAt: Date, reason: string): string {
  return `${stemOf(archiveFile)}.${takenAt.toISOString().replace(/[:.]/g, '-')}.${reason}.json`;
}

/** When and why a backup of this archive was taken, read from its name; null for any other file. */
export function parseBackupName(archiveFile: string, name: string): { takenAt: Date; reason: string } | null {
  const prefix = `${stemOf(archiveFile)}.`;
  if (!name.startsWith(prefix)) return null;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.([a-z0-9-]+)\.json$/.exec(name.slice(prefix.length));
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { takenAt, reason: reason! };
}

/** The name an unreadable archive is kept under, beside it: `klopp-era.unreadable-<time>.json`. */
export function keptAsideName(archiveFile: string, at: Date): string {
  return join(dirname(archiveFile), `${stemOf(archiveFile)}.unreadable-${at.toISOString().replace(/[:.]/g, '-')}${extname(archiveFile)}`);
}
