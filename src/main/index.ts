import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contract } from '../shared/contract';
import { MENU_ACTION_CHANNEL, type MenuAction } from '../shared/menuActions';
import { createDispatch, dispatchChannels } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { openArchive } from './archive/archive';
import { ensureArchiveFile } from './archive/defaultArchive';
import { CONTENT_SECURITY_POLICY } from './csp';
import { electronDialogs } from './electronDialogs';
import { bindIpc } from './ipc';
import { lockDown } from './lockDown';
import { buildMenu } from './menu';
import { archiveFileIn, defaultArchiveFileIn } from './paths';
import { guardUnsavedChanges } from './unloadGuard';
import { windowOptions } from './windowOptions';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const appUrl = devServerUrl ?? pathToFileURL(rendererFile).href;

async function start(): Promise<void> {
  const archiveFile = archiveFileIn(app.getPath('userData'));
  await ensureArchiveFile(archiveFile, defaultArchiveFileIn(app.getAppPath()));
  const archive = await openArchive(archiveFile);
  bindIpc(ipcMain, dispatchChannels(contract), createDispatch(contract, createHandlers(archive, { dialogs: electronDialogs() })), () => appUrl);

  if (!devServerUrl) {
    // The meta tag already carries the policy; the header makes it hold even if the page changes.
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
  }

  const window = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  lockDown(window, session.defaultSession);
  guardUnsavedChanges(window.webContents, { showMessageBoxSync: (options) => dialog.showMessageBoxSync(window, options) });
  const send = (action: MenuAction) => window.webContents.send(MENU_ACTION_CHANNEL, action);
  Menu.setApplicationMenu(buildMenu(send, archiveFile, () => shell.showItemInFolder(archiveFile)));
  window.once('ready-to-show', () => window.show());
  await (devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(rendererFile));
}

if (!app.requestSingleInstanceLock()) {
  // Another window already edits the archive: one writer only.
  app.quit();
} else {
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}
