import { useEffect } from 'react';
import { runAppAction } from './appActions';
import { actionForKey, isTextTarget } from './shortcuts';

/**
 * Turns shortcut keys and native menu items into app actions. A text box keeps its own undo:
 * Edit › Undo from the menu while typing undoes the typing, as in any editor.
 */
export function useAppKeyboard(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A modal dialog owns its keys (Escape closes it, not the record behind it).
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const action = actionForKey(event);
      if (!action) return;
      event.preventDefault();
      runAppAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = window.appMenu?.onAction((action) => {
      if ((action === 'undo' || action === 'redo') && isTextTarget(document.activeElement)) {
        document.execCommand(action);
        return;
      }
      runAppAction(action);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu?.();
    };
  }, []);
}
