import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract/safety';
import { ArchiveError } from '../../../shared/contract/errors';
import { loadArchiveFile } from '../archiveFile';
import { backupsFolderOf, parseBackupName } from './backupNames';

/** Validity by name, size and time: a backup never changes once written, so each is read once. */
const validity = new Map<string, { valid: boolean; problem?: string }>();

/** The archive's backups, newest first, each checked the way the archive itself is opened. */
export async function listBackups(archiveFile: string, folder = backupsFolderOf(archiveFile)): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupName(archiveFile, name);
    if (!parsed) continue;
    const file = join(folder, name);
    const { size, mtimeMs } = await stat(file);
    const key = `${file}|${size}|${mtimeMs}`;
    let check = validity.get(key);
    if (!check) {
      check = await checkBackup(file);
      validity.set(key, check);
    }
    backups.push({ name, takenAt: parsed.takenAt.toISOString(), reason: parsed.reason, bytes: size, ...check });
  }
  return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

async function checkBackup(file: string): Promise<{ valid: boolean; problem?: string }> {
  try {
    await loadArchiveFile(file);
    return { valid: true };
  } catch (error) {
    if (error instanceof ArchiveError) return { valid: false, problem: error.message };
    throw error;
  }
}
