import { copyFile, mkdir, access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { constants } from 'node:fs';

/**
 * On first launch the app works on a copy of the embedded default archive, never on the
 * shipped file itself. An existing archive is left exactly as it is.
 */
export async function ensureArchiveFile(file: string, defaultArchiveFile: string): Promise<'existing' | 'created'> {
  try {
    await access(file, constants.F_OK);
    return 'existing';
  } catch {
    await mkdir(dirname(file), { recursive: true });
    // COPYFILE_EXCL: never overwrite a file that appeared in the meantime.
    await copyFile(defaultArchiveFile, file, constants.COPYFILE_EXCL);
    return 'created';
  }
}
