import { contextBridge, ipcRenderer } from 'electron';
import { contract } from '../shared/contract';
import { buildClient } from '../shared/contract/client';
import { MENU_ACTION_CHANNEL, MenuAction } from '../shared/menuActions';

// The page gets one typed method per contract operation, never ipcRenderer itself.
contextBridge.exposeInMainWorld('archive', buildClient(contract, (channel, input) => ipcRenderer.invoke(channel, input)));

contextBridge.exposeInMainWorld('appMenu', {
  onAction(listener: (action: MenuAction) => void): () => void {
    const handler = (_event: unknown, action: unknown) => {
      const parsed = MenuAction.safeParse(action);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(MENU_ACTION_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_ACTION_CHANNEL, handler);
  },
});
