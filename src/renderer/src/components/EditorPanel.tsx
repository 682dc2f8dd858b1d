import type { FormEvent, ReactNode } from 'react';

interface EditorPanelProps {
  title: string;
  subtitle?: string;
  formError: string | null;
  saving: boolean;
  canSave: boolean;
  isNew: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  onDelete?: () => void;
  children: ReactNode;
}

/** The frame every record form shares: title, fields, the reason a save failed, actions. */
export function EditorPanel(props: EditorPanelProps) {
  const { title, subtitle, formError, saving, canSave, isNew, onSubmit, onCancel, onDelete, children } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="editor" aria-label={title} onSubmit={submit} noValidate>
      <header className="editor__header">
        <h2>{title}</h2>
        {subtitle ? <p className="editor__subtitle">{subtitle}</p> : null}
      </header>
      <div className="editor__body">{children}</div>
      <footer className="editor__footer">
        {formError ? (
          <p className="editor__error" role="alert">
            {formError}
          </p>
        ) : !canSave ? (
          <p className="editor__hint">Some fields break a rule; saving shows where.</p>
        ) : null}
        <div className="editor__actions">
          {onDelete && !isNew ? (
            <button type="button" className="button button--danger" onClick={onDelete}>
              Delete
            </button>
          ) : null}
          <span className="editor__spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : isNew ? 'Create' : 'Save'}
          </button>
        </div>
      </footer>
    </form>
  );
}
