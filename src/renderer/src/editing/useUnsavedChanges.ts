import { useEffect, useRef } from 'react';
import { markClean, markDirty } from './unsavedChanges';

/** Registers a form's unsaved changes while it has them and while it is on screen. */
export function useUnsavedChanges(dirty: boolean, what: string): void {
  const token = useRef(Symbol(what)).current;
  useEffect(() => {
    if (dirty) markDirty(token, what);
    else markClean(token);
  }, [dirty, what, token]);
  useEffect(() => () => markClean(token), [token]);
}
