import { archiveOperations } from './archiveInfo';
import type { ClientOf } from './client';
import { recordOperations } from './records';
import { safetyOperations } from './safety';
import { trashOperations } from './trash';
import { searchOperations } from './search';
import { transferOperations } from './transfer';
import { statsOperations } from './stats';
import { historyOperations } from './history';
import { sharingOperations } from './sharing';
import { preferencesOperations } from './preferences';
import { archiveFilesOperations } from './archiveFiles';

/** Every operation the renderer, the tests and any other client can ask of the archive. */
export const contract = {
  archive: archiveOperations,
  people: recordOperations('people'),
  sources: recordOperations('sources'),
  matches: recordOperations('matches'),
  quotes: recordOperations('quotes'),
  trophies: recordOperations('trophies'),
  milestones: recordOperations('milestones'),
  trash: trashOperations,
  search: searchOperations,
  transfer: transferOperations,
  stats: statsOperations,
  safety: safetyOperations,
  history: historyOperations,
  sharing: sharingOperations,
  preferences: preferencesOperations,
  archiveFiles: archiveFilesOperations,
};

export type ArchiveContract = typeof contract;
export type ArchiveClient = ClientOf<ArchiveContract>;
