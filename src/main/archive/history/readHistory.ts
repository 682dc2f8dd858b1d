import { access } from 'node:fs/promises';
import { CommitIndex } from './commitIndex';
import type { HistorySource } from './historyQueries';
import { historyFolderOf } from './layout';
import { HistoryRepository } from './repository';

/**
 * The history of an archive for a reader beside its writer (the command line while the app
 * runs): nothing is written, the index is brought up to the branch in memory. Null when the
 * archive has no history yet.
 */
export async function readHistory(archiveFile: string): Promise<HistorySource | null> {
  const folder = historyFolderOf(archiveFile);
  if (!(await access(folder).then(() => true, () => false))) return null;
  const repository = new HistoryRepository(folder);
  const commits = await CommitIndex.load(repository, await repository.head(), { persist: false });
  return { repository, commits };
}
