/// <reference lib="dom" />
/**
 * Runs in the test page before the app: the same client preload builds, over a page binding
 * instead of ipcRenderer. Only the transport differs from Electron.
 */
import { contract } from '../../src/shared/contract';
import { buildClient } from '../../src/shared/contract/client';

declare global {
  interface Window {
    __archiveInvoke(channel: string, input: unknown): Promise<unknown>;
  }
}

Object.defineProperty(window, 'archive', {
  value: buildClient(contract, (channel, input) => window.__archiveInvoke(channel, input)),
  writable: false,
});
