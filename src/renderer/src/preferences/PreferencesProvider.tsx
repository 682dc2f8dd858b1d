import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PreferencesChange, PreferencesState } from '../../../shared/contract/preferences';
import { datePatternOfLocale, type DatePattern } from '../../../shared/dates/datePattern';

interface PreferencesValue {
  /** Null until main has answered. */
  state: PreferencesState | null;
  /** How dates are written: the preference, or the system locale's own pattern. */
  datePattern: DatePattern;
  update(change: PreferencesChange): Promise<void>;
  chooseBackupFolder(): Promise<void>;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

/** The editor's preferences, read from main once; the theme is applied to the whole page. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<PreferencesState | null>(null);
  useEffect(() => {
    // A tool without preferences still shows the archive, in the system's theme and ISO dates.
    window.archive.preferences.get().then(setState, () => undefined);
  }, []);

  const theme = state?.preferences.theme ?? 'system';
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = theme;
  }, [theme]);

  const update = useCallback(async (change: PreferencesChange) => setState(await window.archive.preferences.update(change)), []);
  const chooseBackupFolder = useCallback(async () => setState(await window.archive.preferences.chooseBackupFolder()), []);
  const datePattern = !state ? 'YYYY-MM-DD' : state.preferences.dateFormat === 'system' ? datePatternOfLocale(state.systemLocale) : state.preferences.dateFormat;
  const value = useMemo(() => ({ state, datePattern, update, chooseBackupFolder }), [state, datePattern, update, chooseBackupFolder]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences must be used inside PreferencesProvider');
  return value;
}
