import { Menu, type MenuItemConstructorOptions } from 'electron';
import { RECENT_MENU_SIZE, type MenuAction } from '../shared/menuActions';

/** Native menus; the renderer owns the actions, main only names them. */
export function buildMenu(send: (action: MenuAction) => void, archivePath: string, showArchiveFile: () => void, recent: readonly string[] = []): Menu {
  const isMac = process.platform === 'darwin';
  // The page handles these keys itself (and text boxes keep their own undo), so the menu only
  // shows them: registering them too would run each action twice on Windows and Linux.
  const pageKey = (label: string, accelerator: string, action: MenuAction): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(action),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        pageKey('New Record', 'CmdOrCtrl+N', 'new'),
        pageKey('Save', 'CmdOrCtrl+S', 'save'),
        pageKey('Delete Record', 'CmdOrCtrl+Backspace', 'delete'),
        { type: 'separator' },
        // The page runs these, so a form with unsaved changes is asked about first.
        { label: 'New Archive…', click: () => send('file:new-archive') },
        { label: 'Open Archive…', accelerator: 'CmdOrCtrl+O', click: () => send('file:open-archive') },
        { label: 'Open Recent', submenu: recentArchivesMenu(send, recent) },
        { label: 'Save a Copy As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('file:save-copy') },
        { label: 'Reveal in Folder', click: showArchiveFile, toolTip: archivePath },
        { type: 'separator' },
        { label: isMac ? 'Settings…' : 'Preferences…', accelerator: 'CmdOrCtrl+,', click: () => send('view:preferences') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        pageKey('Undo', 'CmdOrCtrl+Z', 'undo'),
        pageKey('Redo', 'CmdOrCtrl+Shift+Z', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        pageKey('Find in List', 'CmdOrCtrl+F', 'find'),
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
        { label: 'Milestones', accelerator: 'CmdOrCtrl+6', click: () => send('view:milestones') },
        { label: 'Timeline', accelerator: 'CmdOrCtrl+7', click: () => send('view:timeline') },
        { label: 'Seasons', accelerator: 'CmdOrCtrl+8', click: () => send('view:seasons') },
        { label: 'Search Quotes', accelerator: 'CmdOrCtrl+Shift+F', click: () => send('view:search') },
        { label: 'Import and Export', click: () => send('view:transfer') },
        { label: 'Data Safety and Backups', click: () => send('view:safety') },
        { label: 'Sharing', click: () => send('view:sharing') },
        { label: 'Sync Now', accelerator: 'CmdOrCtrl+Shift+Y', click: () => send('sync') },
        { label: 'Trash', click: () => send('view:trash') },
        { type: 'separator' },
        pageKey('Go to…', 'CmdOrCtrl+K', 'palette'),
        pageKey('Next Record', 'Alt+Down', 'next'),
        pageKey('Previous Record', 'Alt+Up', 'previous'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Help', submenu: [pageKey('Keyboard Shortcuts', '?', 'shortcuts')] },
  ];
  return Menu.buildFromTemplate(template);
}

/** Open Recent: the archives opened lately, newest first, then Clear Menu. */
function recentArchivesMenu(send: (action: MenuAction) => void, recent: readonly string[]): MenuItemConstructorOptions[] {
  const items = recent.slice(0, RECENT_MENU_SIZE).map((file, index): MenuItemConstructorOptions => ({ label: file, click: () => send(`file:open-recent-${index}` as MenuAction) }));
  return [...(items.length > 0 ? items : [{ label: 'No recent archives', enabled: false }]), { type: 'separator' }, { label: 'Clear Menu', enabled: items.length > 0, click: () => send('file:clear-recent') }];
}
