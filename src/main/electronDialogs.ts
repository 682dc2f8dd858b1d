import { BrowserWindow, dialog } from 'electron';
import type { FileDialogs } from './api/fileDialogs';

/** The transfer handlers' file dialogs, as Electron's native ones over the app's window. */
export function electronDialogs(): FileDialogs {
  const window = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    async chooseSaveFile({ title, defaultName, filters }) {
      const owner = window();
      const options = { title, defaultPath: defaultName, filters };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenFile({ title, filters }) {
      const owner = window();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder({ title }) {
      const owner = window();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
