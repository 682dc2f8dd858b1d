import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export const DEFAULT_ARCHIVE_FILE = join(import.meta.dirname, '..', '..', 'data', 'klopp-era.json');

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A folder of the test's own, removed after it. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'klopp-archive-test-'));
  folders.push(folder);
  return folder;
}

/** A real copy of the default archive on disk, for a test to change. */
export async function tempArchiveFile(): Promise<string> {
  const file = join(await tempFolder(), 'klopp-era.json');
  await copyFile(DEFAULT_ARCHIVE_FILE, file);
  return file;
}
