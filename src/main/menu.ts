import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/menuActions';

/** Native menus; the renderer owns the actions, main only names them. */
export function buildMenu(send: (action: MenuAction) => void, archivePath: string, showArchiveFile: () => void): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Record', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        { type: 'separator' },
        { label: 'Show Archive File', click: showArchiveFile, toolTip: archivePath },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Matches', accelerator: 'CmdOrCtrl+1', click: () => send('view:matches') },
        { label: 'Quotes', accelerator: 'CmdOrCtrl+2', click: () => send('view:quotes') },
        { label: 'Trophies', accelerator: 'CmdOrCtrl+3', click: () => send('view:trophies') },
        { label: 'People', accelerator: 'CmdOrCtrl+4', click: () => send('view:people') },
        { label: 'Sources', accelerator: 'CmdOrCtrl+5', click: () => send('view:sources') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Help', submenu: [{ label: 'Keyboard Shortcuts', accelerator: '?', click: () => send('shortcuts') }] },
  ];
  return Menu.buildFromTemplate(template);
}
