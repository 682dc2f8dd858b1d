import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/contract/result';
import { bindIpc, type IpcMainLike } from './ipc';
import type { SenderFrame } from './senders';

type Handler = (event: { senderFrame: SenderFrame | null }, input: unknown) => Promise<Result<unknown>>;

function bound(appUrl: string) {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener) };
  const dispatched: string[] = [];
  bindIpc(ipcMain, ['quotes.list', 'quotes.create'], async (channel) => (dispatched.push(channel), { ok: true, value: [] }), () => appUrl);
  return { send: (channel: string, frame: SenderFrame | null) => handlers.get(channel)!({ senderFrame: frame }, undefined), dispatched, handlers };
}

const APP_FILE = 'file:///opt/Klopp-era%20Archive/resources/app/out/renderer/index.html';

// Electron's ipcMain cannot run here: bindIpc takes an ipcMain-like object, and these frames are what Electron would pass.
describe('the IPC sender check', () => {
  it('answers the app’s own page, in the top frame', async () => {
    const ipc = bound(APP_FILE);
    expect(await ipc.send('quotes.list', { url: `${APP_FILE}#quotes`, parent: null })).toEqual({ ok: true, value: [] });
    expect(ipc.dispatched).toEqual(['quotes.list']);
  });

  it.each([
    ['an iframe inside the app’s page', { url: APP_FILE, parent: {} }],
    ['a page of another origin', { url: 'https://evil.example/index.html', parent: null }],
    ['another file on disk', { url: 'file:///tmp/downloaded/index.html', parent: null }],
    ['a file with the same name elsewhere', { url: 'file:///opt/Other/out/renderer/index.html', parent: null }],
    ['a data: URL', { url: 'data:text/html,<script>1</script>', parent: null }],
    ['a frame that is gone', null],
  ])('refuses %s, without dispatching', async (_name, frame) => {
    const ipc = bound(APP_FILE);
    const result = await ipc.send('quotes.create', frame as SenderFrame | null);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining("did not come from the archive's own window") } });
    expect(ipc.dispatched).toEqual([]);
  });

  it('in development, answers only the dev server’s origin', async () => {
    const ipc = bound('http://localhost:5173/');
    expect((await ipc.send('quotes.list', { url: 'http://localhost:5173/index.html', parent: null })).ok).toBe(true);
    expect((await ipc.send('quotes.list', { url: 'http://localhost:5174/', parent: null })).ok).toBe(false);
  });

  it('binds exactly the contract’s channels', () => {
    expect([...bound(APP_FILE).handlers.keys()]).toEqual(['quotes.list', 'quotes.create']);
  });
});
