import { join } from 'node:path';

/** Where the editor's archive lives: one JSON file in the app's user-data folder. */
export function archiveFileIn(userDataFolder: string): string {
  return join(userDataFolder, 'klopp-era.json');
}

/** The embedded default archive, shipped inside the app. */
export function defaultArchiveFileIn(appFolder: string): string {
  return join(appFolder, 'data', 'klopp-era.json');
}
