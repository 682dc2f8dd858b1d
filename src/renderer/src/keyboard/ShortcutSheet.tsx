import { useEffect, useRef } from 'react';
import { keyLabel, SHORTCUTS } from './shortcuts';

/** The `?` sheet: every shortcut, from the same table the key handler reads. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // showModal traps focus inside and gives it back to where it was when the sheet closes.
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose}>
      <header className="shortcut-sheet__header">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <button type="button" className="button button--small" onClick={onClose} autoFocus>
          Close
        </button>
      </header>
      <table className="shortcut-sheet__table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.description}>
              <th scope="row">
                {shortcut.keys.map((keys, index) => (
                  <span key={keys}>
                    {index > 0 ? <span className="muted"> or </span> : null}
                    <kbd>{keyLabel(keys)}</kbd>
                  </span>
                ))}
              </th>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted shortcut-sheet__foot">The same actions are in the File, Edit and View menus. In a text box, Ctrl+Z undoes typing; elsewhere it undoes the last saved change.</p>
    </dialog>
  );
}
