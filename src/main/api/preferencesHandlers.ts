import { ArchiveError } from '../../shared/contract/errors';
import type { preferencesOperations } from '../../shared/contract/preferences';
import type { AppPreferences } from '../archive';
import type { FileDialogs } from './fileDialogs';
import type { HandlersOf } from './handlers';

export type PreferencesHandlers = HandlersOf<{ preferences: typeof preferencesOperations }>['preferences'];

/** The editor's preferences; the backup folder is chosen in main's dialog, never named by the page. */
export function preferencesHandlers(preferences: AppPreferences, dialogs: FileDialogs): PreferencesHandlers {
  return {
    get: () => preferences.state(),
    update: (change) => preferences.update(change),
    chooseBackupFolder: async () => {
      const folder = await dialogs.chooseFolder({ title: 'Keep backups in this folder' });
      return folder === null ? preferences.state() : preferences.setBackupFolder(folder);
    },
  };
}

const appOnly = (): never => {
  throw new ArchiveError({ code: 'forbidden', message: 'Preferences belong to the app: this tool has none' });
};

/** Where there is no app around the archive (a tool, a unit test): preferences are refused. */
export const noPreferences: PreferencesHandlers = { get: appOnly, update: appOnly, chooseBackupFolder: appOnly };
