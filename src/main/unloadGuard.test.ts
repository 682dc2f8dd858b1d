import { describe, expect, it } from 'vitest';
import { guardUnsavedChanges, type QuestionDialog, type UnloadEvents } from './unloadGuard';

function windowWith(answer: number) {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const contents: UnloadEvents = { on: (_event, added) => (listener = added) };
  const asked: string[] = [];
  const dialog: QuestionDialog = {
    showMessageBoxSync: (options) => {
      asked.push(options.message);
      return answer;
    },
  };
  guardUnsavedChanges(contents, dialog);
  return {
    asked,
    /** Electron's event: true when the window may close. */
    tryToClose() {
      let closes = false;
      listener?.({ preventDefault: () => (closes = true) });
      return closes;
    },
  };
}

describe('closing the window with unsaved changes', () => {
  it('closes when the editor chooses to discard them', () => {
    const window = windowWith(0);
    expect(window.tryToClose()).toBe(true);
    expect(window.asked).toEqual(['This record has unsaved changes.']);
  });

  it('stays open when the editor keeps editing or dismisses the dialog', () => {
    expect(windowWith(1).tryToClose()).toBe(false);
  });
});
