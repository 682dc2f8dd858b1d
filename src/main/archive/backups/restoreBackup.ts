import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract/safety';
import { ArchiveError } from '../../../shared/contract/errors';
import { parseArchiveText } from '../archiveFile';
import { readBoundedText } from '../boundedText';
import { writeFileDurably } from '../durableJsonFile';
import { MAX_ARCHIVE_BYTES } from '../limits';
import type { ArchiveStore } from '../store';
import { backupsFolderOf } from './backupNames';
import { listBackups } from './listBackups';
import { takeBackup } from './takeBackup';

export interface Restored {
  restored: BackupInfo;
  /** The backup of the archive as it was just before. */
  previous: string;
}

/**
 * Puts a backup in the archive's place: the backup must validate; the archive as it is is
 * backed up first; then the open store reloads in place and tells its listeners (reset).
 */
export async function restoreBackup(store: ArchiveStore, name: string, folder = backupsFolderOf(store.file)): Promise<Restored> {
  const { text, info: restored } = await readValidBackup(store.file, name, folder);
  let previous = '';
  await store.reload(async () => {
    previous = await takeBackup(store.file, 'before-restore', new Date(), folder);
    await writeFileDurably(store.file, text);
  }, { kind: 'restore-backup', summary: `Restore backup ${name}` });
  return { restored, previous };
}

/** The text of a listed backup that validates; anything else is refused before a byte is written. */
export async function readValidBackup(archiveFile: string, name: string, folder = backupsFolderOf(archiveFile)): Promise<{ text: string; info: BackupInfo }> {
  const listed = (await listBackups(archiveFile, folder)).find((backup) => backup.name === name);
  if (!listed) throw new ArchiveError({ code: 'not-found', message: `There is no backup named "${name}" in ${folder}` });
  if (!listed.valid) throw new ArchiveError({ code: 'invalid-archive', message: `The backup ${name} cannot be restored: ${listed.problem ?? 'it does not validate'}` });
  const file = join(folder, name);
  const text = await readBoundedText(file, { maxBytes: MAX_ARCHIVE_BYTES, what: 'backup', code: 'invalid-archive' });
  if (text === null) throw new ArchiveError({ code: 'not-found', message: `The backup ${name} has gone from ${folder}` });
  parseArchiveText(text, file);
  return { text, info: listed };
}
