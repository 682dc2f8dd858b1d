import { useEffect, useState, type FormEvent } from 'react';
import { pathToString } from '../../../../shared/contract/errors';
import { Editor, type DateFormat, type Theme } from '../../../../shared/contract/preferences';
import { datePatternOfLocale, formatDate } from '../../../../shared/dates/datePattern';
import { Field, FormSection } from '../../components/Field';
import { usePreferences } from '../../preferences/PreferencesProvider';
import './preferences.css';
import { PageNotice, type PageNoticeValue } from '../../components/PageNotice';

const EXAMPLE_DATE = '2024-02-25';
const PATTERNS = ['DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD'] as const;
const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'As the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];


/** The editor's own settings, kept by the app outside the archive. */
export function PreferencesPage() {
  const { state, update, chooseBackupFolder } = usePreferences();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<PageNoticeValue | null>(null);
  const saved = state?.preferences.editor;
  useEffect(() => {
    setName(saved?.name ?? '');
    setEmail(saved?.email ?? '');
  }, [saved]);

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setNotice({ tone: 'info', text: done });
    } catch (error) {
      setNotice({ tone: 'error', text: (error as Error).message });
    }
  };
  const saveEditor = (event: FormEvent) => {
    event.preventDefault();
    // The same rule main applies, checked here so the message sits on its field.
    const checked = Editor.safeParse({ name, email });
    setErrors(checked.success ? {} : Object.fromEntries(checked.error.issues.map((issue) => [pathToString(issue.path), issue.message])));
    if (checked.success) void run(() => update({ editor: checked.data }), 'Saved: your changes will be signed with this name and email.');
  };

  if (!state) return <p className="muted">Reading the preferences…</p>;
  const { preferences, systemEditor, systemLocale } = state;
  const systemPattern = datePatternOfLocale(systemLocale);
  return (
    <section className="preferences-page" aria-labelledby="preferences-title">
      <header className="page-header">
        <h1 id="preferences-title">Preferences</h1>
      </header>
      {state.problem ? (
        <p className="notice notice--error" role="alert">
          {state.problem}
        </p>
      ) : null}
      <PageNotice notice={notice} onDismiss={() => setNotice(null)} />

      <form onSubmit={saveEditor} aria-label="Editor">
        <FormSection title="Editor">
          <p className="field__hint">Every change you make is signed with this name and email in the archive’s history. Left empty, the system’s are used.</p>
          <div className="field-row">
            <Field label="Name" error={errors['name']} hint={`Empty: ${systemEditor.name}`}>
              <input type="text" autoComplete="name" value={name} placeholder={systemEditor.name} onChange={(event) => setName(event.target.value)} />
            </Field>
            <Field label="Email" error={errors['email']} hint={`Empty: ${systemEditor.email}`}>
              <input type="text" inputMode="email" autoComplete="email" value={email} placeholder={systemEditor.email} onChange={(event) => setEmail(event.target.value)} />
            </Field>
          </div>
          <div>
            <button type="submit" className="button button--primary">
              Save name and email
            </button>
          </div>
        </FormSection>
      </form>

      <FormSection title="Theme">
        <div className="preferences-page__choices" role="radiogroup" aria-label="Theme">
          {THEMES.map((theme) => (
            <label key={theme.value} className="preferences-page__choice">
              <input
                type="radio"
                name="theme"
                value={theme.value}
                checked={preferences.theme === theme.value}
                onChange={() => void run(() => update({ theme: theme.value }), `Theme: ${theme.label.toLowerCase()}.`)}
              />
              {theme.label}
            </label>
          ))}
        </div>
      </FormSection>

      <FormSection title="Dates">
        <Field label="Date format" hint="Dates are shown this way and can be typed this way or as YYYY-MM-DD; the archive always stores YYYY-MM-DD.">
          <select
            value={preferences.dateFormat}
            onChange={(event) => void run(() => update({ dateFormat: event.target.value as DateFormat }), `Dates are now written ${formatDate(EXAMPLE_DATE, event.target.value === 'system' ? systemPattern : event.target.value)}.`)}
          >
            <option value="system">
              As the system ({systemLocale}): {formatDate(EXAMPLE_DATE, systemPattern)}
            </option>
            {PATTERNS.map((pattern) => (
              <option key={pattern} value={pattern}>
                {formatDate(EXAMPLE_DATE, pattern)} ({pattern})
              </option>
            ))}
          </select>
        </Field>
      </FormSection>

      <FormSection title="Backups">
        <p className="preferences-page__folder">
          Backups are kept{' '}
          {preferences.backupFolder ? <code>{preferences.backupFolder}</code> : <span>beside each archive, in its backups folder</span>}
        </p>
        <div className="preferences-page__actions">
          <button type="button" className="button" onClick={() => void run(chooseBackupFolder, 'Backups now go to the folder chosen.')}>
            Choose a backup folder…
          </button>
          {preferences.backupFolder ? (
            <button type="button" className="button" onClick={() => void run(() => update({ backupFolder: null }), 'Backups are kept beside each archive again.')}>
              Keep backups beside the archive
            </button>
          ) : null}
        </div>
      </FormSection>

      <p className="muted preferences-page__file">
        Kept in <code>{state.file}</code>, outside any archive.
      </p>
    </section>
  );
}
