import { describe, expect, it } from 'vitest';
import { windowOptions } from './windowOptions';

// Electron's binary cannot run on the build machines: the options handed to BrowserWindow are asserted instead.
describe('the window’s walls (BrowserWindow options; Electron-only, covered here without Electron)', () => {
  const { webPreferences } = windowOptions('/app/out/preload/index.cjs');

  it('isolates the page from the preload and sandboxes it', () => {
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, preload: '/app/out/preload/index.cjs' });
  });

  it('gives the page no Node: not in the page, its workers or its frames (so `typeof require` is undefined there)', () => {
    expect(webPreferences).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('keeps web security on, no insecure content, no <webview>, no navigation by dropping a file', () => {
    expect(webPreferences).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, navigateOnDragDrop: false });
  });

  it('never turns on experimental or remote features', () => {
    const enabled = Object.entries(webPreferences ?? {}).filter(([key, value]) => value === true && !['contextIsolation', 'sandbox', 'webSecurity', 'spellcheck'].includes(key));
    expect(enabled).toEqual([]);
  });
});
