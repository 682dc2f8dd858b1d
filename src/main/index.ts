import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contract } from '../shared/contract';
import { MENU_ACTION_CHANNEL, type MenuAction } from '../shared/menuActions';
import { createDispatch, dispatchChannels } from './api/dispatch';
import { createSessionHandlers } from './api/sessionHandlers';
import { ArchiveError } from '../shared/contract/errors';
import { AppPreferences, ArchiveWorkspace, defaultAuthor, RecentArchives, sealedTokenFile } from './archive';
import { archiveFilesHandlers } from './api/archiveFilesHandlers';
import { archiveArgument } from './launchArgs';
import { preferencesHandlers } from './api/preferencesHandlers';
import { electronExternalLinks } from './externalLinks';
import { CONTENT_SECURITY_POLICY } from './csp';
import { electronDialogs } from './electronDialogs';
import { bindIpc } from './ipc';
import { lockDown } from './lockDown';
import { buildMenu } from './menu';
import { archiveFileIn, defaultArchiveFileIn } from './paths';
import { guardUnsavedChanges } from './unloadGuard';
import { windowOptions } from './windowOptions';
import { electronTokenCipher } from './tokenCipher';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
// Another data folder (a test's, a portable copy's) instead of the user's own: set before anything reads it.
const dataFolder = process.env['KLOPP_ARCHIVE_DATA_DIR'];
if (dataFolder) app.setPath('userData', dataFolder);
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const appUrl = devServerUrl ?? pathToFileURL(rendererFile).href;

/** Set once the window is up: hands an archive named by a second launch to the page. */
let openWith: ((archive: string) => void) | undefined;

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  // The git host's token, sealed by the keychain in the app's folder: never beside the archive or in its history.
  const tokens = sealedTokenFile(join(userData, 'sharing-token.sealed'), electronTokenCipher);
  // The system decides the date format and who signs the history, unless the editor's preferences say otherwise.
  const preferences = await AppPreferences.open(userData, { editor: defaultAuthor(), locale: app.getLocale() });
  const dialogs = electronDialogs();
  let workspace: ArchiveWorkspace;
  try {
    // Takes the lock the command-line tool also takes; a file that will not open starts the session in recovery.
    // The archive named on the command line, else the one open last, else the app's own.
    workspace = await ArchiveWorkspace.launch(
      {
        userDataFolder: userData,
        appArchiveFile: archiveFileIn(userData),
        defaultArchiveFile: defaultArchiveFileIn(app.getAppPath()),
        recent: await RecentArchives.open(userData),
        history: { author: () => preferences.author() },
        sharing: { credentials: tokens.credentials },
        backupFolderPreference: () => preferences.preferences.backupFolder,
      },
      archiveArgument(process.argv, app.isPackaged ? 1 : 2),
    );
  } catch (error) {
    if (!(error instanceof ArchiveError) || error.code !== 'locked') throw error;
    dialog.showErrorBox('The archive is in use', error.message);
    app.exit(1);
    return;
  }
  // Hold the quit until the lock file is gone (app.exit does not come back here); if the app dies instead, the lock is stale and recovered.
  app.on('will-quit', (event) => {
    event.preventDefault();
    void workspace.close().finally(() => app.exit(0));
  });
  const handlers = createSessionHandlers(() => workspace.session, {
    dialogs,
    tokens,
    preferences: preferencesHandlers(preferences, dialogs),
    archiveFiles: archiveFilesHandlers(workspace, dialogs),
  });
  bindIpc(ipcMain, dispatchChannels(contract), createDispatch(contract, handlers), () => appUrl);

  if (!devServerUrl) {
    // The meta tag already carries the policy; the header makes it hold even if the page changes.
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
  }

  const window = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  lockDown(window, session.defaultSession, electronExternalLinks(window));
  guardUnsavedChanges(window.webContents, { showMessageBoxSync: (options) => dialog.showMessageBoxSync(window, options) });
  const send = (action: MenuAction) => window.webContents.send(MENU_ACTION_CHANNEL, action);
  // The menu names the open archive and the recent ones: built again whenever another is opened.
  const setMenu = () => {
    const file = workspace.session.file;
    Menu.setApplicationMenu(buildMenu(send, file, () => shell.showItemInFolder(file), workspace.state().recent));
  };
  setMenu();
  workspace.onChange(setMenu);
  openWith = (archive) => {
    workspace.request(archive);
    send('file:open-requested');
  };
  window.once('ready-to-show', () => window.show());
  await (devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(rendererFile));
}

if (!app.requestSingleInstanceLock()) {
  // Another window already edits the archive: one writer only.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = BrowserWindow.getAllWindows()[0];
    window?.focus();
    // "Open with" while the app runs: the page opens it, asking first about unsaved changes.
    const archive = archiveArgument(argv, app.isPackaged ? 1 : 2);
    if (archive && openWith) openWith(resolve(workingDirectory, archive));
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}
