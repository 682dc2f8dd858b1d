import { dialog, shell, type BrowserWindow } from 'electron';
import type { ExternalLinks } from './lockDown';

/** Asks in a native dialog, then hands the link to the editor's own browser. */
export function electronExternalLinks(window: BrowserWindow): ExternalLinks {
  return {
    async confirm(url) {
      const { response } = await dialog.showMessageBox(window, {
        type: 'question',
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this link in your web browser?',
        detail: url,
      });
      return response === 0;
    },
    open: (url) => shell.openExternal(url),
  };
}
