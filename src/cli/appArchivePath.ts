import { homedir } from 'node:os';
import { join } from 'node:path';
import { archiveFileIn } from '../main/paths';

/** The app's name as Electron knows it (package.json "name"): its user-data folder is named after it. */
export const APP_NAME = 'klopp-era-archive';

/**
 * Electron's `app.getPath('userData')` for this app, worked out without Electron, so the
 * command line opens the same file the app does.
 */
export function userDataFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), APP_NAME);
}

/** The archive file the app works on, on this machine. */
export function appArchiveFile(): string {
  return archiveFileIn(userDataFolder());
}
