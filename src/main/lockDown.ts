import { dialog, shell, type BrowserWindow, type Session } from 'electron';

/** Only http(s) links ever leave the app, and only after the editor says yes. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

async function openExternallyAfterConfirm(window: BrowserWindow, url: string): Promise<void> {
  if (!isExternalLink(url)) return;
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}

/** No navigation, no new windows, no permissions: the window only ever shows the app. */
export function lockDown(window: BrowserWindow, session: Session): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openExternallyAfterConfirm(window, url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternallyAfterConfirm(window, url);
    return { action: 'deny' };
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
