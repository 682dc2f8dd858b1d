import type { AppAction } from './appActions';

export interface Shortcut {
  /** As the sheet shows it, with "Mod" for Ctrl (Cmd on a Mac). */
  keys: string[];
  description: string;
  action?: AppAction;
  /**
   * Only away from text boxes, where the key means something else: 'text' for keys a text box
   * uses (its own undo, word delete), 'typing' also for a select's type-to-choose.
   */
  outside?: 'text' | 'typing';
  matches?: (event: KeyboardEvent, mod: boolean) => boolean;
}

const key = (event: KeyboardEvent) => event.key.toLowerCase();

/** Every shortcut: the key handler and the `?` sheet both read this one table. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Mod+N'], description: 'New record', action: 'new', matches: (e, mod) => mod && !e.shiftKey && key(e) === 'n' },
  { keys: ['Enter'], description: 'Open the focused row to edit' },
  { keys: ['E', 'F2'], description: 'Edit: move into the open record’s form', action: 'edit', outside: 'typing', matches: (e, mod) => !mod && !e.altKey && (key(e) === 'e' || e.key === 'F2') },
  { keys: ['Mod+S'], description: 'Save', action: 'save', matches: (e, mod) => mod && key(e) === 's' },
  { keys: ['Escape'], description: 'Cancel: close the record (asks first if it has unsaved changes)', action: 'cancel', matches: (e) => e.key === 'Escape' },
  { keys: ['Mod+Backspace', 'Delete'], description: 'Delete the open record (to the trash)', action: 'delete', outside: 'typing', matches: (e, mod) => (mod && e.key === 'Backspace') || (!mod && e.key === 'Delete') },
  { keys: ['Alt+↓'], description: 'Next record', action: 'next', matches: (e) => e.altKey && e.key === 'ArrowDown' },
  { keys: ['Alt+↑'], description: 'Previous record', action: 'previous', matches: (e) => e.altKey && e.key === 'ArrowUp' },
  { keys: ['Mod+F', '/'], description: 'Search the list', action: 'find', matches: (e, mod) => (mod && key(e) === 'f') || (!mod && e.key === '/' && !isTextTarget(e.target) && !(e.target instanceof HTMLSelectElement)) },
  { keys: ['Mod+K'], description: 'Go to any quote, match, person or trophy', action: 'palette', matches: (e, mod) => mod && !e.shiftKey && key(e) === 'k' },
  { keys: ['Mod+Z'], description: 'Undo the last change', action: 'undo', outside: 'text', matches: (e, mod) => mod && !e.shiftKey && key(e) === 'z' },
  { keys: ['Mod+Shift+Z', 'Mod+Y'], description: 'Redo', action: 'redo', outside: 'text', matches: (e, mod) => mod && ((e.shiftKey && key(e) === 'z') || key(e) === 'y') },
  { keys: ['↑', '↓', 'Home', 'End'], description: 'Move between rows of the list' },
  { keys: ['Space'], description: 'Select or unselect the focused row' },
  { keys: ['Shift+↑', 'Shift+↓', 'Shift+click'], description: 'Extend the selection' },
  { keys: ['Mod+click'], description: 'Add a row to the selection, or take it out' },
  { keys: ['Mod+A'], description: 'Select every row the list shows' },
  { keys: ['?'], description: 'Show these shortcuts', action: 'shortcuts', outside: 'typing', matches: (e) => e.key === '?' },
];

/** Where typing happens: keys there belong to the text, not to the app. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type);
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The action a key press asks for, if any. */
export function actionForKey(event: KeyboardEvent): AppAction | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const inText = isTextTarget(event.target);
  const typing = inText || event.target instanceof HTMLSelectElement;
  for (const shortcut of SHORTCUTS) {
    if (!shortcut.action || !shortcut.matches) continue;
    if ((shortcut.outside === 'text' && inText) || (shortcut.outside === 'typing' && typing)) continue;
    if (shortcut.matches(event, mod)) return shortcut.action;
  }
  return null;
}

export function keyLabel(keys: string): string {
  return keys.replace('Mod', isMac ? '⌘' : 'Ctrl');
}
