import type { MenuAction } from '../../../shared/menuActions';

/** Everything the menu or a shortcut can ask for; cancel and edit are keyboard-only. */
export type AppAction = MenuAction | 'cancel' | 'edit';

type Listener = (action: AppAction) => void;
const listeners = new Set<Listener>();

/**
 * One path for every action, whether it came from the native menu, a shortcut or a button:
 * the shell handles views, undo and the shortcut sheet; the open page handles the rest.
 */
export function onAppAction(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function runAppAction(action: AppAction): void {
  for (const listener of [...listeners]) listener(action);
}
