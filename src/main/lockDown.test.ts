import { describe, expect, it } from 'vitest';
import { lockDown, type ExternalLinks, type LockableSession, type LockableWindow } from './lockDown';

type Listener = (event: { preventDefault(): void }, url?: string) => void;

/** Stand-ins for Electron's WebContents and Session that record what lockDown installs. */
function fakes(confirmAnswer: boolean) {
  const listeners = new Map<string, Listener>();
  let windowOpen: ((details: { url: string }) => { action: 'deny' }) | undefined;
  let permissionRequest: Parameters<LockableSession['setPermissionRequestHandler']>[0] | undefined;
  let permissionCheck: (() => boolean) | undefined;
  const asked: string[] = [];
  const opened: string[] = [];
  const window: LockableWindow = {
    webContents: {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler) => (windowOpen = handler),
    } as LockableWindow['webContents'],
  };
  const session: LockableSession = {
    setPermissionRequestHandler: (handler) => (permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (permissionCheck = handler),
  };
  const links: ExternalLinks = {
    confirm: async (url) => (asked.push(url), confirmAnswer),
    open: async (url) => void opened.push(url),
  };
  lockDown(window, session, links);
  const navigate = (event: string, url: string) => {
    let prevented = false;
    listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { navigate, windowOpen: (url: string) => windowOpen!({ url }), permissionRequest: permissionRequest!, permissionCheck: permissionCheck!, asked, opened, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// Electron-only behaviour, tested over the small interface lockDown takes (Electron cannot run here).
describe('lockDown: the window only ever shows the app', () => {
  it('prevents every navigation, redirect and webview', () => {
    const window = fakes(false);
    expect(window.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(window.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(window.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(window.navigate('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('denies window.open, whatever the URL', () => {
    const window = fakes(true);
    expect(window.windowOpen('https://www.liverpoolfc.com/')).toEqual({ action: 'deny' });
    expect(window.windowOpen('javascript:alert(1)')).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const window = fakes(true);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) window.permissionRequest({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(window.permissionCheck()).toBe(false);
  });

  it('opens an http(s) link in the browser only after the editor confirms', async () => {
    const yes = fakes(true);
    yes.navigate('will-navigate', 'https://www.bbc.co.uk/sport/football');
    yes.windowOpen('http://example.com/article');
    await settle();
    expect(yes.asked).toEqual(['https://www.bbc.co.uk/sport/football', 'http://example.com/article']);
    expect(yes.opened).toEqual(['https://www.bbc.co.uk/sport/football', 'http://example.com/article']);

    const no = fakes(false);
    no.windowOpen('https://www.bbc.co.uk/sport/football');
    await settle();
    expect(no.asked).toHaveLength(1);
    expect(no.opened).toEqual([]);
  });

  it('never offers to open anything but http(s): file, javascript, custom schemes are dropped without asking', async () => {
    const window = fakes(true);
    for (const url of ['file:///home/editor/klopp-era.json', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'not a url']) {
      window.navigate('will-navigate', url);
      window.windowOpen(url);
    }
    await settle();
    expect(window.asked).toEqual([]);
    expect(window.opened).toEqual([]);
  });
});
