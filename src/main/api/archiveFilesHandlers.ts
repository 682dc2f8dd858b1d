import { ArchiveError } from '../../shared/contract/errors';
import type { archiveFilesOperations } from '../../shared/contract/archiveFiles';
import type { ArchiveWorkspace } from '../archive';
import type { FileDialogs } from './fileDialogs';
import type { HandlersOf } from './handlers';

export type ArchiveFilesHandlers = HandlersOf<{ archiveFiles: typeof archiveFilesOperations }>['archiveFiles'];

const ARCHIVES = [{ name: 'Klopp-era archive', extensions: ['json'] }];

/** File › New, Open, Open Recent, Save a Copy: main asks for the path, the workspace does the rest. */
export function archiveFilesHandlers(workspace: ArchiveWorkspace, dialogs: FileDialogs): ArchiveFilesHandlers {
  const unchanged = () => ({ done: false, state: workspace.state() });
  return {
    current: () => workspace.state(),
    open: async () => {
      const file = await dialogs.chooseOpenFile({ title: 'Open Archive', filters: ARCHIVES });
      return file === null ? unchanged() : { done: true, state: await workspace.open(file) };
    },
    openRecent: async ({ path }) => ({ done: true, state: await workspace.openRecent(path) }),
    create: async () => {
      const file = await dialogs.chooseSaveFile({ title: 'New Archive', defaultName: 'new-archive.json', filters: ARCHIVES });
      return file === null ? unchanged() : { done: true, state: await workspace.create(file) };
    },
    saveCopy: async () => {
      const file = await dialogs.chooseSaveFile({ title: 'Save a Copy As', defaultName: `${workspace.state().title} copy.json`, filters: ARCHIVES });
      return { savedTo: file === null ? null : await workspace.saveCopy(file) };
    },
    clearRecent: () => workspace.clearRecent(),
    openRequested: async () => {
      const state = await workspace.openRequested();
      return state ? { done: true, state } : unchanged();
    },
  };
}

const appOnly = (): never => {
  throw new ArchiveError({ code: 'forbidden', message: 'Opening and creating archive files is done in the app window' });
};

/** Where there is no window around one archive (a tool, a unit test): refused. */
export const noArchiveFiles: ArchiveFilesHandlers = { current: appOnly, open: appOnly, openRecent: appOnly, create: appOnly, saveCopy: appOnly, clearRecent: appOnly, openRequested: appOnly };
