/** The part of Electron's dialog module the guard needs. */
export interface QuestionDialog {
  showMessageBoxSync(options: { type: 'question'; buttons: string[]; defaultId: number; cancelId: number; message: string; detail: string }): number;
}

/** The part of a window's webContents the guard listens on. */
export interface UnloadEvents {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown;
}

const LEAVE = 0;

/**
 * The page refuses to unload (window.onbeforeunload) while a form holds unsaved changes;
 * Electron then asks main, and main asks the editor. Preventing the event lets the window close.
 */
export function guardUnsavedChanges(contents: UnloadEvents, dialog: QuestionDialog): void {
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync({
      type: 'question',
      buttons: ['Discard changes and close', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'This record has unsaved changes.',
      detail: 'Closing now loses them. Keep editing to save them first.',
    });
    if (choice === LEAVE) event.preventDefault();
  });
}
