import { access, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../durableJsonFile';
import { backupName, backupsFolderOf, parseBackupName } from './backupNames';
import { backupsToRemove } from './rotation';

/**
 * Copies the archive file, byte for byte, into the backups folder under a timestamped name
 * (beside the archive unless told another; written durably like the archive itself), then rotates the old ones. Resolves with the
 * backup's name.
 */
export async function takeBackup(archiveFile: string, reason: string, now: Date = new Date(), folder = backupsFolderOf(archiveFile)): Promise<string> {
  await mkdir(folder, { recursive: true });
  const bytes = await readFile(archiveFile);
  let takenAt = now;
  // Two backups in the same millisecond (launch right after a migration) each keep their own name.
  while (await exists(join(folder, backupName(archiveFile, takenAt, reason)))) takenAt = new Date(takenAt.getTime() + 1);
  const name = backupName(archiveFile, takenAt, reason);
  await writeFileDurably(join(folder, name), bytes);
  await rotateBackups(archiveFile, now, folder);
  return name;
}

/** Removes the backups the rotation policy no longer keeps; resolves with their names. */
export async function rotateBackups(archiveFile: string, now: Date = new Date(), folder = backupsFolderOf(archiveFile)): Promise<string[]> {
  const backups = (await readdir(folder)).flatMap((name) => {
    const parsed = parseBackupName(archiveFile, name);
    return parsed ? [{ name, takenAt: parsed.takenAt }] : [];
  });
  const removed = backupsToRemove(backups, now);
  for (const { name } of removed) await unlink(join(folder, name)).catch(() => undefined);
  return removed.map(({ name }) => name);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
