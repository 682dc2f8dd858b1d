import { z } from 'zod';

/** How many recent archives File › Open Recent lists. */
export const RECENT_MENU_SIZE = 10;

/** What the native menu can ask the page to do; the page owns the actions themselves. */
export const MenuAction = z.enum([
  'new',
  'save',
  'delete',
  'undo',
  'redo',
  'find',
  'next',
  'previous',
  'shortcuts',
  'palette',
  'view:matches',
  'view:quotes',
  'view:trophies',
  'view:people',
  'view:sources',
  'view:milestones',
  'view:trash',
  'view:timeline',
  'view:seasons',
  'view:search',
  'view:transfer',
  'view:safety',
  'view:sharing',
  'sync',
  'view:preferences',
  'file:new-archive',
  'file:open-archive',
  'file:save-copy',
  'file:clear-recent',
  // A second launch named an archive: the page opens it (archiveFiles.openRequested).
  'file:open-requested',
  // Open Recent's entries, by their place in the list main keeps.
  ...Array.from({ length: RECENT_MENU_SIZE }, (_, index) => `file:open-recent-${index}` as const),
]);
export type MenuAction = z.infer<typeof MenuAction>;

export const MENU_ACTION_CHANNEL = 'menu.action';
