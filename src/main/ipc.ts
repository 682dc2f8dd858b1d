import { ArchiveError } from '../shared/contract/errors';
import type { Result } from '../shared/contract/result';
import type { Dispatch } from './api/dispatch';
import { isTrustedSender, type SenderFrame } from './senders';

/** The part of Electron's ipcMain the binder uses, so tests can hand it a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, input: unknown) => Promise<Result<unknown>>): void;
}

/** One handler per contract channel; a message from anywhere but the app's page is refused. */
export function bindIpc(ipcMain: IpcMainLike, channels: readonly string[], dispatch: Dispatch, appUrl: () => string): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event.senderFrame, appUrl())) {
        const error = new ArchiveError({ code: 'forbidden', message: `Refused ${channel}: the message did not come from the archive's own window` });
        return { ok: false, error: error.toData() };
      }
      return dispatch(channel, input);
    });
  }
}
