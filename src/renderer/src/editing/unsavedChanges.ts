/**
 * Which open forms hold changes not yet saved. Leaving one (another record, another view) asks
 * first, and while any is dirty the page refuses to unload: Electron then asks main, which
 * shows the native "discard changes?" dialog (src/main/unloadGuard.ts).
 */
const dirtyForms = new Map<symbol, string>();

function refuseUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

export function markDirty(form: symbol, what: string): void {
  dirtyForms.set(form, what);
  window.onbeforeunload = refuseUnload;
}

export function markClean(form: symbol): void {
  dirtyForms.delete(form);
  if (dirtyForms.size === 0) window.onbeforeunload = null;
}

/** True when nothing is unsaved or the editor agrees to lose it. */
export function confirmDiscard(): boolean {
  if (dirtyForms.size === 0) return true;
  const what = [...dirtyForms.values()].join(', ');
  if (!window.confirm(`Discard unsaved changes to ${what}?`)) return false;
  for (const form of [...dirtyForms.keys()]) markClean(form);
  return true;
}
