/**
 * The archive domain's one front door. The IPC handlers (src/main/api), the command line
 * (src/cli) and the browser-test harness (e2e/harness) import from here and nowhere else in
 * src/main/archive; the store stays behind it (src/architecture.test.ts checks both). Need
 * something new from the domain? Add the operation in the domain and export it here.
 */
export { openArchive, type Archive, type OpenArchiveOptions, type QuoteHit, type RecordServices } from './archive';
export { openArchiveForApp, ArchiveSession, type AppArchiveOptions } from './session';
export { createArchiveFile, validateArchiveFile, withArchiveWriter } from './archiveFiles';
export type { RecordService, RecordUpdate } from './records';
export { recordFromJson } from './recordJson';
export type { TrashService } from './trashService';
export type { HistoryOptions } from './history/archiveHistory';
export { historyAccess } from './history/historyAccess';
export { readHistory } from './history/readHistory';
export { recentChanges, recordHistory } from './history/historyQueries';
export { historyFolderOf } from './history/layout';
export {
  exportCsvFiles,
  exportCsvText,
  exportJsonText,
  importSummary,
  previewImport,
  readImport,
  runImport,
  writeExportFile,
  type ImportFile,
  type ImportOutcome,
} from './transfer/archiveTransfer';
export { CSV_IMPORT_FIELDS } from './transfer/importCsv';
export { TransferJobs } from './transfer/jobs';
export { phase, type TransferControl, type TransferProgress } from './transfer/control';
export { AppPreferences, preferencesFileIn } from './preferences/appPreferences';
export { ArchiveWorkspace, type WorkspaceOptions } from './workspace/archiveWorkspace';
export { RecentArchives } from './workspace/recentArchives';
export { defaultAuthor } from './history/defaultAuthor';
export { ArchiveSharing, type SharingOptions } from './sharing/archiveSharing';
export { cloneSharedArchive } from './sharing/cloneSharedArchive';
export type { CredentialSource } from './sharing/remote';
export { sealedTokenFile, type TokenCipher, type TokenKeeper } from './sharing/tokenKeeper';
