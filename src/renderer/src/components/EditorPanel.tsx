import { useId, type FormEvent, type ReactNode } from 'react';

export interface EditorPanelProps {
  title: string;
  subtitle?: string | undefined;
  formError: string | null;
  /** Why saving is impossible right now; shown while the form has changes. */
  blockedReason: string | null;
  dirty: boolean;
  saving: boolean;
  isNew: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  onDelete?: (() => void) | undefined;
  children?: ReactNode;
}

/** The frame every record form shares: title, fields, the reason a save is refused, actions. */
export function EditorPanel(props: EditorPanelProps) {
  const { title, subtitle, formError, blockedReason, dirty, saving, isNew, onSubmit, onCancel, onDelete, children } = props;
  const reasonId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) onSubmit();
  };
  const reason = formError ?? (dirty ? blockedReason : null);
  return (
    <form className="editor" aria-label={title} onSubmit={submit} noValidate>
      <header className="editor__header">
        <h2>{title}</h2>
        {subtitle ? <p className="editor__subtitle">{subtitle}</p> : null}
      </header>
      <div className="editor__body">{children}</div>
      <footer className="editor__footer">
        {reason ? (
          <p id={reasonId} className="editor__error" role="alert">
            {reason}
          </p>
        ) : dirty ? (
          <p className="editor__hint">Unsaved changes</p>
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
          <button
            type="submit"
            className="button button--primary"
            aria-describedby={reason ? reasonId : undefined}
            // Not `disabled`: a disabled button drops the keyboard focus to the page while it saves.
            aria-disabled={saving || undefined}
          >
            {saving ? 'Saving…' : isNew ? 'Create' : 'Save'}
          </button>
        </div>
      </footer>
    </form>
  );
}
