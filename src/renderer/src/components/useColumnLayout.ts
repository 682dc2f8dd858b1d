import { useEffect, useState } from 'react';
import type { ColumnLayout } from '../../../shared/contract/preferences';
import { usePreferences } from '../preferences/PreferencesProvider';
import { NO_LAYOUT } from './columnLayout';

/**
 * A list's columns as the editor arranged them, kept in the preferences between launches.
 * `preview` shows a layout at once (while a column is dragged); `keep` also stores it.
 */
export function useColumnLayout(list: string | undefined): { layout: ColumnLayout; preview(layout: ColumnLayout): void; keep(layout: ColumnLayout): void } {
  const { state, update } = usePreferences();
  const kept = (list ? state?.preferences.lists[list] : undefined) ?? NO_LAYOUT;
  const [draft, setDraft] = useState<ColumnLayout | null>(null);
  // Once the preferences hold what was kept, they are the truth again.
  useEffect(() => setDraft(null), [kept]);
  const keep = (layout: ColumnLayout) => {
    setDraft(layout);
    // Without preferences (a tool), the layout lasts as long as the list.
    if (list && state) void update({ list: { name: list, layout } }).catch(() => undefined);
  };
  return { layout: draft ?? kept, preview: setDraft, keep };
}
