import { z } from 'zod';

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
  'view:preferences',
]);
export type MenuAction = z.infer<typeof MenuAction>;

export const MENU_ACTION_CHANNEL = 'menu.action';
