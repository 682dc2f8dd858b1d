import { z } from 'zod';

/** The share of a record page's width given to the open record, beside the list. */
export const PANEL_SHARE = { min: 0.25, max: 0.75, initial: 0.42 } as const;

// Kept in the page's own storage until preferences (issue 15) have a place for it.
const STORAGE_KEY = 'klopp-archive.record-panel-share';
const StoredShare = z.coerce.number().min(PANEL_SHARE.min).max(PANEL_SHARE.max);

export function clampShare(share: number): number {
  return Math.min(PANEL_SHARE.max, Math.max(PANEL_SHARE.min, share));
}

export function loadPanelShare(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): number {
  const stored = StoredShare.safeParse(storage?.getItem(STORAGE_KEY) ?? undefined);
  return stored.success ? stored.data : PANEL_SHARE.initial;
}

export function savePanelShare(share: number, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, String(clampShare(share)));
  } catch {
    // A full or disabled storage only loses the remembered width, never the edit.
  }
}
