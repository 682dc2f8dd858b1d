/** Only http(s) links ever leave the app, and only after the editor says yes. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The editor's browser, behind a question: Electron's dialog and shell in the app, fakes in tests. */
export interface ExternalLinks {
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

interface NavigationEvent {
  preventDefault(): void;
}

/** The parts of Electron's WebContents and Session that lockDown uses, so a test can hand it fakes. */
export interface LockableWindow {
  webContents: {
    on(event: 'will-navigate', listener: (event: NavigationEvent, url: string) => void): unknown;
    on(event: 'will-redirect' | 'will-attach-webview', listener: (event: NavigationEvent) => void): unknown;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  };
}

export interface LockableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

export async function openExternallyAfterConfirm(links: ExternalLinks, url: string): Promise<void> {
  if (!isExternalLink(url)) return;
  if (await links.confirm(url)) await links.open(url);
}

/** No navigation, no new windows, no permissions: the window only ever shows the app. */
export function lockDown(window: LockableWindow, session: LockableSession, links: ExternalLinks): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openExternallyAfterConfirm(links, url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternallyAfterConfirm(links, url);
    return { action: 'deny' };
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
